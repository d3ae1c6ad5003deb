package vn.gov.bluezone.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.KeptReport;
import vn.gov.bluezone.reporting.ReportingRules;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.Requires;

/**
 * The one read model of where each commune stands in a campaign on a day: the figure in force, the
 * status of each day and the reporting records. The oversight grids and the compliance board both
 * read it, so a day is on time, late, missing or pending by one computation ({@link #status}).
 *
 * <p>A commune's standing is read from its kept row ({@code commune_standing}, kept up to date in
 * the submitting transaction: decision 0036) for any day on or after its latest report, which is
 * every commune on today's board; for an earlier day it is computed from the reports (the day's
 * grid row through the indexes of decision 0012, and the window's reports).
 */
@Service
@Transactional(readOnly = true)
public class CommuneStandings {

    /** How many days back a standing looks, the board day included. */
    public static final int RECENT_DAYS = 7;

    private final OversightService oversight;
    private final CampaignService campaigns;
    private final NamedParameterJdbcTemplate jdbc;
    private final Callers callers;
    private final Clock clock;

    CommuneStandings(OversightService oversight, CampaignService campaigns, NamedParameterJdbcTemplate jdbc,
            Callers callers, Clock clock) {
        this.oversight = oversight;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.callers = callers;
        this.clock = clock;
    }

    /** Every commune of the campaign in the caller's scope as of the day, in path order. */
    @Requires(Permission.READ_OVERSIGHT)
    public List<CommuneStanding> standings(long campaignId, LocalDate day) {
        return standings(campaigns.get(campaignId), day);
    }

    /**
     * The same for a campaign the caller has just read ({@code CampaignService.get}, whose
     * visibility check it was): a board reads the campaign once, not once per layer. The communes
     * are still those of the caller's scope (the query's path condition), so a campaign of
     * another province gives none.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public List<CommuneStanding> standings(CampaignDetails campaign, LocalDate day) {
        return standings(campaign, day, oversight.keptAnswers(campaign.id(), day));
    }

    /**
     * The standings, read from the kept standings where they answer (a commune whose latest report
     * is on or before the day: decision 0036), or computed from the reports alone ({@code kept}
     * false, the test that compares the two).
     */
    @Requires(Permission.READ_OVERSIGHT)
    List<CommuneStanding> standings(CampaignDetails campaign, LocalDate day, boolean kept) {
        long campaignId = campaign.id();
        List<CommuneDayRow> rows = oversight.communes(campaign, OversightFilter.of(campaignId, day),
                Pageable.unpaged(), kept).getContent();
        Map<Long, Recent> recent = kept
                ? keptRecent(List.of(campaignId), day).getOrDefault(campaignId, new HashMap<>())
                : new HashMap<>();
        return standings(campaign, day, rows, recent, clock.instant());
    }

    /**
     * The standings of several campaigns the caller has just read, by campaign in the order given,
     * for the national board: every running province's board on a day in one pass (issue 17). The
     * campaigns the kept standings answer for (today's boards) are read together, a few statements
     * in all rather than four per campaign; any other is read as {@link #standings(CampaignDetails,
     * LocalDate)} reads it. Each campaign's standings equal that method's ({@code NationalBoardTest}).
     */
    @Requires(Permission.READ_OVERSIGHT)
    public Map<Long, List<CommuneStanding>> standings(List<CampaignDetails> campaigns, LocalDate day) {
        Set<Long> kept = oversight.keptAnswering(campaigns.stream().map(CampaignDetails::id).toList(), day);
        List<CampaignDetails> together = campaigns.stream().filter(c -> kept.contains(c.id())).toList();
        Map<Long, List<CommuneDayRow>> rows = together.isEmpty() ? Map.of() : oversight.keptCommunes(together, day);
        Map<Long, Map<Long, Recent>> recent = keptRecent(List.copyOf(kept), day);
        Instant now = clock.instant();
        Map<Long, List<CommuneStanding>> standings = new LinkedHashMap<>();
        for (CampaignDetails campaign : campaigns) {
            standings.put(campaign.id(), kept.contains(campaign.id())
                    ? standings(campaign, day, rows.get(campaign.id()),
                            recent.getOrDefault(campaign.id(), new HashMap<>()), now)
                    : standings(campaign, day, false));
        }
        return standings;
    }

