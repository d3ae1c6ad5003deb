package vn.gov.bluezone.reporting;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.Baseline;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * Writes report history for the demo data, as the system: a report submitted at a chosen time, by
 * the account "demo", with none of the form's checks and no revision trail beyond its submission.
 * Only the {@code demo} module calls it ({@code ReportSeedingUseTest}); the portal's own reports
 * go through {@link DailyReportService}.
 */
@Service
public class ReportSeeding {

    static final String DEMO_ACTOR = "demo";

    private final DailyReportRepository reports;
    private final CampaignService campaigns;
    private final BaselineService baselines;
    private final RunningCounts runningCounts;
    private final StandingKeeper standings;

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    ReportSeeding(DailyReportRepository reports, CampaignService campaigns, BaselineService baselines,
            RunningCounts runningCounts, StandingKeeper standings, EntityManager entityManager, JdbcTemplate jdbc) {
        this.standings = standings;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.reports = reports;
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.runningCounts = runningCounts;
    }

    /** One submitted report of the demo's history: a commune's figures of a day, stamped {@code submittedAt}. */
    public record SeededReport(UnitSummary commune, LocalDate date, long cumulative, Map<String, Long> work,
            String results, String signer, Instant submittedAt) {
    }

    /**
     * Submitted reports of a campaign, in one transaction; a commune that already has a report that
     * day keeps it. The campaign, its baselines and its reports are read once (not a query or two
     * per commune), and a commune's days before and after are then found in memory, as
     * {@code findDay} and {@link ReportNeighbours} would find them; the running counts
     * are counted on the new entities in memory, as a submission counts them. The entities are then
     * not saved one by one: their ids are the database's own (IDENTITY), so Hibernate inserts each
     * alone, and the demo's 2,064 reports (1,426 of them campaign 4937's) took seconds of its first
     * start (issue 17). They are written in JDBC batches instead ({@link #write}), column for
     * column as the entity maps them ({@code ReportSeedingTest} compares the two). The campaign's
     * kept standings are rebuilt from its reports at the end (decision 0036). Give a commune's days
     * in date order: a day seeded before a stored or pending later one writes what is pending,
     * recounts the later ones in the database, and the commune's reports are read again.
     */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void seedSubmitted(long campaignId, List<SeededReport> seeded) {
        CampaignDetails campaign = campaigns.get(campaignId);
        Map<Long, Baseline> baselineOf = new HashMap<>();
        baselines.baselines(campaignId, null, Pageable.unpaged()).forEach(b -> baselineOf.put(b.unitId(), b));
        Map<Long, NavigableMap<LocalDate, DailyReport>> reportsOf = new HashMap<>();
        reports.findForCampaign(campaignId).forEach(r -> reportsOf.computeIfAbsent(r.getUnitId(), id -> new TreeMap<>())
                .putIfAbsent(r.getReportDate(), r));
        List<DailyReport> pending = new ArrayList<>();
        for (SeededReport day : seeded) {
            UnitSummary commune = day.commune();
            Baseline baseline = baselineOf.get(commune.id());
            if (baseline == null) {
                // as BaselineService.baseline: no baseline of the commune, or not the caller's
                throw new OutOfScopeException();
            }
            NavigableMap<LocalDate, DailyReport> days = reportsOf.computeIfAbsent(commune.id(), id -> new TreeMap<>());
            if (days.containsKey(day.date())) {
                continue;
            }
            DailyReport previous = days.headMap(day.date(), false).descendingMap().values().stream()
                    .filter(r -> r.getFirstSubmittedAt() != null).findFirst().orElse(null);
            boolean laterReportsExist = days.tailMap(day.date(), false).values().stream()
                    .anyMatch(r -> r.getFirstSubmittedAt() != null);
            DailyReport report = new DailyReport(campaignId, commune.id(), commune.path(), day.date(),
                    baseline.population(), baseline.smartphoneUsers());
            report.fill(new ReportInput(null, 0, campaignId, day.date(), day.cumulative(), day.work(), null,
                    day.results(), null, null, day.signer(), null, true, true), false, false, day.submittedAt());
            report.seedSubmission(DEMO_ACTOR, day.submittedAt());
            if (laterReportsExist) {
                // the later reports are recounted where they are stored: store what is pending first
                write(campaignId, pending);
            }
            runningCounts.count(report, campaign, day.submittedAt(), Neighbour.of(previous), laterReportsExist);
            pending.add(report);
            if (laterReportsExist) {
                write(campaignId, pending);
                // the recount bypassed the persistence context: read the commune's reports afresh
                entityManager.clear();
                reportsOf.put(commune.id(), reports.findForUnit(campaignId, commune.id()).stream().collect(
                        Collectors.toMap(DailyReport::getReportDate, r -> r, (a, b) -> a, TreeMap::new)));
            } else {
                days.put(day.date(), report);
            }
        }
        write(campaignId, pending);
        entityManager.flush();
        standings.rebuild(campaignId);
    }

