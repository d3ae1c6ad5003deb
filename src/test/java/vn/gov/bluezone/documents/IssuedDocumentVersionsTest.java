package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.OutOfScopeException;

/**
 * An issued document is a fixed record (decision 0020): an amendment after issue leads to a new
 * number that names the one it replaces, the old file never changes, and every issued version says
 * whether it matches the current figures.
 */
@PortalSpringTest
class IssuedDocumentVersionsTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 7);

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

    CampaignDetails campaign;
    ReportDetails report;

    @BeforeEach
    void submittedReport() {
        clock.set(LocalDateTime.parse("2026-04-07T10:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
        report = as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(null, 0, 1100L)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAmendmentAfterIssueLeadsToAReplacingNumberAndTheOldFileStaysAsIssued() throws IOException {
        Issuance first = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id()));
        assertThat(first.newlyIssued()).isTrue();
        IssuedDocument old = first.document();
        byte[] oldFile = as.call(ReportFixtures.COMMUNE, () -> documents.issuedPdf(old.id()));

        // the district returns the report, the commune amends it to 1.150 installs
        ReportDetails returned = as.call("huyen.duchoa", () -> reports.returnForCorrection(report.id(),
                "Số lũy kế chưa khớp với số liệu của Sở, đề nghị kiểm tra lại.", report.version()));
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(report.id(), returned.version(), 1150L)));

        // the issued file is what was issued: the old figure, byte for byte
        byte[] reprint = as.call("huyen.duchoa", () -> documents.issuedPdf(old.id()));
        assertThat(reprint).isEqualTo(oldFile);
        String oldText = text(reprint);
        assertThat(oldText).contains("Số: " + old.reference(), "1.100").doesNotContain("1.150");
        // it no longer stands for the report: listed as outdated, and the report's PDF is an unnumbered preview
        assertThat(as.call(ReportFixtures.COMMUNE, () -> documents.communeReportVersions(report.id())))
                .extracting(IssuedVersion::standing).containsExactly(IssuedVersion.Standing.OUTDATED);
        String preview = text(as.call("huyen.duchoa", () -> documents.communeReportPdf(report.id())));
        assertThat(preview).contains("Số:      /BC-UBND", "1.150").doesNotContain("Số: " + old.reference());

        // issuing again takes the next number and names the document it replaces
        Issuance second = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id()));
        assertThat(second.newlyIssued()).isTrue();
        assertThat(second.replaced().id()).isEqualTo(old.id());
        IssuedDocument replacing = second.document();
        assertThat(replacing.number()).isEqualTo(old.number() + 1);
        assertThat(replacing.replacesId()).isEqualTo(old.id());
        String newText = text(as.call(ReportFixtures.COMMUNE, () -> documents.issuedPdf(replacing.id())));
        assertThat(newText.replaceAll("\\s+", " ")).contains("Số: " + replacing.reference(), "1.150",
                "Báo cáo này thay thế Báo cáo số " + old.reference() + " ngày 07/04/2026.");
        assertThat(newText).doesNotContain("1.100");
        assertThat(as.call("huyen.duchoa", () -> documents.communeReportPdf(report.id())))
                .isEqualTo(as.call(ReportFixtures.COMMUNE, () -> documents.issuedPdf(replacing.id())));

        // every issued version says how it stands, on the report's page and in the register
        List<IssuedVersion> versions = as.call(ReportFixtures.COMMUNE, () -> documents.communeReportVersions(report.id()));
        assertThat(versions).extracting(IssuedVersion::standing)
                .containsExactly(IssuedVersion.Standing.REPLACED, IssuedVersion.Standing.CURRENT);
        assertThat(versions.getFirst().replacedBy()).isEqualTo(replacing.reference());
        assertThat(as.call(ReportFixtures.COMMUNE, () -> documents.ownRegisterVersions()))
                .filteredOn(v -> v.document().id() == old.id()).singleElement()
                .extracting(IssuedVersion::replacedBy).isEqualTo(replacing.reference());

        // and issuing once more without a change returns the same document and says so
        Issuance third = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id()));
        assertThat(third.newlyIssued()).isFalse();
        assertThat(third.document().id()).isEqualTo(replacing.id());
    }

    @Test
    void aReturnWithoutAChangeKeepsTheIssuedDocument() {
        IssuedDocument issued = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id())).document();
        ReportDetails returned = as.call("huyen.duchoa", () -> reports.returnForCorrection(report.id(),
                "Đề nghị xác nhận lại số liệu.", report.version()));
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(report.id(), returned.version(), 1100L)));
        Issuance again = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id()));
        assertThat(again.newlyIssued()).isFalse();
        assertThat(again.document().id()).isEqualTo(issued.id());
        assertThat(as.call(ReportFixtures.COMMUNE, () -> documents.communeReportVersions(report.id())))
                .extracting(IssuedVersion::standing).containsExactly(IssuedVersion.Standing.CURRENT);
    }

    @Test
    void onlyTheCommuneIssuesItsReport() {
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.issueCommuneReport(report.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call(ReportFixtures.OTHER_COMMUNE, () -> documents.issueCommuneReport(report.id())))
                .isInstanceOf(OutOfScopeException.class);
    }

    private ReportInput input(Long id, long version, long cumulative) {
        return new ReportInput(id, version, campaign.id(), DAY, cumulative, Map.of("HOUSEHOLDS", 40L), null,
                "Tổ công tác đã đến 40 hộ gia đình hướng dẫn cài đặt.", "Nhiều người cao tuổi không có điện thoại thông minh.",
                null, "Phạm Thị Lập", "Phó Chủ tịch UBND xã", false, false);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
