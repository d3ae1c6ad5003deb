package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignService;

/**
 * The map in the provincial summary of campaign 4937 on 20/08/2020, supplied by the test source:
 * the picture is in the PDF at print resolution with its caption after the ranking, the document
 * keeps the Decree 30 layout; without a map (no source answering, or a map without areas) the
 * summary has no picture at all.
 */
@PortalSpringTest
class ProvincialSummaryMapTest {

    static final String CAPTION = "Hình 1. Bản đồ mức độ bao phủ theo xã, ngày 20/08/2020";

    @Autowired
    DocumentService documents;
    @Autowired
    SummaryDocuments summaries;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AsUser as;

    long historic() {
        return HistoricCampaign.idOf(campaigns);
    }

    byte[] summary(SummaryMap map, DocumentFormat format) {
        long campaign = historic();
        return TestMapSource.showing(map, () -> as.call("tinh.sotttt",
                () -> documents.provincialSummary(campaign, SummaryDocumentsTest.DAY, format)));
    }

    /** The widths of the images drawn on the document's pages. */
    static List<Integer> imageWidths(PDDocument document) throws IOException {
        List<Integer> widths = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    widths.add(image.getWidth());
                }
            }
        }
        return widths;
    }

    @Test
    void theSummaryShowsTheMapWithItsCaptionAfterTheRankingInTheDecree30Layout() throws IOException {
        byte[] pdf = summary(MapImageTest.SQUARES, DocumentFormat.PDF);
        Path out = Path.of("target", "documents", "provincial-summary-map.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(imageWidths(document)).singleElement().satisfies(width -> assertThat(width).isGreaterThanOrEqualTo(800));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(CAPTION);
            // after the districts' ranking and its total, before the communes by district
            assertThat(text.indexOf(CAPTION)).isGreaterThan(text.indexOf("Tổng cộng"))
                    .isLessThan(text.indexOf("II. KẾT QUẢ CỦA CÁC XÃ"));
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertPageNumbers(document);
            PdfChecks.assertClosingFollowsTheBody(document);
            // the picture and its caption on one page, the caption under the picture
            PdfChecks.Line caption = PdfChecks.find(PdfChecks.lines(document), "Hình 1.");
            PDPage page = document.getPage(caption.page() - 1);
            assertThat(page.getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void withoutAMapTheSummaryHasNoPicture() throws IOException {
        byte[] pdf = as.call("tinh.sotttt", () -> documents.provincialSummaryPdf(historic(), SummaryDocumentsTest.DAY));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(imageWidths(document)).isEmpty();
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Hình 1.");
        }
        // a source with no boundaries for the province answers with a map without areas: no figure either
        SummaryMap empty = new SummaryMap(null, List.of(), MapImageTest.LEGEND, null);
        try (PDDocument document = Loader.loadPDF(summary(empty, DocumentFormat.PDF))) {
            assertThat(imageWidths(document)).isEmpty();
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Hình 1.");
        }
    }

    @Test
    void theDocxForEditingCarriesTheMapToo() throws IOException {
        byte[] docx = summary(MapImageTest.SQUARES, DocumentFormat.DOCX);
        List<String> media = new ArrayList<>();
        String body = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("word/media/")) {
                    media.add(entry.getName());
                }
                if (entry.getName().equals("word/document.xml")) {
                    body = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(media).isNotEmpty();
        assertThat(body).contains("Hình 1. Bản đồ mức độ bao phủ theo xã, ngày 20/08/2020");
    }

    /**
     * The fingerprint that tells whether an issued summary is still current is the same for the same
     * map (its arrays compared by value), and changes with the map; a line without a map reads as
     * before lines could carry one, so documents issued earlier keep their fingerprints.
     */
    @Test
    void theFingerprintFollowsWhatTheMapSaysAndLinesWithoutAMapReadAsBefore() {
        long campaign = historic();
        String without = as.call("tinh.sotttt", () -> summaries.province(campaign, SummaryDocumentsTest.DAY)).fingerprint();
        String with = TestMapSource.showing(MapImageTest.SQUARES, () -> as.call("tinh.sotttt",
                () -> summaries.province(campaign, SummaryDocumentsTest.DAY))).fingerprint();
        SummaryMap copy = new SummaryMap(MapImageTest.SQUARES.title(), MapImageTest.SQUARES.areas().stream()
                .map(a -> new SummaryMap.Area(a.code(), a.name(), a.polygons(), a.fill())).toList(),
                MapImageTest.SQUARES.legend(), MapImageTest.SQUARES.note());
        String again = TestMapSource.showing(copy, () -> as.call("tinh.sotttt",
                () -> summaries.province(campaign, SummaryDocumentsTest.DAY))).fingerprint();
        assertThat(with).isNotEqualTo(without).isEqualTo(again);
        assertThat(copy).isEqualTo(MapImageTest.SQUARES);
        assertThat(DocumentLine.heading("I. KẾT QUẢ").toString())
                .isEqualTo("DocumentLine[kind=heading, text=I. KẾT QUẢ, value=null, cells=[]]");
        assertThat(DocumentLine.cells("cells", "1", "Xã A").toString())
                .isEqualTo("DocumentLine[kind=cells, text=null, value=null, cells=[1, Xã A]]");
    }
}