    private static final String INSERT_REPORT = """
            insert into daily_report (campaign_id, unit_id, unit_path, report_date, cumulative_installs, population,
                   smartphone_users, other_forms, results, difficulties, proposals, signer_name, signer_title, status,
                   first_submitted_at, submitted, last_submitted_at, on_time_to_date, late_to_date, submitted_by,
                   return_comment, returned_by, returned_at, above_limits, jump_flagged, emailed_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final int BATCH = 500;

    /**
     * Inserts new report entities, their work and their submission in the revision trail in JDBC
     * batches, in the transaction's connection, and empties the list. Every column the entity maps
     * is written as Hibernate writes it: instants as UTC date-times ({@code hibernate.jdbc.time_zone}),
     * enums by name, the version at 0. The new ids are the database's; they are read back by the
     * reports' unique key (campaign, commune, day) rather than from the batch's generated keys,
     * which drivers return differently for batches.
     */
    private void write(long campaignId, List<DailyReport> pending) {
        if (pending.isEmpty()) {
            return;
        }
        // whatever the transaction changed through JPA is in the database before the batches
        entityManager.flush();
        jdbc.batchUpdate(INSERT_REPORT, pending, BATCH, (statement, report) -> {
            int i = 0;
            statement.setLong(++i, report.getCampaignId());
            statement.setLong(++i, report.getUnitId());
            statement.setString(++i, report.getUnitPath());
            statement.setObject(++i, report.getReportDate());
            statement.setLong(++i, report.getCumulativeInstalls());
            statement.setLong(++i, report.getPopulation());
            statement.setLong(++i, report.getSmartphoneUsers());
            statement.setString(++i, report.getOtherForms());
            statement.setString(++i, report.getResults());
            statement.setString(++i, report.getDifficulties());
            statement.setString(++i, report.getProposals());
            statement.setString(++i, report.getSignerName());
            statement.setString(++i, report.getSignerTitle());
            statement.setString(++i, report.getStatus().name());
            statement.setObject(++i, utc(report.getFirstSubmittedAt()));
            statement.setBoolean(++i, report.isSubmitted());
            statement.setObject(++i, utc(report.getLastSubmittedAt()));
            statement.setObject(++i, report.getOnTimeToDate(), Types.INTEGER);
            statement.setObject(++i, report.getLateToDate(), Types.INTEGER);
            statement.setString(++i, report.getSubmittedBy());
            statement.setString(++i, report.getReturnComment());
            statement.setString(++i, report.getReturnedBy());
            statement.setObject(++i, utc(report.getReturnedAt()));
            statement.setBoolean(++i, report.isAboveLimits());
            statement.setBoolean(++i, report.isJumpFlagged());
            statement.setObject(++i, utc(report.getEmailedAt()));
            statement.setObject(++i, utc(report.getUpdatedAt()));
            statement.setLong(++i, report.getVersion());
        });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, unit_id, report_date from daily_report where campaign_id = ?",
                row -> {
                    ids.put(key(row.getLong("unit_id"), row.getObject("report_date", LocalDate.class)),
                            row.getLong("id"));
                }, campaignId);
        List<Object[]> work = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        for (DailyReport report : pending) {
            long id = ids.get(key(report.getUnitId(), report.getReportDate()));
            report.getWork().forEach((code, quantity) -> work.add(new Object[] {id, code, quantity}));
            submissions.add(new Object[] {id, utc(report.getFirstSubmittedAt()), DEMO_ACTOR,
                    RevisionAction.SUBMITTED.name(), null});
        }
        jdbc.batchUpdate("insert into daily_report_work (report_id, form_code, quantity) values (?, ?, ?)", work,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.BIGINT});
        jdbc.batchUpdate("insert into daily_report_revision (report_id, occurred_at, actor, action, changes) "
                + "values (?, ?, ?, ?, ?)", submissions,
                new int[] {Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.LONGVARCHAR});
        pending.clear();
    }

    private static String key(long unitId, LocalDate date) {
        return unitId + "/" + date;
    }

    /** An instant as the UTC date-time Hibernate stores it ({@code hibernate.jdbc.time_zone: UTC}). */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
