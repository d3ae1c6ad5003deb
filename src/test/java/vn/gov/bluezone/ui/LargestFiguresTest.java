package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardExport;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.BoardTotal;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.oversight.OversightExport;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.oversight.ui.DashboardView;
import vn.gov.bluezone.oversight.ui.OversightView;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.ValidationException;

/**
 * Issue 12, point 1: the largest figure the portal accepts, in every commune of Long An, and then
 * every page, export and document of the province shows the right totals (188 × 200,000,000 =
 * 37,600,000,000); one more than the largest is refused everywhere with nothing stored.
 */
@PortalSpringTest
class LargestFiguresTest extends SpringBrowserlessTest {

    private static final long MAX = FigureLimits.MAX_PEOPLE;
    private static final String USER_PREFIX = "max.";

    /** The campaign and the communes' reports, made once for the class (the context is shared). */
    private static CampaignDetails campaign;
    private static LocalDate day;
    private static List<String> communes;
    private static List<String> districtCommunes;
    private static long someReportId;

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;

    @Autowired
    BaselineService baselineService;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    OversightService oversight;
    @Autowired
    OversightExport oversightExport;
    @Autowired
    ComplianceBoardService board;
    @Autowired
    BoardExport boardExport;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AsUser as;

    @BeforeEach
    void everyCommuneReportsTheLargestFigure() {
        if (campaign != null) {
            return;
        }
        LocalDate today = as.call(ReportFixtures.COMMUNE, () -> reports.today());
        day = today.minusDays(1);
        String provincePath = as.call(ReportFixtures.PROVINCE_OFFICER, () -> hierarchy.getByCode("80").path());
        String districtPath = as.call(ReportFixtures.PROVINCE_OFFICER, () -> hierarchy.getByCode("802").path());
        List<Map<String, Object>> units = jdbc.queryForList(
                "select id, code, path from administrative_unit where unit_level = 'COMMUNE' and path like ? order by code",
                provincePath + "%");
        communes = units.stream().map(unit -> (String) unit.get("code")).toList();
        districtCommunes = units.stream().filter(unit -> ((String) unit.get("path")).startsWith(districtPath))
                .map(unit -> (String) unit.get("code")).toList();
        assertThat(communes).hasSize(188);

        StringBuilder baselines = new StringBuilder("commune_code,population,smartphone_users,installs_at_start\n");
        communes.forEach(code -> baselines.append(code).append(',').append(MAX).append(',').append(MAX).append(",0\n"));
        campaign = fixtures.campaign("Chiến dịch số liệu lớn nhất " + System.nanoTime() % 1_000_000, today.minusDays(3),
                today.plusDays(10), null, baselines.toString());

        // one officer per commune; nobody can sign in with the unusable hash, AsUser loads them directly
        Timestamp now = Timestamp.from(Instant.now());
        for (Map<String, Object> unit : units) {
            String username = USER_PREFIX + unit.get("code");
            jdbc.update("""
                    insert into user_account (username, password_hash, full_name, full_name_sort, full_name_search,
                        role, unit_id, enabled, must_change_password, created_at)
                    values (?, '!unusable', 'Cán bộ xã', 'can bo xa', 'can bo xa', 'COMMUNE_OFFICER', ?, true, false, ?)""",
                    username, unit.get("id"), now);
        }
        for (String code : communes) {
            ReportDetails report = as.call(USER_PREFIX + code, () -> reports.submit(largest(day, MAX)));
            assertThat(report.cumulativeInstalls()).isEqualTo(MAX);
            someReportId = report.id();
        }
    }

    @AfterAll
    static void removeTheOfficers(@Autowired JdbcTemplate jdbc) {
        jdbc.update("delete from user_account where username like ?", USER_PREFIX + "%");
    }

    private static ReportInput largest(LocalDate date, long cumulative) {
        return new ReportInput(null, 0, campaign.id(), date, cumulative, Map.of("HOUSEHOLDS", 10_000_000L), null,
                null, null, null, "Phạm Thị Lập", null, true, true);
    }

