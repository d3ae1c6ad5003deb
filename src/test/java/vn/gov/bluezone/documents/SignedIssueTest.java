package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.signing.SignatureBox;
import vn.gov.bluezone.documents.signing.SignatureReport;
import vn.gov.bluezone.documents.signing.SignatureVerifier;
import vn.gov.bluezone.documents.signing.VerifiedSignature;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.PortalTime;

/**
 * Issuing signs (issue 18, decision 0039): the reprimand dispatch of 2020 is issued signed by the
 * vice-chair it names and by the province's committee, the box above the name as the layout placed
 * it and the seal over its left third, valid then by the portal's verifier and by poppler; without a
 * key for the signer the issue is refused and the register neither numbers nor stores anything.
 */
@PortalSpringTest
class SignedIssueTest {

    static final String SIGNER = "Nguyễn Văn Út";
    static final String COMMITTEE = "ỦY BAN NHÂN DÂN TỈNH LONG AN";

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentRenderer renderer;
    @Autowired
    SignatureVerifier verifier;
    @Autowired
    CampaignService campaigns;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void reset() {
        System.clearProperty("portal.signing.demo-pki");
        System.clearProperty("portal.signing.at-issue");
        clock.reset();
    }

    ReprimandNotice notice() {
        return new ReprimandNotice(HistoricCampaign.idOf(campaigns), "Tỉnh Long An", "4937/UBND-VHXH ngày 17/8/2020",
                LocalDate.of(2020, 8, 21), List.of(new ReprimandNotice.Item("Huyện Mộc Hóa",
                        ReprimandNotice.Level.CRITICISE, "tỷ lệ cài đặt 18,31 %, thấp nhất tỉnh")), SIGNER);
    }

    IssuedDocument issue(String subject) {
        return as.call("tinh.sotttt", () -> new TransactionTemplate(transactions).execute(status -> documents
                .issueReprimandDispatch(notice(), province(), subject)));
    }

    long province() {
        return as.call("tinh.sotttt", () -> hierarchy.getByCode("80").id());
    }

    @Test
    void theDispatchIsSignedByTheViceChairAndTheCommitteeAtTheLayoutsSignaturePlace() throws IOException {
        clock.set(LocalDateTime.parse("2020-08-24T09:15:00").atZone(PortalTime.ZONE).toInstant());
        IssuedDocument entry = issue("signed-issue:dispatch");
        byte[] pdf = as.call("tinh.sotttt", () -> documents.issuedPdf(entry.id()));

        SignatureReport report = verifier.verify(pdf);
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).hasSize(2).allMatch(VerifiedSignature::valid);
        VerifiedSignature person = report.signatures().getFirst();
        assertThat(person.signerName()).isEqualTo(SIGNER);
        assertThat(person.title()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(person.organisation()).isEqualTo(COMMITTEE);
        assertThat(report.signatures().get(1).signerName()).isEqualTo(COMMITTEE);
        // signed when issued, on the day the register records, 2020 included
        assertThat(person.timeStampTime().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2020-08-24T09:15:00"));
        assertThat(entry.issuedOn()).isEqualTo(LocalDate.of(2020, 8, 24));

        // the signer's box is where reading the PDF back would put it, above the name; the seal over its left third
        SignatureBox expected = SignatureBox.aboveName(pdf, SIGNER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDRectangle> widgets = document.getSignatureFields().stream()
                    .map(f -> f.getWidgets().getFirst().getRectangle()).toList();
            assertThat(widgets).hasSize(2);
            PDRectangle box = widgets.get(0);
            PDRectangle seal = widgets.get(1);
            assertThat(box.getLowerLeftX()).isCloseTo(expected.x(), within(2f));
            assertThat(box.getLowerLeftY()).isCloseTo(expected.y(), within(4f));
            assertThat(box.getWidth()).isCloseTo(expected.width(), within(0.5f));
            assertThat(seal.getUpperRightX()).isCloseTo(box.getLowerLeftX() + box.getWidth() / 3, within(0.5f));
        }
        SamplePdfs.assertDecree30Layout(pdf);
        String pdfsig = SamplePdfs.pdfsig(pdf);
        assertThat(pdfsig.split("Signature is Valid\\.", -1)).hasSize(3);
        assertThat(pdfsig).contains("Signer Certificate Common Name: " + SIGNER,
                "Signer Certificate Common Name: " + COMMITTEE).doesNotContain("Digest Mismatch");
    }

    @Test
    void theLayoutGivesTheSameSignaturePlaceAsReadingThePdfBack() {
        OfficialDocument document = as.call("tinh.sotttt", () -> documents.reprimandDispatch(notice(),
                LocalDate.of(2020, 8, 24), documents.dispatchIssuer(notice(), LocalDate.of(2020, 8, 24))));
        DocumentRenderer.Signable rendered = renderer.pdfToSign(DocumentService.DISPATCH_TEMPLATE, document);
        SignatureBox read = SignatureBox.aboveName(rendered.pdf(), SIGNER);
        assertThat(rendered.box().page()).isEqualTo(read.page());
        assertThat(rendered.box().x()).isCloseTo(read.x(), within(2f));
        assertThat(rendered.box().y()).isCloseTo(read.y(), within(4f));
        // nobody named under the signature: nothing to sign
        assertThat(renderer.pdfToSign(DocumentService.DISPATCH_TEMPLATE, document.withSigner(" ")).box()).isNull();
    }

    @Test
    void withoutAKeyForTheSignerTheIssueIsRefusedAndNothingIsNumberedOrStored() {
        long province = province();
        int year = LocalDate.now(clock.withZone(PortalTime.ZONE)).getYear();
        int before = lastNumber(province, year);
        int entries = jdbc.queryForObject("select count(*) from issued_document", Integer.class);

        // signing required at issue, and no key: neither configured nor the demo's
        System.setProperty("portal.signing.at-issue", "true");
        System.setProperty("portal.signing.demo-pki", "false");
        assertThatThrownBy(() -> issue("signed-issue:refused")).isInstanceOf(PortalException.class)
                .hasMessage("document.error.noSignerKey")
                .satisfies(e -> assertThat(((PortalException) e).arguments()).containsExactly(SIGNER));
        assertThat(jdbc.queryForObject("select count(*) from issued_document", Integer.class)).isEqualTo(entries);
        assertThat(lastNumber(province, year)).isEqualTo(before);

        // with the key back, the next issue takes the number the refused one would have had
        System.clearProperty("portal.signing.demo-pki");
        IssuedDocument entry = issue("signed-issue:refused");
        assertThat(entry.number()).isEqualTo(before + 1);
        assertThat(verifier.verify(as.call("tinh.sotttt", () -> documents.issuedPdf(entry.id()))).valid()).isTrue();

        // signing left to auto with no key anywhere (a deployment not configured yet): issued unsigned
        System.clearProperty("portal.signing.at-issue");
        System.setProperty("portal.signing.demo-pki", "false");
        IssuedDocument unsigned = issue("signed-issue:unsigned");
        assertThat(verifier.verify(as.call("tinh.sotttt", () -> documents.issuedPdf(unsigned.id()))).signed()).isFalse();
    }

    /** The counter's last number taken (0 when the year has none yet: the refused issue may have made the row). */
    private int lastNumber(long unit, int year) {
        return jdbc.query("select last_number from document_counter where issuer_unit_id = ? and register_year = ?",
                (rs, n) -> rs.getInt(1), unit, year).stream().findFirst().orElse(0);
    }
}
