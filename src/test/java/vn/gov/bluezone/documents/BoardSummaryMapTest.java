package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.reporting.DailyReportService;

/**
 * The provincial summary with the map the board gives (the compliance module's source), on the
 * demo of today: Tây Ninh's live campaign on its communes, and campaign 4937 of 2020 on the
 * communes of today; the map after the ranking with its caption and legend note, in the Decree 30
 * layout, read back from the PDF.
 */
@TodaySpringTest
class BoardSummaryMapTest {

    static final String LIVE = TodayUnits.LIVE_CAMPAIGN;

    @Autowired
    DocumentService documents;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DailyReportService reports;
    @Autowired
    TodayUnits today;
    @Autowired
    AsUser as;

    @BeforeEach
    void load() {
        today.load();
    }

    @Test
    void theLiveCampaignsSummaryCarriesTheMapOfItsCommunes() throws IOException {
        CampaignDetails live = as.call("tayninh.canbo", () -> campaigns.visibleCampaigns()).stream()
                .filter(c -> c.name().equals(LIVE)).findFirst().orElseThrow();
        LocalDate day = as.call("tayninh.canbo", () -> reports.today());
        byte[] pdf = as.call("tayninh.canbo", () -> documents.provincialSummaryPdf(live.id(), day));
        Path out = Path.of("target", "documents", "provincial-summary-tay-ninh-map.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ProvincialSummaryMapTest.imageWidths(document)).singleElement()
                    .satisfies(width -> assertThat(width).isGreaterThanOrEqualTo(800));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Hình 1. Bản đồ mức độ bao phủ theo xã");
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertPageNumbers(document);
            PdfChecks.assertClosingFollowsTheBody(document);
        }
    }

    @Test
    void campaign4937IsMappedOnTheCommunesOfToday() throws IOException {
        long id = HistoricCampaign.idOf(campaigns);
        byte[] pdf = as.call("tinh.sotttt", () -> documents.provincialSummaryPdf(id, LocalDate.of(2020, 8, 20)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ProvincialSummaryMapTest.imageWidths(document)).hasSize(1);
            PdfChecks.assertDecree30Pdf(document);
        }
    }
}
