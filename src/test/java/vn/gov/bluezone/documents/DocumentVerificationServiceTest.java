package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.access.AccessDeniedException;

import db.migration.V18_1__Fill_issued_document_hashes;
import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.documents.DocumentVerification.Verdict;
import vn.gov.bluezone.documents.signing.PadesSigner;
import vn.gov.bluezone.documents.signing.SignatureBox;
import vn.gov.bluezone.documents.signing.SigningKeys;
import vn.gov.bluezone.documents.signing.VerifiedSignature;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.PortalException;

/**
 * The verification page's service on the real database (issue 18, decision 0038): an issued
 * document is found in the register by its bytes, a dispatch signed with the demo PKI validates,
 * one changed byte is ALTERED, bad files are refused with a message, and nobody signed in is refused.
 */
@PortalSpringTest
class DocumentVerificationServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 7);
    static final String AGENCY = "Ủy ban nhân dân tỉnh Long An";

    @Autowired
    DocumentVerificationService verification;
    @Autowired
    DocumentService documents;
    @Autowired
    DailyReportService reports;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PadesSigner signer;
    @Autowired
    DocumentRegister register;
    @Autowired
    SigningKeys keys;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anIssuedReportIsSignedAtIssueByItsSignerAndCommuneAndFoundByItsBytes() throws Exception {
        clock.set(LocalDateTime.parse("2026-04-07T10:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        CampaignDetails campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
        ReportDetails report = as.call(ReportFixtures.COMMUNE, () -> reports.submit(new ReportInput(null, 0,
                campaign.id(), DAY, 1100L, Map.of("HOUSEHOLDS", 40L), null, "Tổ công tác đã đến 40 hộ gia đình.",
                "Không có.", null, "Phạm Thị Lập", "Phó Chủ tịch UBND xã", false, false)));
        IssuedDocument issued = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id())).document();
        byte[] pdf = as.call(ReportFixtures.COMMUNE, () -> documents.issuedPdf(issued.id()));

        assertThat(jdbc.queryForObject("select content_sha256 from issued_document where id = ?", String.class,
                issued.id())).isEqualTo(DocumentRegister.sha256(pdf)).hasSize(64);

        // a province officer and the commune itself both find it, signed by the deputy chair and the commune
        for (String user : new String[] {"tinh.sotttt", ReportFixtures.COMMUNE}) {
            DocumentVerification result = as.call(user, () -> verification.verify("bao-cao.pdf", pdf));
            assertThat(result.verdict()).isEqualTo(Verdict.ISSUED_AND_VALID);
            assertThat(result.entry().reference()).isEqualTo(issued.reference());
            assertThat(result.entry().number()).isEqualTo(issued.number());
            assertThat(result.entry().issuedOn()).isEqualTo(DAY);
            assertThat(result.entry().documentType()).isEqualTo("BC");
            assertThat(result.entry().issuerName()).isEqualTo("Xã Đức Lập Hạ");
            assertThat(result.signatures()).hasSize(2).allMatch(VerifiedSignature::valid);
            assertThat(result.signatures().getFirst().signerName()).isEqualTo("Phạm Thị Lập");
            assertThat(result.signatures().getFirst().title()).isEqualTo("PHÓ CHỦ TỊCH");
            assertThat(result.signatures().getFirst().organisation()).isEqualTo("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ");
            assertThat(result.signatures().get(1).signerName()).isEqualTo("ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ");
            // signed at the moment of issue, in Vietnam's offset, time-stamped then too
            assertThat(result.signatures().getFirst().timeStampTime().toLocalDateTime())
                    .isEqualTo(LocalDateTime.parse("2026-04-07T10:00:00"));
        }
        // audited, without the file
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ? and details like ?",
                Integer.class, AuditAction.DOCUMENT_VERIFIED.name(), "bao-cao.pdf",
                "verdict=ISSUED_AND_VALID%" + issued.reference() + "%")).isEqualTo(2);

        // poppler agrees: both signatures valid, by the signer and the commune
        String pdfsig = SamplePdfs.pdfsig(pdf);
        assertThat(pdfsig.split("Signature is Valid\\.", -1)).hasSize(3);
        assertThat(pdfsig).contains("Signer Certificate Common Name: Phạm Thị Lập",
                "Signer Certificate Common Name: ỦY BAN NHÂN DÂN XÃ ĐỨC LẬP HẠ", "ETSI.CAdES.detached");
        // the document's text and layout are the report's, signatures and all
        SamplePdfs.assertDecree30Layout(pdf);
        assertThat(SamplePdfs.pdftotext(pdf)).contains("Phạm Thị Lập", "Số: " + IssuedDocument.numberText(issued.number(), issued.symbol()));

        // a reprint, by issuing again or by printing the report, is the same bytes, signatures and all
        clock.set(LocalDateTime.parse("2026-04-07T11:30:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        Issuance again = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id()));
        assertThat(again.newlyIssued()).isFalse();
        assertThat(again.document().id()).isEqualTo(issued.id());
        assertThat(as.call(ReportFixtures.COMMUNE, () -> documents.issuedPdf(issued.id()))).isEqualTo(pdf);
        assertThat(as.call(ReportFixtures.COMMUNE, () -> documents.communeReportPdf(report.id()))).isEqualTo(pdf);

        // the same bytes but one are not in the register, and the signatures say the file was altered
        byte[] other = SamplePdfs.alteredInFirstStream(pdf);
        DocumentVerification altered = as.call("tinh.sotttt", () -> verification.verify("bao-cao.pdf", other));
        assertThat(altered.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(altered.entry()).isNull();

        // the migration fills the hash of an entry stored before it
        jdbc.update("update issued_document set content_sha256 = null where id = ?", issued.id());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            new V18_1__Fill_issued_document_hashes().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        assertThat(jdbc.queryForObject("select content_sha256 from issued_document where id = ?", String.class,
                issued.id())).isEqualTo(DocumentRegister.sha256(pdf));
    }

    @Test
    void anEntryIssuedBeforeSigningIsInTheRegisterUnsigned() {
        byte[] unsigned = SamplePdfs.dispatch();
        long issuer = jdbc.queryForObject("select id from administrative_unit where code = '80'", Long.class);
        IssuedDocument entry = as.call("admin", () -> register.issue(issuer, "UBND-VHXH", "CV", "V/v cài đặt Bluezone",
                null, "admin", number -> unsigned));
        DocumentVerification result = as.call(ReportFixtures.COMMUNE, () -> verification.verify("cu.pdf", unsigned));
        assertThat(result.verdict()).isEqualTo(Verdict.IN_REGISTER_UNSIGNED);
        assertThat(result.entry().reference()).isEqualTo(entry.reference());
        assertThat(result.signatures()).isEmpty();
    }

    @Test
    void aDispatchSignedWithTheDemoPkiValidatesAndOneChangedByteIsAltered() {
        byte[] signed = sign(SamplePdfs.dispatch());

        DocumentVerification result = as.call(ReportFixtures.COMMUNE, () -> verification.verify("cong-van.pdf", signed));
        assertThat(result.signatures()).as("the demo PKI's signatures").hasSize(2).allMatch(VerifiedSignature::valid);
        assertThat(result.verdict()).isEqualTo(Verdict.VALID_NOT_IN_REGISTER);
        assertThat(result.entry()).isNull();
        assertThat(result.appended()).isFalse();
        assertThat(result.signatures()).hasSize(2).allMatch(VerifiedSignature::valid);
        VerifiedSignature person = result.signatures().getFirst();
        assertThat(person.signerName()).isNotBlank();
        assertThat(person.timeStamp()).isEqualTo(VerifiedSignature.TimeStamp.VALID);
        assertThat(person.coverage()).isEqualTo(VerifiedSignature.Coverage.EARLIER_REVISION);
        assertThat(result.signatures().get(1).coverage()).isEqualTo(VerifiedSignature.Coverage.WHOLE_FILE);
        assertThat(person.timeStampTime().getOffset()).isEqualTo(ZoneOffset.ofHours(7));

        // one byte of the first page's content changed after signing
        byte[] altered = SamplePdfs.alteredInFirstStream(signed);
        DocumentVerification broken = as.call(ReportFixtures.COMMUNE, () -> verification.verify("cong-van.pdf", altered));
        assertThat(broken.verdict()).isEqualTo(Verdict.ALTERED);
        assertThat(broken.signatures()).extracting(VerifiedSignature::integrity)
                .contains(VerifiedSignature.Integrity.CHANGED);
    }

    @Test
    void aTextFileAnEmptyFileAndAnOversizedOneAreRefusedWithAMessage() {
        byte[] text = "Đây không phải là PDF".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> verification.verify("van-ban.pdf", text)))
                .isInstanceOf(PortalException.class).hasMessage("verify.error.notPdf");
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> verification.verify("van-ban.pdf", new byte[0])))
                .isInstanceOf(PortalException.class).hasMessage("verify.error.empty");
        byte[] large = new byte[DocumentVerificationService.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> verification.verify("van-ban.pdf", large)))
                .isInstanceOf(PortalException.class).hasMessage("verify.error.tooLarge");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?",
                Integer.class, AuditAction.DOCUMENT_VERIFIED.name(), "van-ban.pdf")).isZero();
    }

    @Test
    void nobodySignedInIsRefused() {
        byte[] pdf = SamplePdfs.dispatch();
        assertThatThrownBy(() -> verification.verify("cong-van.pdf", pdf))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private byte[] sign(byte[] pdf) {
        return signer.sign(pdf, new PadesSigner.Signatory(keys.signer(), SamplePdfs.SIGNER, "PHÓ CHỦ TỊCH"),
                new PadesSigner.Agency(keys.agency(), AGENCY), SignatureBox.aboveName(pdf, SamplePdfs.SIGNER));
    }
}
