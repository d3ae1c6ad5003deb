package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.ReportSeeding.SeededReport;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * The demo's reports are written in JDBC batches (issue 17); they must be the rows the JPA entities
 * would have written. The same history is seeded into two campaigns alike: into one by
 * {@link ReportSeeding}, into the other one report at a time through the entity, its repositories
 * and the portal's own look-ups of the day before and after ({@code ReportNeighbours}),
 * as the seeding did before. Every column of the reports, their work, their revisions and the kept
 * standings must then be equal. The history has late days, a missing day, a day already reported
 * (kept as it is), and days given out of order (a day seeded after the day that follows it, which
 * recounts the later reports).
 */
@PortalSpringTest
class ReportSeedingTest {

    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate TARGET = LocalDate.of(2026, 2, 20);

    @Autowired
    ReportSeeding seeding;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    CampaignService campaigns;
    @Autowired
    BaselineService baselines;
    @Autowired
    DailyReportRepository reports;
    @Autowired
    ReportNeighbours neighbours;
    @Autowired
    ReportRevisionRepository revisions;
    @Autowired
    RunningCounts runningCounts;
    @Autowired
    StandingKeeper standings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;

    @Test
    void theBatchesWriteWhatTheEntitiesWrite() {
        CampaignDetails bulk = fixtures.campaign(START, TARGET);
        CampaignDetails oneByOne = fixtures.campaign(START, TARGET);
        List<SeededReport> history = history();

        SystemAccess.runAsSystem(() -> {
            // a day already reported in both campaigns: the seeding keeps it
            List<SeededReport> first = List.of(history.getFirst());
            seeding.seedSubmitted(bulk.id(), first);
            throughEntities(oneByOne.id(), first);

            seeding.seedSubmitted(bulk.id(), history);
            throughEntities(oneByOne.id(), history);
        });

        List<Map<String, Object>> bulkReports = rows("""
                select unit_id, unit_path, report_date, cumulative_installs, population, smartphone_users, other_forms,
                       results, difficulties, proposals, signer_name, signer_title, status, first_submitted_at, submitted,
                       last_submitted_at, on_time_to_date, late_to_date, submitted_by, return_comment, returned_by,
                       returned_at, above_limits, jump_flagged, emailed_at, updated_at, version
                  from daily_report where campaign_id = ? order by unit_id, report_date
                """, bulk.id());
        assertThat(bulkReports).hasSize(history.size())
                .isEqualTo(rows("""
                        select unit_id, unit_path, report_date, cumulative_installs, population, smartphone_users,
                               other_forms, results, difficulties, proposals, signer_name, signer_title, status,
                               first_submitted_at, submitted, last_submitted_at, on_time_to_date, late_to_date,
                               submitted_by, return_comment, returned_by, returned_at, above_limits, jump_flagged,
                               emailed_at, updated_at, version
                          from daily_report where campaign_id = ? order by unit_id, report_date
                        """, oneByOne.id()));
        // the history has both kinds of day, so the running counts were really counted
        assertThat(bulkReports).extracting(r -> ((Number) r.get("late_to_date")).intValue()).contains(0, 1, 2);

        String work = """
                select r.unit_id, r.report_date, w.form_code, w.quantity
                  from daily_report_work w join daily_report r on r.id = w.report_id
                 where r.campaign_id = ? order by r.unit_id, r.report_date, w.form_code
                """;
        assertThat(rows(work, bulk.id())).hasSizeGreaterThan(history.size()).isEqualTo(rows(work, oneByOne.id()));
        String trail = """
                select r.unit_id, r.report_date, v.occurred_at, v.actor, v.action, v.changes
                  from daily_report_revision v join daily_report r on r.id = v.report_id
                 where r.campaign_id = ? order by r.unit_id, r.report_date, v.occurred_at
                """;
        assertThat(rows(trail, bulk.id())).hasSize(history.size()).isEqualTo(rows(trail, oneByOne.id()));
        String kept = """
                select unit_id, last_report_date, last_cumulative, before_last_date, before_last_cumulative,
                       on_time_count, late_count, recent
                  from commune_standing where campaign_id = ? order by unit_id
                """;
        assertThat(rows(kept, bulk.id())).hasSize(2).isEqualTo(rows(kept, oneByOne.id()));

        // and the portal reads them back as it reads its own
        SystemAccess.runAsSystem(() -> {
            UnitSummary commune = hierarchy.getByCode("27958");
            List<DailyReport> read = reports.findForUnit(bulk.id(), commune.id());
            assertThat(read).extracting(DailyReport::getReportDate).first().isEqualTo(START);
            assertThat(read.getFirst().getFirstSubmittedAt()).isEqualTo(history.getFirst().submittedAt());
            assertThat(read.getFirst().getWork()).isEqualTo(history.getFirst().work());
        });
    }

