package vn.gov.bluezone.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TestOffices;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;

/** The commune report rendered through JasperReports, read back with PDFBox; the register's numbering. */
@PortalSpringTest
class DocumentServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 7);

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentRegister register;
    @Autowired
    DailyReportService reports;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampaignService campaigns;

    @Autowired
    BaselineService baselineService;

    ReportDetails report;

    @BeforeEach
    void submittedReport() {
        clock.set(LocalDateTime.parse("2026-04-07T10:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        CampaignDetails campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
        ReportInput input = new ReportInput(null, 0, campaign.id(), DAY, 1100L, Map.of("HOUSEHOLDS", 40L),
                null, "Tổ công tác đã đến 40 hộ gia đình hướng dẫn cài đặt.", "Nhiều người cao tuổi không có điện thoại thông minh.",
                null, "Phạm Thị Lập", "Phó Chủ tịch UBND xã", false, false);
        report = as.call(ReportFixtures.COMMUNE, () -> reports.submit(input));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCommuneReportFollowsDecree30AndEmbedsItsFonts() throws IOException {
        byte[] pdf = as.call("huyen.duchoa", () -> documents.communeReportPdf(report.id()));
        Path out = Path.of("target", "documents", "commune-report.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, Offset.offset(1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "UBND HUYỆN ĐỨC HÒA", "ỦY BAN NHÂN DÂN", "XÃ ĐỨC LẬP HẠ", "Số:      /BC-UBND",
                    "Đức Lập Hạ, ngày 07 tháng 4 năm 2026", "BÁO CÁO",
                    "Kết quả triển khai cài đặt ứng dụng Bluezone ngày 07/04/2026", "Kính gửi: Sở Thông tin và Truyền thông tỉnh Long An.",
                    "I. KẾT QUẢ CÀI ĐẶT ỨNG DỤNG BLUEZONE", "1.100", "18,33 %", "11,00 %", "Hộ gia đình",
                    "Nhiều người cao tuổi không có điện thoại thông minh.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                    "PHÓ CHỦ TỊCH", "Phạm Thị Lập", "Nơi nhận:", "- Như trên;", "- UBND huyện Đức Hòa;", "- Lưu: VT.");
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    @Test
    void aCommunesDailyReportOfTheHistoricCampaignFitsOnOnePageWithItsSignatureAndRecipients() throws IOException {
        // a report as the communes of dispatch 4937 sent it: seven forms of work, the Department as receiver
        Long id = jdbc.queryForObject("""
                select min(r.id) from daily_report r join campaign c on c.id = r.campaign_id
                  join administrative_unit u on u.id = r.unit_id
                 where c.directive_number = '4937/UBND-VHXH' and u.code = '27958'
                """, Long.class);
        byte[] pdf = as.call("huyen.duchoa", () -> documents.communeReportPdf(id));
        Files.write(Path.of("target", "documents", "commune-report-4937.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfChecks.savePage1(document, "commune-report-4937");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertSignatureAndRecipientsFollowTheBody(document);
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    @Test
    void aFullCommuneReportWithEveryFormOfWorkFitsOnOnePage() throws IOException {
        // what a commune writes on an ordinary day: every form of work, a line on what was done, short texts
        ReportDetails full = fullReport(SENTENCE, null, "Nhiều người cao tuổi chưa có điện thoại thông minh.",
                "Đề nghị UBND huyện hỗ trợ thêm tờ rơi.");
        byte[] pdf = as.call("huyen.duchoa", () -> documents.communeReportPdf(full.id()));
        Files.write(Path.of("target", "documents", "commune-report-full.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfChecks.savePage1(document, "commune-report-full");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertSignatureAndRecipientsFollowTheBody(document);
            PdfChecks.assertDecree30Pdf(document);
        }
    }

    @Test
    void aLongReportRunsOnWithPageNumbersAndKeepsItsSignatureWithTheLastLines() throws IOException {
        ReportDetails longer = fullReport((SENTENCE + " ").repeat(24).strip(),
                "Lồng ghép tuyên truyền tại các buổi sinh hoạt khu phố, ấp.",
                "Nhiều người cao tuổi chưa sử dụng điện thoại thông minh; một số máy đời cũ không cài được ứng dụng.",
                "Đề nghị UBND huyện hỗ trợ thêm tờ rơi và cử cán bộ kỹ thuật hướng dẫn tại các ấp xa.");
        byte[] pdf = as.call("huyen.duchoa", () -> documents.communeReportPdf(longer.id()));
        Files.write(Path.of("target", "documents", "commune-report-long.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertSignatureAndRecipientsFollowTheBody(document);
            PdfChecks.assertDecree30Pdf(document);
            PdfChecks.assertPageNumbers(document);
        }
    }

    static final String SENTENCE = "Tổ công tác của xã phối hợp với Đoàn Thanh niên, Hội Phụ nữ đến từng hộ gia đình, "
            + "hướng dẫn cài đặt và kích hoạt ứng dụng Bluezone cho người dân.";

    /**
     * A report of a campaign with the seven forms of work of dispatch 4937, each filled, with the
     * Department as the receiving office, and the given texts.
     */
    private ReportDetails fullReport(String results, String otherForms, String difficulties, String proposals) {
        List<WorkForm> forms = List.of(
                new WorkForm("HOUSEHOLDS", "Hộ gia đình được vận động trực tiếp"),
                new WorkForm("LOUDSPEAKER", "Lượt phát thanh trên loa truyền thanh"),
                new WorkForm("SMS_ZALO", "Tin nhắn SMS/Zalo đã gửi"),
                new WorkForm("LEAFLETS", "Tờ rơi đã phát"),
                new WorkForm("POSTERS", "Áp phích, băng rôn"),
                new WorkForm("SCREENINGS", "Buổi chiếu video hướng dẫn"),
                new WorkForm("MEETINGS", "Cuộc họp, hội nghị triển khai"));
        CampaignDetails campaign = as.call(ReportFixtures.PROVINCE_OFFICER, () -> {
            CampaignDetails created = campaigns.create(new CampaignForm(
                    hierarchy.getByCode("80").id(), "Chiến dịch đầy đủ " + System.nanoTime() % 1_000_000, null, null,
                    "UBND tỉnh Long An", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20), new BigDecimal("60"),
                    TargetDenominator.SMARTPHONE_USERS, LocalTime.of(15, 0),
                    TestOffices.longAnReceivingOffice(campaigns), null, null, null, null, true,
                    Thresholds.defaults(), forms, List.of()));
            baselineService.importBaselines(created.id(), "baselines.csv",
                    "commune_code,population,smartphone_users,installs_at_start\n27958,15786,9786,1000\n"
                            .getBytes(StandardCharsets.UTF_8));
            return campaigns.activate(created.id(), created.version());
        });
        Map<String, Long> work = new LinkedHashMap<>();
        long[] quantities = {112, 4, 336, 500, 12, 3, 2};
        for (int i = 0; i < forms.size(); i++) {
            work.put(forms.get(i).code(), quantities[i]);
        }
        ReportInput input = new ReportInput(null, 0, campaign.id(), DAY, 1888L, work, otherForms, results,
                difficulties, proposals, "Phạm Thị Lập", "Phó Chủ tịch UBND xã", true, true);
        return as.call(ReportFixtures.COMMUNE, () -> reports.submit(input));
    }

    /** "Nơi nhận" level with the first authority line, both on the page of the last body line, under it. */
    private static void assertSignatureAndRecipientsFollowTheBody(PDDocument document) throws IOException {
        List<PdfChecks.Line> lines = PdfChecks.lines(document);
        PdfChecks.Line lastBody = PdfChecks.find(lines, "IV. ĐỀ XUẤT, KIẾN NGHỊ");
        lastBody = lines.get(lines.indexOf(lastBody) + 1);
        PdfChecks.Line recipients = PdfChecks.find(lines, "Nơi nhận:");
        PdfChecks.Line authority = PdfChecks.find(lines, "TM. ỦY BAN NHÂN DÂN");
        PdfChecks.Line last = lines.getLast();
        assertThat(recipients.page()).as("Nơi nhận on the page of the last body line").isEqualTo(lastBody.page());
        assertThat(authority.page()).isEqualTo(lastBody.page());
        assertThat(last.page()).as("nothing after the signature block").isEqualTo(lastBody.page());
        assertThat(recipients.top()).isGreaterThan(lastBody.bottom());
        assertThat(recipients.top()).as("level with the authority").isCloseTo(authority.top(),
                Offset.offset(3f));
    }

    @Test
    void issuingGivesTheNextNumberAndAReprintIsTheSameDocument() throws IOException {
        var issued = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id())).document();
        assertThat(issued.reference()).matches("\\d{2,}/BC-UBND");
        assertThat(issued.year()).isEqualTo(2026);
        byte[] first = as.call(ReportFixtures.COMMUNE, () -> documents.communeReportPdf(report.id()));
        try (PDDocument document = Loader.loadPDF(first)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Số: " + issued.reference());
        }
        var again = as.call(ReportFixtures.COMMUNE, () -> documents.issueCommuneReport(report.id())).document();
        assertThat(again.number()).isEqualTo(issued.number());
        assertThat(as.call("huyen.duchoa", () -> documents.communeReportPdf(report.id()))).isEqualTo(first);
        assertThat(as.call(ReportFixtures.COMMUNE, () -> documents.ownRegister())).extracting(IssuedDocument::reference)
                .contains(issued.reference());
    }

    @Test
    void anotherCommuneOrDistrictCannotRenderTheReportByChangingTheId() {
        assertThatThrownBy(() -> as.call(ReportFixtures.OTHER_COMMUNE, () -> documents.communeReportPdf(report.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> documents.issueCommuneReport(report.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fiftyParallelIssuesOfOneIssuerGetFiftyConsecutiveNumbers() throws Exception {
        long issuer = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27973").id());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> numbers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            Callable<Integer> issue = () -> register.issue(issuer, "BC-UBND", "BC", "Kiểm thử " + n, "test:" + n + ":"
                    + System.nanoTime(), "test", number -> ("%PDF-1.4 " + number).getBytes()).number();
            numbers.add(pool.submit(issue));
        }
        Set<Integer> taken = new TreeSet<>();
        for (Future<Integer> number : numbers) {
            taken.add(number.get());
        }
        pool.shutdown();
        assertThat(taken).hasSize(50);
        int first = taken.iterator().next();
        assertThat(taken).containsExactlyElementsOf(IntStream.range(first, first + 50).boxed().toList());
        assertThat(register.findByIssuer(issuer)).hasSizeGreaterThanOrEqualTo(50);
    }
}
