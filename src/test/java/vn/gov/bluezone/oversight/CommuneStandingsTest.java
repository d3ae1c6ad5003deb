package vn.gov.bluezone.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.reporting.DayStatus;

/**
 * The one read model agrees with itself on the demo campaign 4937 (188 communes, days with late
 * and missing reports): each standing's recent days count what the period records count over the
 * same days, its last day is the grid row's day with the grid's figure in force, and the scope of
 * the caller bounds it.
 */
@PortalSpringTest
class CommuneStandingsTest {

    @Autowired
    CommuneStandings standings;
    @Autowired
    CampaignService campaigns;
    @Autowired
    AsUser as;

    CampaignDetails historic() {
        return HistoricCampaign.of(campaigns);
    }

    @Test
    void recentDaysCountWhatThePeriodRecordsCountAndEndWithTheGridsDay() {
        CampaignDetails campaign = historic();
        int late = 0;
        int missing = 0;
        for (LocalDate day = campaign.startDate(); !day.isAfter(LocalDate.of(2020, 8, 20)); day = day.plusDays(1)) {
            LocalDate d = day;
            List<CommuneStanding> all = as.call("tinh.sotttt", () -> standings.standings(campaign.id(), d));
            assertThat(all).as(d.toString()).hasSize(188);
            LocalDate from = d.minusDays(CommuneStandings.RECENT_DAYS - 1L);
            Map<Long, PeriodRecord> counted = as.call("tinh.sotttt", () -> standings.periodRecords(campaign.id(),
                    all.stream().map(CommuneStanding::unitId).toList(), from, d)).stream()
                    .collect(Collectors.toMap(PeriodRecord::unitId, Function.identity()));
            for (CommuneStanding standing : all) {
                PeriodRecord record = counted.get(standing.unitId());
                assertThat(new PeriodRecord(standing.unitId(), standing.recent(DayStatus.ON_TIME),
                        standing.recent(DayStatus.LATE), standing.recent(DayStatus.MISSING)))
                        .as("%s %s", d, standing.day().name()).isEqualTo(record);
                StandingDay last = standing.recentDays().getLast();
                assertThat(last.date()).isEqualTo(d);
                assertThat(last.status()).isEqualTo(standing.day().status());
                assertThat(last.figureInForce()).as("%s %s", d, standing.day().name())
                        .isEqualTo(standing.day().cumulative());
                assertThat(standing.recentDays()).allSatisfy(r -> assertThat(r.date()).isBetween(
                        campaign.startDate(), d));
                late += standing.recent(DayStatus.LATE);
                missing += standing.recent(DayStatus.MISSING);
            }
        }
        assertThat(late).as("the demo has late reports").isPositive();
        assertThat(missing).as("the demo has missing reports").isPositive();
    }

    @Autowired
    OversightService oversight;

    /**
     * Each recent day's figure in force is the grid's figure of that day — also for a commune that
     * sent nothing on the window's first day nor the day before, and reported inside the window.
     */
    @Test
    void eachRecentDaysFigureIsTheGridsFigureOfThatDay() {
        CampaignDetails campaign = historic();
        for (LocalDate day : List.of(LocalDate.of(2020, 8, 19), LocalDate.of(2020, 8, 20))) {
            Map<LocalDate, Map<Long, Long>> grid = new java.util.HashMap<>();
            for (LocalDate d = day.minusDays(CommuneStandings.RECENT_DAYS - 1L); !d.isAfter(day); d = d.plusDays(1)) {
                LocalDate shown = d;
                grid.put(d, as.call("tinh.sotttt", () -> oversight.communes(OversightFilter.of(campaign.id(), shown),
                        org.springframework.data.domain.Pageable.unpaged())).stream()
                        .collect(Collectors.toMap(CommuneDayRow::unitId, CommuneDayRow::cumulative)));
            }
            for (CommuneStanding standing : as.call("tinh.sotttt", () -> standings.standings(campaign.id(), day))) {
                for (StandingDay recent : standing.recentDays()) {
                    assertThat(recent.figureInForce()).as("%s on %s, board of %s", standing.day().name(), recent.date(), day)
                            .isEqualTo(grid.get(recent.date()).get(standing.unitId()));
                }
            }
        }
    }

    @Test
    void aDistrictSeesItsCommunesOnlyAndACommuneOfficerNothing() {
        CampaignDetails campaign = historic();
        LocalDate day = LocalDate.of(2020, 8, 15);
        List<CommuneStanding> district = as.call("huyen.duchoa", () -> standings.standings(campaign.id(), day));
        assertThat(district).hasSize(20).allSatisfy(s -> assertThat(s.day().districtName()).isEqualTo("Huyện Đức Hòa"));
        assertThatThrownBy(() -> as.call("xa.duclapha", () -> standings.standings(campaign.id(), day)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