    /**
     * The standings of a campaign's rows of the day, with the recent reports already read for the
     * communes whose kept standing answers; the others' are read from the reports here.
     */
    private List<CommuneStanding> standings(CampaignDetails campaign, LocalDate day, List<CommuneDayRow> rows,
            Map<Long, Recent> recent, Instant now) {
        long campaignId = campaign.id();
        LocalDate from = day.minusDays(RECENT_DAYS - 1L);
        List<Long> missing = rows.stream().map(CommuneDayRow::unitId).filter(id -> !recent.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<Long, Map<LocalDate, Submission>> reported = submissions(campaignId, from.minusDays(1), day);
            Map<Long, Long> beforeWindow = figuresBefore(campaignId, from, missing.stream()
                    .filter(id -> reportedInsideOnly(reported.getOrDefault(id, Map.of()), from, day)).toList());
            missing.forEach(id -> recent.put(id,
                    new Recent(reported.getOrDefault(id, Map.of()), beforeWindow.get(id))));
        }
        List<CommuneStanding> standings = new ArrayList<>(rows.size());
        for (CommuneDayRow row : rows) {
            Recent own = recent.get(row.unitId());
            standings.add(new CommuneStanding(row, recordSoFar(row, campaign, day, now),
                    recentDays(own.submissions(), row, own.beforeWindow(), campaign, from, day, now)));
        }
        return standings;
    }

    /**
     * A commune's submitted reports of the window and the day before it, and the figure in force
     * before the window when they do not tell it.
     */
    private record Recent(Map<LocalDate, Submission> submissions, Long beforeWindow) {
    }