    @Test
    void oneMoreThanTheLargestIsRefusedEverywhereAndNothingIsStored() {
        String commune = USER_PREFIX + communes.getFirst();
        LocalDate today = day.plusDays(1);
        assertThatThrownBy(() -> as.call(commune, () -> reports.submit(largest(today, MAX + 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("cumulative", "figure.error.tooLarge"));
        assertThatThrownBy(() -> as.call(commune, () -> reports.submit(largest(today, Long.MAX_VALUE))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as.call(commune, () -> reports.preview(campaign.id(), today, Long.MAX_VALUE)))
                .isInstanceOf(ValidationException.class);
        assertThat(as.call(commune, () -> reports.open(campaign.id(), today).report())).isNull();

        long unitId = as.call(ReportFixtures.PROVINCE_OFFICER, () -> hierarchy.getByCode(communes.getFirst()).id());
        assertThatThrownBy(() -> as.call(ReportFixtures.PROVINCE_OFFICER, () -> baselineService.updateBaseline(campaign.id(),
                unitId, MAX + 1, MAX, 0, baselineService.baseline(campaign.id(), unitId).version())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("baseline", "figure.error.tooLarge"));
        String tooLarge = "commune_code,population,smartphone_users,installs_at_start\n" + communes.getFirst() + ","
                + (MAX + 1) + "," + MAX + ",0\n";
        assertThatThrownBy(() -> as.call(ReportFixtures.PROVINCE_OFFICER, () -> baselineService.importBaselines(campaign.id(),
                "baselines.csv", tooLarge.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(
                                problem -> assertThat(problem.messageKey()).isEqualTo("figure.error.tooLarge")));
        assertThat(as.call(ReportFixtures.PROVINCE_OFFICER, () -> baselineService.baseline(campaign.id(), unitId).population()))
                .isEqualTo(MAX);
        // the database holds the same bound, whatever path a figure takes
        assertThatThrownBy(() -> jdbc.update("update daily_report set cumulative_installs = ? where id = ?", MAX + 1,
                someReportId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theProvincesTotalsAreRightInEveryServiceExportAndDocument() throws IOException {
        long total = MAX * communes.size();
        long district = MAX * districtCommunes.size();
        assertThat(total).isEqualTo(37_600_000_000L);

        OversightFilter filter = OversightFilter.of(campaign.id(), day);
        List<TotalRow> totals = as.call(ReportFixtures.PROVINCE_OFFICER, () -> oversight.totals(filter));
        TotalRow province = totals.stream().filter(row -> row.districtCode() == null).findFirst().orElseThrow();
        assertThat(province.cumulative()).isEqualTo(total);
        assertThat(province.population()).isEqualTo(total);
        assertThat(province.communes()).isEqualTo(188);
        assertThat(totals.stream().filter(row -> "802".equals(row.districtCode())).findFirst().orElseThrow().cumulative())
                .isEqualTo(district);
        assertThat(as.call("admin", () -> oversight.campaignTotals(day)))
                .filteredOn(row -> row.campaignId() == campaign.id()).singleElement()
                .satisfies(row -> assertThat(row.cumulative()).isEqualTo(total));

        for (BoardLevel level : BoardLevel.values()) {
            List<BoardRow> rows = as.call(ReportFixtures.PROVINCE_OFFICER, () -> board.board(campaign.id(), day, level));
            assertThat(rows).allSatisfy(row -> assertThat(row.cumulative()).isPositive());
            assertThat(BoardTotal.of(rows).cumulative()).isEqualTo(total);
        }

        byte[] csv = as.call(ReportFixtures.PROVINCE_OFFICER, () -> oversightExport.csv(filter, Locale.forLanguageTag("vi")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain("-9").contains(Long.toString(MAX));
        assertThat(numbersIn(as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> oversightExport.xlsx(filter, Locale.forLanguageTag("vi"))))).contains((double) MAX)
                .allMatch(value -> value >= 0);
        assertThat(numbersIn(as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> boardExport.xlsx(campaign.id(), day, BoardLevel.DISTRICT, Locale.forLanguageTag("vi")))))
                .contains((double) district).allMatch(value -> value >= 0);

        assertThat(pdfText(as.call(ReportFixtures.PROVINCE_OFFICER, () -> boardExport.pdf(campaign.id(), day, BoardLevel.DISTRICT))))
                .contains("Huyện Đức Hòa " + vi(district) + " ").doesNotContain("-9.");
        assertThat(pdfText(as.call(ReportFixtures.PROVINCE_OFFICER, () -> documents.provincialSummaryPdf(campaign.id(), day))))
                .contains("37.600.000.000", "200.000.000").doesNotContain("-9.");
        assertThat(pdfText(as.call(ReportFixtures.PROVINCE_OFFICER, () -> documents.districtSummaryPdf(campaign.id(), day, "802"))))
                .contains(vi(district)).doesNotContain("-9.");
        assertThat(pdfText(as.call(ReportFixtures.PROVINCE_OFFICER, () -> documents.communeReportPdf(someReportId))))
                .contains("200.000.000");
        assertThat(pdfText(as.call("admin", () -> documents.nationalSummaryPdf(day)))).doesNotContain("-9.");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void theProvincesPagesOpenAndShowTheTotals() {
        navigate(OversightView.class);
        pick("oversight-campaign", "oversight-day");
        @SuppressWarnings("unchecked")
        Grid<TotalRow> totals = $(Grid.class).id("oversight-totals");
        int last = test(totals).size() - 1;
        assertThat(test(totals).getCellText(last, 0)).isEqualTo("Tổng cộng");
        assertThat(test(totals).getCellText(last, 2)).isEqualTo("37.600.000.000");

        navigate(DashboardView.class);
        pick("dashboard-campaign", "dashboard-day");
        assertThat($(Grid.class).all()).isNotEmpty();

        navigate(ComplianceBoardView.class);
        pick("board-campaign", "board-day");
        assertThat($(Span.class).id("board-total").getText()).contains("37.600.000.000").doesNotContain("-");
    }

    @SuppressWarnings("unchecked")
    private void pick(String campaignId, String dayId) {
        test((Select<CampaignDetails>) $(Select.class).id(campaignId)).selectItem(campaign.name());
        test($(DatePicker.class).id(dayId)).setValue(day);
    }

    private static String vi(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<Double> numbersIn(byte[] xlsx) throws IOException {
        List<Double> numbers = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(cell.getNumericCellValue());
                    }
                }
            }
        }
        return numbers;
    }
}
