package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportInput;

/**
 * A report typed decomposed and with a right-to-left override prints its signer's name composed,
 * as one letter per glyph, and its texts in the order they were typed (decision 0016).
 */
@PortalSpringTest
class CommuneReportTextTest {

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSignerNameIsPrintedComposedAndTheTextInItsTypedOrder() throws IOException {
        clock.set(LocalDateTime.parse("2026-04-07T10:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        CampaignDetails campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
        ReportInput input = new ReportInput(null, 0, campaign.id(), DAY, 1100L, Map.of("HOUSEHOLDS", 40L), null,
                nfd("Đã gửi biên bản") + " bien-ban-\u202Egnp.exe\u202C kèm theo.", null, null,
                "\u200B" + nfd("Phạm Thị Lập") + "\u0000", nfd("Phó Chủ tịch UBND xã"), false, false);
        ReportDetails report = as.call(ReportFixtures.COMMUNE, () -> reports.submit(input));
        assertThat(report.signerName()).isEqualTo("Phạm Thị Lập");

        byte[] pdf = as.call("huyen.duchoa", () -> documents.communeReportPdf(report.id()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertThat(text).contains("Phạm Thị Lập", "PHÓ CHỦ TỊCH", "Đã gửi biên bản bien-ban-gnp.exe kèm theo.")
                    .doesNotContain("exe.png", "\u202E", "\u200B");
            // no combining mark of its own anywhere: every accented letter is one glyph
            assertThat(Normalizer.normalize(text, Normalizer.Form.NFD).length()).isGreaterThan(text.length());
            assertThat(text.codePoints().filter(c -> Character.getType(c) == Character.NON_SPACING_MARK).count())
                    .isZero();
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
