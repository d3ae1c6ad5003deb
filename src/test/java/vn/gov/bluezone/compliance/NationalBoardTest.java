package vn.gov.bluezone.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The national board (issue 17) is every running campaign's board read in one pass, and each of its
 * boards equals the province's own board: on today's day (read through the kept standings), on an
 * earlier day (read from the reports), with campaigns of both target denominators, a proposal,
 * and campaigns not yet started or still drafts left out.
 */
@PortalSpringTest
class NationalBoardTest {

    static final String CSV = "commune_code,population,smartphone_users,installs_at_start\n"
            + "27958,10000,6000,1000\n27961,12000,7000,900\n";

    @Autowired
    ComplianceBoardService board;
    @Autowired
    BoardExport export;
    @Autowired
    ReprimandService reprimands;
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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void at(LocalDate day, int hour) {
        clock.set(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(PortalTime.ZONE).toInstant());
    }

    @Test
    void everyRunningProvinceBoardInOnePassEqualsItsOwnBoard() {
        LocalDate start = LocalDate.of(2026, 7, 6);
        at(start, 7);
        CampaignDetails phones = fixtures.campaign("Chiến dịch toàn quốc A " + System.nanoTime() % 1_000_000, start,
                start.plusDays(20), null, CSV, TargetDenominator.SMARTPHONE_USERS);
        CampaignDetails people = fixtures.campaign("Chiến dịch toàn quốc B " + System.nanoTime() % 1_000_000, start,
                start.plusDays(20), null, CSV, TargetDenominator.POPULATION);
        CampaignDetails later = fixtures.campaign("Chiến dịch chưa bắt đầu " + System.nanoTime() % 1_000_000,
                start.plusDays(10), start.plusDays(20), null, CSV, TargetDenominator.POPULATION);
        for (int d = 0; d < 3; d++) {
            LocalDate day = start.plusDays(d);
            long figure = 1100 + 50L * d;
            at(day, d == 1 ? 16 : 9);
            as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(phones, day, figure)));
            as.call(ReportFixtures.OTHER_COMMUNE, () -> reports.submit(ReportFixtures.input(people, day, figure - 100)));
            if (d != 1) {
                as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(people, day, figure + 200)));
            }
        }
        LocalDate today = start.plusDays(2);
        at(today, 17);
        // an amendment of yesterday's report, and a proposal on today's board
        ReportDetails yesterday = as.call(ReportFixtures.COMMUNE,
                () -> reports.open(phones.id(), start.plusDays(1)).report());
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.amend(yesterday, 1180)));
        long silent = as.call(ReportFixtures.PROVINCE_OFFICER, () -> hierarchy.getByCode("27961").id());
        as.call(ReportFixtures.PROVINCE_OFFICER, () -> reprimands.propose(phones.id(), today, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(silent, ReprimandLevel.REMIND, "Chưa báo cáo 3 ngày"))));

        for (LocalDate day : List.of(today, start.plusDays(1), start)) {
            Map<Long, List<BoardRow>> national = as.call("admin", () -> board.boards(day));
            assertThat(national).containsKeys(phones.id(), people.id()).doesNotContainKey(later.id());
            national.forEach((campaignId, rows) -> assertThat(rows).as("campaign %d on %s", campaignId, day)
                    .isEqualTo(as.call("admin", () -> board.board(campaignId, day, BoardLevel.COMMUNE))));
            assertThat(national.get(phones.id())).hasSize(2);
        }
        Map<Long, List<BoardRow>> national = as.call("admin", () -> board.boards(today));
        BoardRow proposed = national.get(phones.id()).stream().filter(r -> r.unitId() == silent).findFirst()
                .orElseThrow();
        assertThat(proposed.reprimand()).isNotNull();
        assertThat(national.get(people.id()).stream().filter(r -> r.unitId() == silent).findFirst().orElseThrow()
                .reprimand()).isNull();
        // the people's denominator is the population: 1,250 of 12,000 on the third day
        assertThat(national.get(people.id()).stream().filter(r -> r.unitId() == silent).findFirst().orElseThrow()
                .denominator()).isEqualTo(12_000);

        assertThatThrownBy(() -> as.call(ReportFixtures.PROVINCE_OFFICER, () -> board.boards(today)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNationalWorkbookHoldsEveryRunningProvinceBoardUnderItsProvinceAndCampaign() throws IOException {
        LocalDate start = LocalDate.of(2026, 8, 3);
        at(start, 7);
        CampaignDetails campaign = fixtures.campaign("=HYPERLINK(\"x\") " + System.nanoTime() % 1_000_000, start,
                start.plusDays(20), null, CSV, TargetDenominator.SMARTPHONE_USERS);
        at(start, 10);
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, start, 1100)));
        at(start, 16);
        Map<Long, List<BoardRow>> national = as.call("admin", () -> board.boards(start));
        byte[] xlsx = as.call("admin", () -> export.nationalXlsx(start, VietnameseText.VIETNAMESE));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tỉnh");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chiến dịch");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Hạng");
            assertThat(sheet.getLastRowNum()).isEqualTo(national.values().stream().mapToInt(List::size).sum());
            List<Row> ours = new ArrayList<>();
            sheet.forEach(row -> {
                if (row.getCell(1).getStringCellValue().endsWith(campaign.name())) {
                    ours.add(row);
                }
            });
            // the campaign's name, which looks like a formula, is text; its communes ranked within it
            assertThat(ours).hasSize(2).allSatisfy(row -> {
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(campaign.provinceName());
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + campaign.name());
            });
            assertThat(ours).extracting(row -> (int) row.getCell(2).getNumericCellValue()).containsExactly(1, 2);
            assertThat(ours.getFirst().getCell(3).getStringCellValue()).isEqualTo("27958");
            assertThat(ours.getFirst().getCell(6).getNumericCellValue()).isEqualTo(1100);
        }
        assertThatThrownBy(() -> as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> export.nationalXlsx(start, VietnameseText.VIETNAMESE))).isInstanceOf(AccessDeniedException.class);
    }
}
