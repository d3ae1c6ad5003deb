package vn.gov.bluezone.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.oversight.CommuneStandings;
import vn.gov.bluezone.oversight.PeriodRecord;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.VietnameseFormats;

/** The board at commune level on the real database, with the clock pinned. */
@PortalSpringTest
class ComplianceBoardServiceTest {

    @Autowired
    ComplianceBoardService board;
    @Autowired
    DailyReportService reports;
    @Autowired
    CampaignService campaigns;
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

    void at(String hanoi) {
        clock.set(LocalDateTime.parse(hanoi).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    @Test
    void aCommuneStuckOnOneFigureIsRemindedAndASilentOneBelowPaceIsCriticised() {
        at("2026-04-06T08:00:00");
        CampaignDetails campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
        for (int day = 6; day <= 8; day++) {
            at("2026-04-0" + day + "T09:00:00");
            LocalDate date = LocalDate.of(2026, 4, day);
            as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, date, 1100)));
        }
        at("2026-04-08T16:00:00");
        List<BoardRow> rows = as.call("tinh.sotttt", () -> board.communes(campaign.id(), LocalDate.of(2026, 4, 8)));
        assertThat(rows).extracting(BoardRow::rank, BoardRow::code).containsExactly(
                Tuple.tuple(1, "27958"), Tuple.tuple(2, "27961"));

        BoardRow stuck = rows.getFirst();
        // pace on 8/4: 1,000 + (3,600 - 1,000) x 2/14 = 1,372; 80 % of it is 1,097.6
        assertThat(stuck.paceInstalls()).isEqualTo(1372);
        assertThat(stuck.finding().light()).isEqualTo(TrafficLight.AMBER);
        assertThat(stuck.finding().flags()).containsExactly(Flag.NOT_SERIOUS);
        assertThat(stuck.finding().reasons()).extracting(Finding.Reason::messageKey)
                .containsExactly("compliance.reason.unchanged");
        assertThat(stuck.finding().suggestion()).isEqualTo(Suggestion.REMIND);
        assertThat(stuck.onTimeCampaign()).isEqualTo(3);
        assertThat(stuck.trend()).containsExactly(18.33, 18.33, 18.33);

        BoardRow silent = rows.get(1);
        assertThat(silent.finding().light()).isEqualTo(TrafficLight.RED);
        assertThat(silent.finding().flags()).containsExactlyInAnyOrder(Flag.LOW_RESULT, Flag.NOT_SERIOUS);
        assertThat(silent.finding().suggestion()).isEqualTo(Suggestion.CRITICISE);
        assertThat(silent.missingWeek()).isEqualTo(3);
        assertThat(silent.onTimeRate()).isZero();
    }

    @Test
    void theSeedCheckLongAnOnThirteenAugustIsElevenPointZeroNinePercentOfThePopulation() {
        long historic = HistoricCampaign.idOf(campaigns);
        List<BoardRow> rows = as.call("tinh.sotttt", () -> board.communes(historic, LocalDate.of(2020, 8, 13)));
        assertThat(rows).hasSize(188);
        long installs = rows.stream().mapToLong(BoardRow::cumulative).sum();
        long population = rows.stream().mapToLong(BoardRow::population).sum();
        assertThat(installs).isEqualTo(187_315);
        assertThat(VietnameseFormats.percent(installs, population)).isEqualTo("11,09 %");
        assertThat(as.call("huyen.duchoa", () -> board.communes(historic, LocalDate.of(2020, 8, 13)))).hasSize(20);
        assertThatThrownBy(() -> as.call(ReportFixtures.COMMUNE, () -> board.communes(historic, LocalDate.of(2020, 8, 13))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    CommuneStandings standings;

    @Test
    void theCampaignRecordFromRunningCountsMatchesCountingEveryDayEvenForADayReportedLate() {
        at("2026-04-06T08:00:00");
        CampaignDetails campaign = fixtures.campaign(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 20));
        at("2026-04-06T09:00:00");
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, LocalDate.of(2026, 4, 6), 1050)));
        at("2026-04-08T09:00:00");
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, LocalDate.of(2026, 4, 8), 1200)));
        // the 7th is reported on the 8th, after its cut-off, once the 8th is already in
        at("2026-04-08T10:00:00");
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, LocalDate.of(2026, 4, 7), 1100)));

        for (String moment : List.of("2026-04-08T16:00:00", "2026-04-09T10:00:00", "2026-04-09T15:30:00")) {
            at(moment);
            LocalDate day = LocalDate.parse(moment.substring(0, 10));
            List<PeriodRecord> fast = as.call("tinh.sotttt",
                    () -> standings.campaignRecords(campaign.id(), day));
            List<PeriodRecord> counted = as.call("tinh.sotttt", () -> standings.periodRecords(
                    campaign.id(), fast.stream().map(PeriodRecord::unitId).toList(),
                    campaign.startDate(), day));
            assertThat(fast).as(moment).containsExactlyInAnyOrderElementsOf(counted);
        }
        at("2026-04-09T10:00:00");
        BoardRow reporter = as.call("tinh.sotttt", () -> board.communes(campaign.id(), LocalDate.of(2026, 4, 9))).stream()
                .filter(r -> r.code().equals("27958")).findFirst().orElseThrow();
        // 6th on time, 7th late, 8th on time; the 9th is still open before 15:00
        assertThat(reporter.onTimeCampaign()).isEqualTo(2);
        assertThat(reporter.lateCampaign()).isEqualTo(1);
        assertThat(reporter.missingCampaign()).isZero();
    }
}
