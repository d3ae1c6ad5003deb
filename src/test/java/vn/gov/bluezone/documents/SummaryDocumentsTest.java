package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;

/** District and provincial summaries of the historical campaign of dispatch 4937, read back with PDFBox. */
@PortalSpringTest
class SummaryDocumentsTest {

    static final LocalDate DAY = LocalDate.of(2020, 8, 20);

    @Autowired
    DocumentService documents;
    @Autowired
    CampaignService campaigns;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;

    long historic() {
        return HistoricCampaign.idOf(campaigns);
    }

    @Test
    void theProvincialSummaryRanksTheDistrictsAndListsEveryCommuneOverSeveralPages() throws IOException {
        byte[] pdf = as.call("tinh.sotttt", () -> documents.provincialSummaryPdf(historic(), DAY));
        save("provincial-summary.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            // lines wrap inside table cells and headings: compare with whitespace collapsed
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "/BC-STTTT",
                    "Long An, ngày 20 tháng 8 năm 2020", "Kính gửi: Chủ tịch UBND tỉnh Long An.",
                    "Tổng hợp kết quả cài đặt ứng dụng Bluezone trên địa bàn tỉnh ngày 20/08/2020",
                    "XẾP HẠNG", "Huyện Đức Hòa", "Thành phố Tân An", "Tổng cộng", "Xã Đức Lập Hạ", "Xã Hựu Thạnh",
                    "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
            assertThat(text).containsAnyOf("Đạt", "Chưa đạt");
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            assertThat(secondPage.getText(document).strip()).startsWith("2");
            PdfChecks.assertDecree30Pdf(document);
            // Decree 30: no number on page 1, from page 2 the number alone, centred in the top margin
            PdfChecks.assertPageNumbers(document);
            PdfChecks.assertClosingFollowsTheBody(document);
            PdfChecks.savePage1(document, "provincial-summary");
        }
    }

