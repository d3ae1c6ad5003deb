package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.bluezone.reporting.ReportFixtures.COMMUNE;
import static vn.gov.bluezone.reporting.ReportFixtures.OTHER_COMMUNE;
import static vn.gov.bluezone.reporting.ReportFixtures.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;

/**
 * The submitted reports either side of a day (the order check, the running counts, the readout)
 * are read through the caller's scope like every other report: another commune, naming this
 * commune's id, finds nothing.
 */
@PortalSpringTest
class ReportNeighboursScopeTest {

    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate MIDDLE = LocalDate.of(2026, 4, 3);

    @Autowired
    DailyReportService reports;
    @Autowired
    ReportNeighbours neighbours;
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
    void anotherCommuneDoesNotSeeTheReportsEitherSideOfADay() {
        clock.set(LocalDateTime.parse("2026-04-01T08:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        CampaignDetails campaign = fixtures.campaign(START, LocalDate.of(2026, 4, 30));
        clock.set(LocalDateTime.parse("2026-04-06T08:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        ReportDetails before = as.call(COMMUNE, () -> reports.submit(input(campaign, LocalDate.of(2026, 4, 2), 1100)));
        ReportDetails after = as.call(COMMUNE, () -> reports.submit(input(campaign, LocalDate.of(2026, 4, 4), 1300)));
        long commune = before.unitId();

        assertThat(as.call(COMMUNE, () -> neighbours.previous(campaign.id(), commune, MIDDLE)))
                .contains(new Neighbour(before.reportDate(), 1100, 0, 1));
        assertThat(as.call(COMMUNE, () -> neighbours.around(campaign.id(), commune, MIDDLE).next()))
                .map(Neighbour::reportDate).contains(after.reportDate());
        assertThat(as.call("huyen.duchoa", () -> neighbours.previous(campaign.id(), commune, MIDDLE)))
                .map(Neighbour::reportDate).contains(before.reportDate());

        Optional<Neighbour> previousForOther = as.call(OTHER_COMMUNE,
                () -> neighbours.previous(campaign.id(), commune, MIDDLE));
        Optional<Neighbour> nextForOther = as.call(OTHER_COMMUNE,
                () -> neighbours.around(campaign.id(), commune, MIDDLE).next());
        assertThat(previousForOther).isEmpty();
        assertThat(nextForOther).isEmpty();
        assertThat(neighbours.previous(campaign.id(), commune, MIDDLE)).as("nobody signed in").isEmpty();
    }
}