    /**
     * Two communes over ten days: one submitting in the morning or after the 15:00 cut-off, with a
     * day missing; the other with two days seeded after the days that follow them.
     */
    private List<SeededReport> history() {
        UnitSummary ducLapHa = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27958"));
        UnitSummary tanPhu = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961"));
        List<SeededReport> history = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            if (day != 4) {
                history.add(report(ducLapHa, day, day % 3 == 2 ? LocalTime.of(16, day) : LocalTime.of(8, 30 + day)));
            }
        }
        for (int day : new int[] {0, 1, 3, 2, 4, 6, 7, 5, 8, 9}) {
            history.add(report(tanPhu, day, day % 4 == 1 ? LocalTime.of(17, 15) : LocalTime.of(10, day)));
        }
        return history;
    }

    private static SeededReport report(UnitSummary commune, int day, LocalTime at) {
        LocalDate date = START.plusDays(day);
        Map<String, Long> work = new LinkedHashMap<>();
        work.put("HOUSEHOLDS", 20L + day);
        if (day % 2 == 0) {
            work.put("LOUDSPEAKER", 1L + day);
        }
        // a day submitted late may be submitted the next morning, after later days were written
        Instant submittedAt = date.atTime(at).atZone(PortalTime.ZONE).toInstant();
        return new SeededReport(commune, date, 1000 + 37L * day, work, "Đã vận động " + (20 + day) + " hộ.",
                "Nguyễn Văn An", submittedAt);
    }

    /** The seeding as it was before the batches: one report at a time through the entity. */
    private void throughEntities(long campaignId, List<SeededReport> seeded) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            CampaignDetails campaign = campaigns.get(campaignId);
            for (SeededReport day : seeded) {
                long unitId = day.commune().id();
                if (reports.findDay(campaignId, unitId, day.date()).isPresent()) {
                    continue;
                }
                ReportNeighbours.Around around = neighbours.around(campaignId, unitId, day.date());
                Neighbour previous = around.previous().orElse(null);
                boolean laterReportsExist = around.next().isPresent();
                var baseline = baselines.baseline(campaignId, unitId);
                DailyReport report = new DailyReport(campaignId, unitId, day.commune().path(), day.date(),
                        baseline.population(), baseline.smartphoneUsers());
                report.fill(new ReportInput(null, 0, campaignId, day.date(), day.cumulative(), day.work(), null,
                        day.results(), null, null, day.signer(), null, true, true), false, false, day.submittedAt());
                report.seedSubmission(ReportSeeding.DEMO_ACTOR, day.submittedAt());
                runningCounts.count(report, campaign, day.submittedAt(), previous, laterReportsExist);
                report = reports.saveAndFlush(report);
                revisions.save(new ReportRevision(report.getId(), day.submittedAt(), ReportSeeding.DEMO_ACTOR,
                        RevisionAction.SUBMITTED, null));
                // the recount of later reports bypasses the persistence context: read them afresh
                entityManager.flush();
                entityManager.clear();
            }
            standings.rebuild(campaignId);
        });
    }

    private List<Map<String, Object>> rows(String sql, long campaignId) {
        return jdbc.queryForList(sql, campaignId);
    }
}