    /**
     * The recent reports of every commune of these campaigns whose kept standing answers for the
     * day, by campaign and commune:
     * its latest report is on or before the day, so the kept reports (the eight latest) hold every
     * report of the window and the day before it, and the latest one before the window when there
     * is one (else the figure before the window is the installs at the start). A commune without a
     * kept row has never reported. Communes whose latest report is after the day are left out.
     */
    private Map<Long, Map<Long, Recent>> keptRecent(List<Long> campaignIds, LocalDate day) {
        Map<Long, Map<Long, Recent>> recent = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return recent;
        }
        LocalDate from = day.minusDays(RECENT_DAYS - 1L);
        jdbc.query("""
                select b.campaign_id, b.unit_id, b.installs_at_start, s.recent from campaign_baseline b
                  left join commune_standing s on s.campaign_id = b.campaign_id and s.unit_id = b.unit_id
                 where b.campaign_id in (:campaigns) and (s.last_report_date is null or s.last_report_date <= :day)
                """, new MapSqlParameterSource().addValue("campaigns", campaignIds).addValue("day", day), rs -> {
                    Map<LocalDate, Submission> window = new HashMap<>();
                    Long before = null;
                    for (KeptReport report : KeptReport.decode(rs.getString("recent"))) {
                        if (!report.date().isBefore(from.minusDays(1))) {
                            window.put(report.date(), new Submission(report.firstSubmittedAt(), report.cumulative(),
                                    report.withoutWork() ? 0 : 1, report.aboveLimits(), report.jumpFlagged()));
                        } else if (before == null) {
                            before = report.cumulative();
                        }
                    }
                    recent.computeIfAbsent(rs.getLong("campaign_id"), id -> new HashMap<>()).put(rs.getLong("unit_id"),
                            new Recent(window, before != null ? before : rs.getLong("installs_at_start")));
                });
        return recent;
    }

    /**
     * Whether a commune sent nothing the day before the window but reported inside it before the
     * board day: then neither that day's report nor the day's row tells the figure in force when
     * the window opens, and it is read ({@link #figuresBefore}).
     */
    private static boolean reportedInsideOnly(Map<LocalDate, Submission> own, LocalDate from, LocalDate day) {
        return !own.containsKey(from.minusDays(1))
                && own.keySet().stream().anyMatch(d -> !d.isBefore(from) && d.isBefore(day));
    }

    /**
     * The figure in force before {@code from} of these communes: their latest submitted report
     * before it, else their installs at the start (the grid's rule of the figure in force).
     */
    private Map<Long, Long> figuresBefore(long campaignId, LocalDate from, List<Long> unitIds) {
        Map<Long, Long> figures = new HashMap<>();
        if (unitIds.isEmpty()) {
            return figures;
        }
        jdbc.query("""
                select b.unit_id, coalesce(
                       (select r.cumulative_installs from daily_report r
                         where r.unit_id = b.unit_id and r.campaign_id = b.campaign_id and r.submitted = true
                           and r.report_date < :from
                         order by r.report_date desc limit 1),
                       b.installs_at_start) as figure
                  from campaign_baseline b
                 where b.campaign_id = :campaign and b.unit_id in (:units)
                """, new MapSqlParameterSource().addValue("campaign", campaignId).addValue("from", from)
                .addValue("units", unitIds), rs -> {
                    figures.put(rs.getLong("unit_id"), rs.getLong("figure"));
                });
        return figures;
    }

    /**
     * Every commune's reporting record over the whole campaign up to a day, from the running counts
     * of its latest report on or before the day: the same figures as {@link #periodRecords} from the
     * start, at the cost of the day's grid, whatever the length of the campaign.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public List<PeriodRecord> campaignRecords(long campaignId, LocalDate day) {
        CampaignDetails campaign = campaigns.get(campaignId);
        Instant now = clock.instant();
        return oversight.communes(campaign, OversightFilter.of(campaignId, day), Pageable.unpaged(),
                oversight.keptAnswers(campaignId, day)).stream().map(row -> recordSoFar(row, campaign, day, now))
                .toList();
    }

    /** A page of communes for the day of the filter, each with its reporting record since {@code from}. */
    @Requires(Permission.READ_OVERSIGHT)
    public Page<CommunePeriodRow> communesOverPeriod(OversightFilter filter, LocalDate from, Pageable pageable) {
        Page<CommuneDayRow> page = oversight.communes(filter, pageable);
        Map<Long, PeriodRecord> records = new HashMap<>();
        periodRecords(filter.campaignId(), page.stream().map(CommuneDayRow::unitId).toList(),
                from == null || from.isAfter(filter.day()) ? filter.day() : from, filter.day())
                .forEach(record -> records.put(record.unitId(), record));
        return page.map(row -> new CommunePeriodRow(row, records.get(row.unitId())));
    }

    /**
     * Each commune of a page with its reporting record over a period: how many days of
     * [from, to] were on time, late and missing (days after today are not counted).
     */
    @Requires(Permission.READ_OVERSIGHT)
    public List<PeriodRecord> periodRecords(long campaignId, List<Long> unitIds, LocalDate from, LocalDate to) {
        CampaignDetails campaign = campaigns.get(campaignId);
        if (unitIds.isEmpty()) {
            return List.of();
        }
        LocalDate first = from.isBefore(campaign.startDate()) ? campaign.startDate() : from;
        Instant now = clock.instant();
        Map<Long, Map<LocalDate, Instant>> submitted = new HashMap<>();
        jdbc.query("""
                select r.unit_id, r.report_date, r.first_submitted_at from daily_report r
                 where r.campaign_id = :campaign and r.unit_id in (:units) and r.report_date between :from and :to
                   and r.unit_path like :scope and r.first_submitted_at is not null
                """, new MapSqlParameterSource().addValue("campaign", campaignId).addValue("units", unitIds)
                .addValue("from", first).addValue("to", to).addValue("scope", callers.current().scope().likePattern()),
                rs -> {
                    submitted.computeIfAbsent(rs.getLong("unit_id"), id -> new HashMap<>())
                            .put(rs.getObject("report_date", LocalDate.class), instant(rs, "first_submitted_at"));
                });
        List<PeriodRecord> records = new ArrayList<>();
        for (long unitId : unitIds) {
            Map<DayStatus, Integer> counts = new HashMap<>();
            Map<LocalDate, Instant> own = submitted.getOrDefault(unitId, Map.of());
            for (LocalDate day = first; !day.isAfter(to); day = day.plusDays(1)) {
                counts.merge(status(campaign, day, own.get(day), now), 1, Integer::sum);
            }
            records.add(new PeriodRecord(unitId, counts.getOrDefault(DayStatus.ON_TIME, 0),
                    counts.getOrDefault(DayStatus.LATE, 0), counts.getOrDefault(DayStatus.MISSING, 0)));
        }
        return records;
    }

    /**
     * The status of a commune-day: the one place the read side applies the cut-off rule of
     * {@link ReportingRules#status} (decision 0007).
     */
    static DayStatus status(CampaignDetails campaign, LocalDate day, Instant firstSubmittedAt, Instant now) {
        return ReportingRules.status(day, campaign.cutoffTime(), firstSubmittedAt, now);
    }

    /**
     * A commune's record from the start of the campaign to a day, from its row of that day: the
     * running counts give on time and late; every other day that has passed its cut-off is missing
     * (days after today, and today before the cut-off, are not counted).
     */
    private static PeriodRecord recordSoFar(CommuneDayRow row, CampaignDetails campaign, LocalDate day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, PortalTime.ZONE);
        LocalDate last = day.isAfter(today) ? today : day;
        long days = last.isBefore(campaign.startDate()) ? 0
                : ChronoUnit.DAYS.between(campaign.startDate(), last) + 1;
        boolean lastDayOpen = status(campaign, last, null, now) == DayStatus.PENDING;
        boolean pending = lastDayOpen && !(last.equals(day) && row.reported());
        long missing = Math.max(0, days - row.onTimeSoFar() - row.lateSoFar() - (pending ? 1 : 0));
        return new PeriodRecord(row.unitId(), row.onTimeSoFar(), row.lateSoFar(), (int) missing);
    }

    /**
     * The recent days of one commune, oldest first. The figure in force when the window opens is
     * the report of the day before it; else, for a commune that reported inside the window, the
     * figure read before it ({@code beforeWindow}); else the figure the day's row carried from
     * before the day (nothing was reported in between).
     */
    private static List<StandingDay> recentDays(Map<LocalDate, Submission> own, CommuneDayRow row, Long beforeWindow,
            CampaignDetails campaign, LocalDate from, LocalDate day, Instant now) {
        Submission before = own.get(from.minusDays(1));
        long carried = before != null ? before.cumulative()
                : beforeWindow != null ? beforeWindow : row.cumulative() - row.newSincePrevious();
        List<StandingDay> days = new ArrayList<>(RECENT_DAYS);
        for (LocalDate d = from; !d.isAfter(day); d = d.plusDays(1)) {
            if (d.isBefore(campaign.startDate())) {
                continue;
            }
            Submission submission = own.get(d);
            DayStatus status = status(campaign, d, submission == null ? null : submission.at(), now);
            if (status == DayStatus.PENDING) {
                continue;
            }
            if (submission == null) {
                days.add(new StandingDay(d, status, carried, true, false, false));
            } else {
                carried = submission.cumulative();
                days.add(new StandingDay(d, status, carried, submission.workForms() == 0, submission.aboveLimits(),
                        submission.jumpFlagged()));
            }
        }
        return days;
    }

    /** The submitted reports of a period in the caller's scope, by commune and day. */
    private Map<Long, Map<LocalDate, Submission>> submissions(long campaignId, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Submission>> byUnit = new HashMap<>();
        jdbc.query("""
                select r.unit_id, r.report_date, r.first_submitted_at, r.cumulative_installs, r.above_limits,
                       r.jump_flagged, (select count(*) from daily_report_work w where w.report_id = r.id) as work_forms
                  from daily_report r
                 where r.campaign_id = :campaign and r.report_date between :from and :to and r.unit_path like :scope
                   and r.first_submitted_at is not null
                """, new MapSqlParameterSource().addValue("campaign", campaignId).addValue("from", from)
                .addValue("to", to).addValue("scope", callers.current().scope().likePattern()), rs -> {
                    byUnit.computeIfAbsent(rs.getLong("unit_id"), id -> new HashMap<>()).put(
                            rs.getObject("report_date", LocalDate.class),
                            new Submission(instant(rs, "first_submitted_at"), rs.getLong("cumulative_installs"),
                                    rs.getInt("work_forms"), rs.getBoolean("above_limits"),
                                    rs.getBoolean("jump_flagged")));
                });
        return byUnit;
    }

    /** Instants are stored as UTC wall-clock DATETIME (hibernate.jdbc.time_zone=UTC), whatever the JVM zone. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private record Submission(Instant at, long cumulative, int workForms, boolean aboveLimits, boolean jumpFlagged) {
    }
}
