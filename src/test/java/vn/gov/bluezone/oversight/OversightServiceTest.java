package vn.gov.bluezone.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.bluezone.reporting.ReportFixtures.amend;
import static vn.gov.bluezone.reporting.ReportFixtures.input;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.SafeCells;

/** The oversight grid and its totals follow every submission, amendment and return at once. */
@PortalSpringTest
class OversightServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 7);

    @Autowired
    OversightService oversight;
    @Autowired
    CommuneStandings standings;
    @Autowired
    OversightExport export;
    @Autowired
    OfficialCountService officialCounts;
    @Autowired
    DailyReportService reports;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;

    CampaignDetails campaign;

    @BeforeEach
    void campaignWithTwoCommunes() {
        at("2026-04-07T09:00:00");
        campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(String hanoi) {
        clock.set(LocalDateTime.parse(hanoi).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @Test
    void everyCommuneOfTheScopeIsListedWithItsStatusAndTheTotalsAddUp() {
        ReportDetails report = as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(campaign, DAY, 1100)));
        at("2026-04-07T16:00:00");
        List<CommuneDayRow> rows = as.call("huyen.duchoa", () -> oversight.communes(
                OversightFilter.of(campaign.id(), DAY), PageRequest.of(0, 50)).getContent());
        assertThat(rows).extracting(CommuneDayRow::code, CommuneDayRow::status, CommuneDayRow::cumulative,
                CommuneDayRow::reported).containsExactlyInAnyOrder(
                Tuple.tuple("27958", DayStatus.ON_TIME, 1100L, true),
                Tuple.tuple("27961", DayStatus.MISSING, 1000L, false));
        List<TotalRow> totals = as.call("tinh.sotttt", () -> oversight.totals(OversightFilter.of(campaign.id(), DAY)));
        TotalRow total = totals.getLast();
        assertThat(total.districtCode()).isNull();
        assertThat(total.communes()).isEqualTo(2);
        assertThat(total.onTime()).isEqualTo(1);
        assertThat(total.missing()).isEqualTo(1);
        assertThat(total.cumulative()).isEqualTo(2100);
        assertThat(total.smartphoneUsers()).isEqualTo(12_000);
        assertThat(totals.getFirst().districtName()).isEqualTo("Huyện Đức Hòa");
        // Tân Phú never reported: its 1,000 are the installs at the start, not a figure in force
        assertThat(total.carriedCommunes()).isZero();
        assertThat(total.communesWithoutFigure()).isEqualTo(1);
        // the next day, Đức Lập Hạ's figure is carried from its report of the 7th
        TotalRow nextDay = as.call("tinh.sotttt", () -> oversight.totals(OversightFilter.of(campaign.id(),
                DAY.plusDays(1)))).getLast();
        assertThat(nextDay.carriedCommunes()).isEqualTo(1);
        assertThat(nextDay.communesWithoutFigure()).isEqualTo(1);
        assertThat(nextDay.cumulative()).isEqualTo(2100);

        // an amendment and a return show at once, with no batch job
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(amend(report, 1180)));
        ReportDetails amended = as.call(ReportFixtures.COMMUNE, () -> reports.get(report.id()));
        as.call("huyen.duchoa", () -> reports.returnForCorrection(report.id(), "Kiểm tra lại", amended.version()));
        TotalRow after = as.call("tinh.sotttt", () -> oversight.totals(OversightFilter.of(campaign.id(), DAY))).getLast();
        assertThat(after.cumulative()).isEqualTo(2180);
        assertThat(after.returned()).isEqualTo(1);
        assertThat(after.onTime()).isEqualTo(1);
        long sumOfRows = as.call("tinh.sotttt", () -> oversight.communes(OversightFilter.of(campaign.id(), DAY),
                PageRequest.of(0, 50)).stream().mapToLong(CommuneDayRow::cumulative).sum());
        assertThat(after.cumulative()).isEqualTo(sumOfRows);
    }

    @Test
    void filtersByStatusAndCoverageBandRunInTheQuery() {
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(campaign, DAY, 1250)));
        at("2026-04-07T16:00:00");
        var missing = new OversightFilter(campaign.id(), DAY, null, DayStatus.MISSING, null, null);
        assertThat(as.call("huyen.duchoa", () -> oversight.communes(missing, PageRequest.of(0, 10)).getContent()))
                .extracting(CommuneDayRow::code).containsExactly("27961");
        // 1,250 of 6,000 smartphone users = 20.8 %; 1,000 = 16.7 %
        var band = new OversightFilter(campaign.id(), DAY, "802", null, 20, 25);
        assertThat(as.call("huyen.duchoa", () -> oversight.communes(band, PageRequest.of(0, 10)).getContent()))
                .extracting(CommuneDayRow::code).containsExactly("27958");
        var otherDistrict = new OversightFilter(campaign.id(), DAY, "803", null, null, null);
        assertThat(as.call("tinh.sotttt", () -> oversight.communes(otherDistrict, PageRequest.of(0, 10)).getTotalElements()))
                .isZero();
    }

    @Test
    void theGridSortsInTheQueryAndCountsEachCommunesDaysOverAPeriod() {
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(campaign, DAY, 1250)));
        at("2026-04-08T10:00:00");
        var byCoverage = PageRequest.of(0, 10, Sort.by("coverage").descending());
        assertThat(as.call("huyen.duchoa", () -> oversight.communes(OversightFilter.of(campaign.id(), DAY), byCoverage)
                .getContent())).extracting(CommuneDayRow::code).containsExactly("27958", "27961");
        var byName = PageRequest.of(0, 10, Sort.by("name").descending());
        assertThat(as.call("huyen.duchoa", () -> oversight.communes(OversightFilter.of(campaign.id(), DAY), byName)
                .getContent())).extracting(CommuneDayRow::name).containsExactly("Xã Tân Phú", "Xã Đức Lập Hạ");
        var badSort = PageRequest.of(0, 10, Sort.by("u.id; drop table x"));
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> oversight.communes(OversightFilter.of(campaign.id(), DAY),
                badSort))).isInstanceOf(IllegalArgumentException.class);

        List<CommunePeriodRow> period = as.call("huyen.duchoa", () -> standings.communesOverPeriod(
                OversightFilter.of(campaign.id(), LocalDate.of(2026, 4, 8)), LocalDate.of(2026, 4, 1),
                PageRequest.of(0, 10)).getContent());
        // from the campaign start (6/4) to 8/4 at 10:00: the 8th is still pending
        assertThat(period).extracting(r -> r.day().code(), r -> r.period().onTime(), r -> r.period().late(),
                r -> r.period().missing()).containsExactlyInAnyOrder(
                Tuple.tuple("27958", 1, 0, 1),
                Tuple.tuple("27961", 0, 0, 2));
    }

    @Test
    void beforeTheCutoffUnreportedCommunesArePendingNotMissing() {
        at("2026-04-07T14:59:59");
        TotalRow total = as.call("tinh.sotttt", () -> oversight.totals(OversightFilter.of(campaign.id(), DAY))).getLast();
        assertThat(total.pending()).isEqualTo(2);
        assertThat(total.missing()).isZero();
    }

    @Test
    void officialCountsStandBesideTheReportedFiguresAndBadFilesAreRefusedByRow() {
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(campaign, DAY, 1100)));
        String bad = """
                commune_code,date,installs
                27958,07/04/2026,1050
                27958,2026-04-07,1060
                27991,07/04/2026,10
                27961,31/02/2026,10
                27961,07/04/2026,nhiều
                """;
        assertThatThrownBy(() -> as.call("tinh.sotttt", () -> officialCounts.importCounts(campaign.id(), "bad.csv",
                bad.getBytes(StandardCharsets.UTF_8), "Bộ TT&TT")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.row(), p -> p.messageKey()).containsExactly(
                                Tuple.tuple(3, "official.error.duplicate"),
                                Tuple.tuple(4, "baseline.error.unknownCommune"),
                                Tuple.tuple(5, "official.error.date"),
                                Tuple.tuple(6, "baseline.error.notWholeNumber")));
        assertThat(as.call("tinh.sotttt", () -> oversight.totals(OversightFilter.of(campaign.id(), DAY))).getLast()
                .communesWithOfficial()).isZero();

        String good = "commune_code,date,installs\n27958,07/04/2026,1050\n27961,07/04/2026,1010\n";
        assertThat(as.call("tinh.sotttt", () -> officialCounts.importCounts(campaign.id(), "ok.csv",
                good.getBytes(StandardCharsets.UTF_8), "Bộ TT&TT"))).isEqualTo(2);
        assertThatThrownBy(() -> as.call("huyen.duchoa", () -> officialCounts.importCounts(campaign.id(), "ok.csv",
                good.getBytes(StandardCharsets.UTF_8), "Bộ TT&TT"))).isInstanceOf(AccessDeniedException.class);
        List<CommuneDayRow> rows = as.call("huyen.duchoa", () -> oversight.communes(OversightFilter.of(campaign.id(), DAY),
                PageRequest.of(0, 10)).getContent());
        CommuneDayRow reported = rows.stream().filter(r -> r.code().equals("27958")).findFirst().orElseThrow();
        assertThat(reported.officialInstalls()).isEqualTo(1050);
        assertThat(reported.differenceToOfficial()).isEqualTo(50);
        TotalRow total = as.call("huyen.duchoa", () -> oversight.totals(OversightFilter.of(campaign.id(), DAY))).getLast();
        assertThat(total.communesWithOfficial()).isEqualTo(2);
        assertThat(total.officialInstalls()).isEqualTo(2060);
    }

    @Test
    void aCommuneOfficerCannotReadTheGrid() {
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> oversight.totals(OversightFilter.of(campaign.id(), DAY))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportsKeepVietnameseTextAndNumbersAndNeutraliseFormulas() throws Exception {
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(input(campaign, DAY, 1100)));
        byte[] csv = as.call("huyen.duchoa", () -> export.csv(OversightFilter.of(campaign.id(), DAY), Locale.forLanguageTag("vi-VN")));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMã,Tên đơn vị,Trực thuộc,Tình trạng ngày");
        assertThat(text).contains("27958,Xã Đức Lập Hạ,Huyện Đức Hòa,Đúng hạn").contains("\"18,33 %\"");
        byte[] xlsx = as.call("huyen.duchoa", () -> export.xlsx(OversightFilter.of(campaign.id(), DAY), Locale.ENGLISH));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            var row = sheet.getRow(1).getCell(0).getStringCellValue().equals("27958") ? sheet.getRow(1) : sheet.getRow(2);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Xã Đức Lập Hạ");
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1100);
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("18.33%");
        }
        assertThat(SafeCells.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SafeCells.text("+1-2")).isEqualTo("'+1-2");
        assertThat(SafeCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCells.text("-137")).isEqualTo("-137");
        assertThat(SafeCells.text("-2+3+cmd|' /C calc'!A0")).startsWith("'");
        assertThat(SafeCells.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }
}
