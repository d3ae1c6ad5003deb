package vn.gov.bluezone.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import db.migration.V7_1__Fill_running_counts;
import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;

/**
 * The campaign record read from the running counts equals the record counted day by day, on the
 * demo campaign 4937 (188 communes, 8 days with late and missing reports), both as the counts are
 * kept on submission and as the V7.1 migration fills them for reports that existed before.
 */
@PortalSpringTest
class CampaignRecordsTest {

    @Autowired
    CommuneStandings standings;
    @Autowired
    CampaignService campaigns;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AsUser as;

    CampaignDetails historic() {
        return HistoricCampaign.of(campaigns);
    }

    void assertSameAsCounted(CampaignDetails campaign) {
        for (LocalDate day = campaign.startDate(); !day.isAfter(LocalDate.of(2020, 8, 20)); day = day.plusDays(1)) {
            LocalDate d = day;
            List<PeriodRecord> fast = as.call("tinh.sotttt", () -> standings.campaignRecords(campaign.id(), d));
            List<PeriodRecord> counted = as.call("tinh.sotttt", () -> standings.periodRecords(campaign.id(),
                    fast.stream().map(PeriodRecord::unitId).toList(), campaign.startDate(), d));
            assertThat(fast).as(d.toString()).hasSize(188).containsExactlyInAnyOrderElementsOf(counted);
        }
    }

    @Test
    void runningCountsKeptOnSubmissionGiveTheCountedRecord() {
        CampaignDetails campaign = historic();
        assertSameAsCounted(campaign);
        assertThat(as.call("tinh.sotttt", () -> standings.campaignRecords(campaign.id(), LocalDate.of(2020, 8, 20))))
                .anySatisfy(r -> assertThat(r.late()).isPositive())
                .anySatisfy(r -> assertThat(r.missing()).isPositive());
    }

    @Test
    void theMigrationFillsTheCountsOfReportsThatExistedBeforeIt() throws Exception {
        CampaignDetails campaign = historic();
        jdbc.update("update daily_report set on_time_to_date = null, late_to_date = null where campaign_id = ?",
                campaign.id());
        try (Connection connection = dataSource.getConnection()) {
            new V7_1__Fill_running_counts().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(jdbc.queryForObject("select count(*) from daily_report where campaign_id = ? and on_time_to_date is null",
                Integer.class, campaign.id())).isZero();
        assertSameAsCounted(campaign);
    }
}