    @Test
    void aDistrictSummaryShowsItsCommunesAndNoneOfAnotherDistrict() throws IOException {
        byte[] pdf = as.call("huyen.duchoa", () -> documents.districtSummaryPdf(historic(), DAY, "802"));
        save("district-summary.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("UBND TỈNH LONG AN", "HUYỆN ĐỨC HÒA", "Đức Hòa, ngày 20 tháng 8 năm 2020",
                    "Xã Đức Lập Hạ", "Thị trấn Hậu Nghĩa", "Tổng cộng");
            assertThat(text).doesNotContain("Thị trấn Bến Lức");
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertClosingFollowsTheBody(document);
        }
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.districtSummaryPdf(historic(), DAY, "803")))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.provincialSummaryPdf(historic(), DAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDistrictSummaryIsAlsoADocxForEditing() throws IOException {
        byte[] docx = as.call("huyen.duchoa", () -> documents.districtSummary(historic(), DAY, "802", DocumentFormat.DOCX));
        assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            String body = null;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    body = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertThat(body).contains("HUYỆN ĐỨC HÒA", "Xã Đức Lập Hạ", "Liberation Serif");
        }
    }

    @Test
    void twentyDocumentsRenderedInParallelEachHoldOnlyTheirOwnData() throws Exception {
        long campaign = historic();
        List<UnitSummary> districts = SystemAccess.runAsSystem(() -> hierarchy.browse(
                new UnitFilter(null, UnitLevel.DISTRICT), PageRequest.of(0, 50)).getContent()).stream()
                .filter(d -> d.path().startsWith("/80/")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> texts = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UnitSummary district = districts.get(i % districts.size());
            LocalDate day = DAY.minusDays(i / districts.size());
            expected.add(district.name().toUpperCase(Locale.forLanguageTag("vi-VN")) + "|" + day.getDayOfMonth());
            Callable<String> render = () -> as.call("tinh.sotttt", () -> {
                try (PDDocument document = Loader.loadPDF(documents.districtSummaryPdf(campaign, day, district.code()))) {
                    return new PDFTextStripper().getText(document);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            texts.add(pool.submit(render));
        }
        for (int i = 0; i < 20; i++) {
            String text = texts.get(i).get();
            String[] own = expected.get(i).split("\\|");
            assertThat(text).contains(own[0], "ngày " + own[1] + " tháng 8 năm 2020");
            for (UnitSummary other : districts) {
                String otherName = other.name().toUpperCase(Locale.forLanguageTag("vi-VN"));
                if (!otherName.equals(own[0])) {
                    assertThat(text).doesNotContain("ỦY BAN NHÂN DÂN\n" + otherName + "\n");
                }
            }
        }
        pool.shutdown();
    }

    @Test
    void theDistrictIssuesItsSummaryNumberedAndSignedAndAnUnchangedSummaryKeepsItsNumber() throws IOException {
        Issuance issued = as.call("huyen.duchoa", () -> documents.issueDistrictSummary(historic(), DAY));
        IssuedDocument entry = issued.document();
        assertThat(entry.reference()).matches("\\d{2,}/BC-UBND");
        byte[] pdf = as.call("huyen.duchoa", () -> documents.issuedPdf(entry.id()));
        save("district-summary-issued.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Số: " + entry.reference(), "HUYỆN ĐỨC HÒA", "CHỦ TỊCH", "Lê Văn Hòa")
                    .doesNotContain("Số:      /");
            PdfChecks.assertDecree30Pdf(document);
        }
        int registered = as.call("huyen.duchoa", () -> documents.ownRegister()).size();
        Issuance again = as.call("huyen.duchoa", () -> documents.issueDistrictSummary(historic(), DAY));
        assertThat(again.newlyIssued()).isFalse();
        assertThat(again.document().id()).isEqualTo(entry.id());
        assertThat(as.call("huyen.duchoa", () -> documents.ownRegister())).hasSize(registered);
        assertThat(as.call("huyen.duchoa", () -> documents.ownRegisterVersions()))
                .filteredOn(v -> v.document().id() == entry.id()).singleElement()
                .extracting(IssuedVersion::standing).isEqualTo(IssuedVersion.Standing.CURRENT);
        // another day is another document with the issuer's next number of the year it is issued in
        // (the summary of DAY may have been issued by an earlier test, in another year of the test clock)
        List<IssuedDocument> before = as.call("huyen.duchoa", () -> documents.ownRegister());
        // (a database kept between local runs may hold it already: then it is the one in the register)
        Issuance otherDay = as.call("huyen.duchoa", () -> documents.issueDistrictSummary(historic(), DAY.minusDays(3)));
        IssuedDocument next = otherDay.document();
        assertThat(next.id()).isNotEqualTo(entry.id());
        if (otherDay.newlyIssued()) {
            assertThat(next.number()).isEqualTo(1 + before.stream()
                    .filter(d -> d.issuerUnitId() == next.issuerUnitId() && d.year() == next.year())
                    .mapToInt(IssuedDocument::number).max().orElse(0));
        } else {
            assertThat(before).extracting(IssuedDocument::id).contains(next.id());
        }
    }

    @Test
    void theProvinceIssuesItsSummaryAndTheBoardWithTheDepartmentsSymbolAndTheOfficersName() throws IOException {
        IssuedDocument entry = as.call("tinh.sotttt", () -> documents.issueProvincialSummary(historic(), DAY)).document();
        assertThat(entry.reference()).matches("\\d{2,}/BC-STTTT");
        try (PDDocument document = Loader.loadPDF(as.call("tinh.sotttt", () -> documents.issuedPdf(entry.id())))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Số: " + entry.reference(), "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "PHÓ GIÁM ĐỐC",
                    "Nguyễn Thị Thông");
            PdfChecks.assertDecree30Pdf(document);
        }
        assertThat(as.call("tinh.sotttt", () -> documents.issueProvincialSummary(historic(), DAY)).document().id())
                .isEqualTo(entry.id());

        ComplianceSheet sheet = new ComplianceSheet(historic(), DAY, "HUYỆN",
                List.of(new ComplianceSheet.Row("1", "Huyện Đức Hòa", "1.000", "10,00 %", "100,00 %", "Xanh")), List.of());
        Issuance board = as.call("tinh.sotttt", () -> documents.issueCompliance(sheet));
        assertThat(board.document().number()).isGreaterThan(entry.number());
        try (PDDocument document = Loader.loadPDF(as.call("tinh.sotttt", () -> documents.issuedPdf(board.document().id())))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Số: " + board.document().reference(),
                    "Nguyễn Thị Thông", "Huyện Đức Hòa");
        }
        assertThat(as.call("tinh.sotttt", () -> documents.issueCompliance(sheet)).newlyIssued()).isFalse();
    }

    @Test
    void aBoardOfEveryCommuneRunsOnWithPageNumbersAndItsSignatureAfterTheLastRows() throws IOException {
        List<ComplianceSheet.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 188; i++) {
            rows.add(new ComplianceSheet.Row(String.valueOf(i), "Xã thứ " + i, "1.000", "10,00 %", "100,00 %", "Xanh"));
        }
        ComplianceSheet sheet = new ComplianceSheet(historic(), DAY, "XÃ", rows, List.of());
        byte[] pdf = as.call("tinh.sotttt", () -> documents.compliancePdf(sheet));
        save("board.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertPageNumbers(document);
            PdfChecks.assertClosingFollowsTheBody(document);
        }
    }

    @Test
    void eachLevelIssuesOnlyItsOwnSummary() {
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.issueProvincialSummary(historic(), DAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("xa.duclapha", () -> documents.issueDistrictSummary(historic(), DAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("tinh.lanhdao", () -> documents.issueProvincialSummary(historic(), DAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.issueCompliance(new ComplianceSheet(historic(),
                DAY, "XÃ", List.of(), List.of())))).isInstanceOf(AccessDeniedException.class);
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Path out = Path.of("target", "documents", name);
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }
}
