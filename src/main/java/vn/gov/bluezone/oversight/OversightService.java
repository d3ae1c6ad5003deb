package vn.gov.bluezone.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.reporting.ReportStatus;
import vn.gov.bluezone.reporting.ReportingRules;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * The oversight grids: one SQL statement per page and one for the totals, over the campaign's
 * baselines (every commune that should report) left-joined to the day's reports, limited to the
 * caller's scope by path. A row's status and the records over days come from
 * {@link CommuneStandings}, the read model the compliance board reads too.
 */
@Service
@Transactional(readOnly = true)
public class OversightService {


    /**
     * The figure in force before the day and the running counts, as joins on the per-commune rows
     * b: the commune's kept standing s (decision 0036) answers for any day on or after its latest
     * report, which is every commune on today's board and grid; for an earlier day the latest
     * submitted report before it, pr, is looked up (two index dives per commune), only then (a
     * CASE evaluates the branch it takes). {@code :kept} false ignores the kept standings, so the
     * figures come from the reports alone (the test that compares the two).
     */
    private static final String KEPT_OR_PREVIOUS = """
              left join commune_standing s STANDING_INDEX on :kept = true and s.campaign_id = b.campaign_id and s.unit_id = b.unit_id
              left join daily_report pr on pr.id = case when :kept = false or s.last_report_date > :day then coalesce(
                        (select r1.id from daily_report r1
                          where r1.campaign_id = b.campaign_id and r1.unit_id = b.unit_id
                            and r1.report_date = :dayBefore and r1.submitted = true),
                        (select r2.id from daily_report r2
                          where r2.unit_id = b.unit_id and r2.campaign_id = b.campaign_id and r2.submitted = true
                            and r2.report_date < :day
                          order by r2.report_date desc limit 1)) end
            """;

    /**
     * Every commune of the campaign in scope with the figure in force on the day. The table alias
     * is t; {@code b.DENOMINATOR} is replaced by the campaign's column ({@link #base}).
     */
    private static final String BASE = """
            select b.campaign_id as campaign_id, u.id as unit_id, u.code as code, u.name as name, u.path as path,
                   u.name_sort as name_sort,
                   d.id as district_id, d.code as district_code, d.name as district_name,
                   b.population as population, b.smartphone_users as smartphone_users,
                   b.installs_at_start as installs_at_start, b.DENOMINATOR as denominator,
                   r.id as report_id, r.status as report_status, r.first_submitted_at as first_submitted_at,
                   case when r.first_submitted_at is not null then r.cumulative_installs end as day_cumulative,
                   oc.installs as official,
                   case when pr.id is not null then pr.cumulative_installs
                        when s.last_report_date < :day then s.last_cumulative
                        when s.last_report_date = :day then s.before_last_cumulative end as previous,
                   case when pr.id is not null then pr.report_date
                        when s.last_report_date < :day then s.last_report_date
                        when s.last_report_date = :day then s.before_last_date end as previous_date,
                   case when r.first_submitted_at is not null then r.on_time_to_date
                        when pr.id is not null then pr.on_time_to_date
                        when s.last_report_date < :day then s.on_time_count end as on_time_so_far,
                   case when r.first_submitted_at is not null then r.late_to_date
                        when pr.id is not null then pr.late_to_date
                        when s.last_report_date < :day then s.late_count end as late_so_far
              from campaign_baseline b
              join administrative_unit u on u.id = b.unit_id
              left join administrative_unit d on d.id = u.parent_id and d.unit_level = 'DISTRICT'
              left join daily_report r DAY_REPORT_INDEX on r.campaign_id = b.campaign_id and r.unit_id = b.unit_id
                        and r.report_date = :day
            """ + KEPT_OR_PREVIOUS + """
              left join official_count oc on oc.campaign_id = b.campaign_id and oc.unit_id = b.unit_id and oc.count_date = :day
             where b.campaign_id in (:campaigns) and u.path like :scope
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignService campaigns;
    private final Callers callers;
    private final Clock clock;

    /**
     * The day's report of each commune is one row of the unique key (campaign, commune, day); but for
     * one campaign MariaDB's optimiser reads it through {@code ix_report_latest} (commune, campaign,
     * ...), that is every report of the commune so far: 9,608 rows for Tây Ninh's 95 communes on the
     * 100th day, 28 ms instead of 6 (docs/benchmarks.md). On MariaDB the join names the key; H2 (the
     * embedded default) has no such hint and needs none. Named from the URL, as the scheduler's lock
     * does, not detected on a first connection. Likewise the kept standing of each commune is one row
     * of its primary key, but for several campaigns at once (the national board) MariaDB 10.11 joined
     * it by scanning the whole table for each commune: 7–9 s instead of 0.2 s for the 34 campaigns of
     * 2025, with statistics fresh or not.
     */
    private final boolean mariaDb;

    OversightService(NamedParameterJdbcTemplate jdbc, CampaignService campaigns, Callers callers, Clock clock,
            @Value("${spring.datasource.url}") String url) {
        this.mariaDb = url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.callers = callers;
        this.clock = clock;
    }

    /** One page of communes, in path order (district by district). */
    @Requires(Permission.READ_OVERSIGHT)
    public Page<CommuneDayRow> communes(OversightFilter filter, Pageable pageable) {
        return communes(campaigns.get(filter.campaignId()), filter, pageable,
                keptAnswers(filter.campaignId(), filter.day()));
    }

    /**
     * Whether the kept standings answer for every commune of the campaign on the day: no commune
     * has reported after it (today's and every later day's grid). Then they are read; otherwise
     * (an earlier day) the figures come from the reports, as fast as before the standings were
     * kept, rather than through the kept row and a fallback for each commune (decision 0036).
     */
    boolean keptAnswers(long campaignId, LocalDate day) {
        return keptAnswering(List.of(campaignId), day).contains(campaignId);
    }

    /**
     * The page of a campaign already read (the read model's, once per board), with the figures from
     * the kept standings where they answer, or from the reports alone.
     */
    @Requires(Permission.READ_OVERSIGHT)
    Page<CommuneDayRow> communes(CampaignDetails campaign, OversightFilter filter, Pageable pageable, boolean kept) {
        Query query = query(campaign, filter, kept);
        String page = "select * from (" + query.base + ") t where " + query.where + " order by " + orderBy(pageable)
                + (pageable.isPaged() ? " limit " + pageable.getPageSize() + " offset " + pageable.getOffset() : "");
        List<CommuneDayRow> rows = jdbc.query(page, query.params, (rs, n) -> row(rs, campaign, filter.day()));
        long total = pageable.isUnpaged() ? rows.size() : jdbc.queryForObject(
                "select count(*) from (" + query.base + ") t where " + query.where, query.params, Long.class);
        return new PageImpl<>(rows, pageable, total);
    }

    /** District subtotals (in path order) followed by the total of everything the filter selects. */
    @Requires(Permission.READ_OVERSIGHT)
    public List<TotalRow> totals(OversightFilter filter) {
        CampaignDetails campaign = campaigns.get(filter.campaignId());
        Query query = query(campaign, filter, keptAnswers(campaign.id(), filter.day()));
        List<TotalRow> rows = new ArrayList<>(jdbc.query("select t.district_code, t.district_name, " + SUMS
                + " from (" + query.base + ") t where " + query.where
                + " group by t.district_code, t.district_name order by t.district_code",
                query.params, (rs, n) -> total(rs, campaign, filter, rs.getString("district_code"), rs.getString("district_name"))));
        rows.add(total(campaign, filter));
        rows.removeIf(row -> row.communes() == 0 && row.districtCode() != null);
        return rows;
    }

    /** The total of everything the filter selects, without the district subtotals. */
    @Requires(Permission.READ_OVERSIGHT)
    public TotalRow total(OversightFilter filter) {
        return total(campaigns.get(filter.campaignId()), filter);
    }

    private TotalRow total(CampaignDetails campaign, OversightFilter filter) {
        Query query = query(campaign, filter, keptAnswers(campaign.id(), filter.day()));
        return jdbc.query("select " + SUMS + " from (" + query.base + ") t where " + query.where,
                query.params, (rs, n) -> total(rs, campaign, filter, null, null)).getFirst();
    }

    /** The sums of a total row over the per-commune rows {@code t} of {@link #query}. */
    private static final String SUMS = """
                count(*) as communes,
                sum(case when t.first_submitted_at is not null and t.first_submitted_at <= :cutoff then 1 else 0 end) as on_time,
                sum(case when t.first_submitted_at > :cutoff then 1 else 0 end) as late,
                sum(case when t.first_submitted_at is null then 1 else 0 end) as unreported,
                sum(case when t.report_status = 'RETURNED' then 1 else 0 end) as returned,
                sum(coalesce(t.day_cumulative, t.previous, t.installs_at_start)) as cumulative,
                sum(t.population) as population, sum(t.smartphone_users) as smartphone_users,
                sum(t.denominator) as denominator, sum(t.installs_at_start) as installs_at_start,
                sum(t.official) as official, count(t.official) as with_official,
                sum(case when t.day_cumulative is null and t.previous is not null then 1 else 0 end) as carried,
                sum(case when t.day_cumulative is null and t.previous is null then 1 else 0 end) as without_figure
                """;

    /**
     * The coverage of the filtered communes (typically one district) day by day: the figure in force
     * each day against the target pace, for the dashboard's line.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public List<CoveragePoint> coverageSeries(OversightFilter filter, LocalDate from, LocalDate to) {
        CampaignDetails campaign = campaigns.get(filter.campaignId());
        List<CoveragePoint> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            OversightFilter daily = new OversightFilter(filter.campaignId(), day, filter.districtCode(), null, null, null);
            TotalRow total = total(campaign, daily);
            points.add(new CoveragePoint(day, total.cumulative(), total.denominator(), total.paceInstalls()));
        }
        return points;
    }

    /** The coverage series of the last {@code days} days up to the filter's day, from the campaign start at most. */
    @Requires(Permission.READ_OVERSIGHT)
    public List<CoveragePoint> recentCoverage(OversightFilter filter, int days) {
        LocalDate start = campaigns.get(filter.campaignId()).startDate();
        LocalDate from = filter.day().minusDays(days - 1L);
        if (filter.day().isBefore(start)) {
            return List.of();
        }
        return coverageSeries(filter, from.isBefore(start) ? start : from, filter.day());
    }

    /**
     * The whole country (or the caller's part of it) on one day: one row per campaign running that
     * day, with its province, communes, reported communes and summed figures.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public List<CampaignTotal> campaignTotals(LocalDate day) {
        String sql = """
                select c.id as campaign_id, c.name as campaign_name, p.code as province_code, p.name as province_name,
                       count(*) as communes,
                       sum(case when r.first_submitted_at is not null then 1 else 0 end) as reported,
                       sum(coalesce(case when r.first_submitted_at is not null then r.cumulative_installs end,
                           case when pr.id is not null then pr.cumulative_installs
                                when s.last_report_date < :day then s.last_cumulative
                                when s.last_report_date = :day then s.before_last_cumulative end,
                           b.installs_at_start)) as cumulative,
                       sum(b.population) as population, sum(b.smartphone_users) as smartphone_users
                  from campaign c
                  join administrative_unit p on p.id = c.province_id
                  join campaign_baseline b on b.campaign_id = c.id
                  join administrative_unit u on u.id = b.unit_id
                  left join daily_report r DAY_REPORT_INDEX on r.campaign_id = b.campaign_id and r.unit_id = b.unit_id
                            and r.report_date = :day
                """ + KEPT_OR_PREVIOUS + """
                 where c.status <> 'DRAFT' and c.start_date <= :day and (c.closed_on is null or c.closed_on >= :day)
                   and u.path like :scope
                 group by c.id, c.name, p.code, p.name
                 order by p.code, c.id
                """;
        return jdbc.query(hinted(sql), new MapSqlParameterSource()
                .addValue("day", day).addValue("dayBefore", day.minusDays(1))
                .addValue("kept", true)
                .addValue("scope", callers.current().scope().likePattern()), (rs, n) -> new CampaignTotal(
                rs.getLong("campaign_id"), rs.getString("campaign_name"), rs.getString("province_code"),
                rs.getString("province_name"), rs.getLong("communes"), rs.getLong("reported"), rs.getLong("cumulative"),
                rs.getLong("population"), rs.getLong("smartphone_users")));
    }

    /** Grid sorting, whitelisted: the property names the view uses, mapped to SQL over t. */
    private static String orderBy(Pageable pageable) {
        List<String> orders = new ArrayList<>();
        for (var order : pageable.getSort()) {
            String column = switch (order.getProperty()) {
                case "name" -> "t.name_sort";
                case "district" -> "t.district_code";
                case "submittedAt" -> "t.first_submitted_at";
                case "cumulative" -> "coalesce(t.day_cumulative, t.previous, t.installs_at_start)";
                case "coverage" -> "coalesce(t.day_cumulative, t.previous, t.installs_at_start) * 1.0 / nullif(t.denominator, 0)";
                default -> throw new IllegalArgumentException("Cannot sort by " + order.getProperty());
            };
            orders.add(column + (order.isDescending() ? " desc" : " asc"));
        }
        orders.add("t.path");
        return String.join(", ", orders);
    }

    private record Query(String base, String where, MapSqlParameterSource params) {
    }

    private Query query(CampaignDetails campaign, OversightFilter filter, boolean kept) {
        Instant cutoff = ReportingRules.cutoff(filter.day(), campaign.cutoffTime());
        boolean afterCutoff = clock.instant().isAfter(cutoff);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("campaigns", List.of(campaign.id()))
                .addValue("day", filter.day()).addValue("dayBefore", filter.day().minusDays(1))
                .addValue("kept", kept)
                .addValue("scope", callers.current().scope().likePattern())
                .addValue("cutoff", LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC));
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.districtCode() != null) {
            where.append(" and t.district_code = :district");
            params.addValue("district", filter.districtCode());
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case ON_TIME -> " and t.first_submitted_at is not null and t.first_submitted_at <= :cutoff";
                case LATE -> " and t.first_submitted_at > :cutoff";
                case MISSING -> afterCutoff ? " and t.first_submitted_at is null" : " and 1 = 0";
                case PENDING -> afterCutoff ? " and 1 = 0" : " and t.first_submitted_at is null";
            });
        }
        String effective = "coalesce(t.day_cumulative, t.previous, t.installs_at_start)";
        if (filter.coverageFromPercent() != null) {
            where.append(" and ").append(effective).append(" * 100 >= :coverageFrom * t.denominator");
            params.addValue("coverageFrom", filter.coverageFromPercent());
        }
        if (filter.coverageToPercent() != null) {
            where.append(" and ").append(effective).append(" * 100 < :coverageTo * t.denominator");
            params.addValue("coverageTo", filter.coverageToPercent());
        }
        return new Query(base(campaign.denominator()), where.toString(), params);
    }

    /** {@link #BASE} for campaigns of one target denominator, with the index hint of the database. */
    private String base(TargetDenominator denominator) {
        String column = denominator == TargetDenominator.POPULATION ? "population" : "smartphone_users";
        return hinted(BASE.replace("b.DENOMINATOR", "b." + column));
    }

    /** The statement with MariaDB's index hints in place, or none on another database. */
    private String hinted(String sql) {
        return sql.replace("DAY_REPORT_INDEX", mariaDb ? "force index (uk_daily_report)" : "")
                .replace("STANDING_INDEX", mariaDb ? "force index (primary)" : "");
    }

    /**
     * Every commune in the caller's scope of each of these campaigns on the day, in path order, read
     * through the kept standings: a statement per target denominator rather than one per campaign,
     * for the national board ({@code CommuneStandings}). Give only campaigns the kept standings
     * answer for ({@link #keptAnswering}) and the caller may read. The rows are put in path order
     * here rather than by the database: sorting ten thousand wide rows was a quarter of the
     * statement on MariaDB (docs/benchmarks.md); a path is made of fixed-width codes, so its
     * characters' order is the collation's.
     */
    @Requires(Permission.READ_OVERSIGHT)
    Map<Long, List<CommuneDayRow>> keptCommunes(List<CampaignDetails> campaigns, LocalDate day) {
        Map<Long, CampaignDetails> byId = new HashMap<>();
        Map<TargetDenominator, List<Long>> byDenominator = new EnumMap<>(TargetDenominator.class);
        Map<Long, TreeMap<String, CommuneDayRow>> byPath = new LinkedHashMap<>();
        for (CampaignDetails campaign : campaigns) {
            byId.put(campaign.id(), campaign);
            byDenominator.computeIfAbsent(campaign.denominator(), d -> new ArrayList<>()).add(campaign.id());
            byPath.put(campaign.id(), new TreeMap<>());
        }
        byDenominator.forEach((denominator, ids) -> jdbc.query(base(denominator),
                new MapSqlParameterSource().addValue("campaigns", ids).addValue("day", day)
                        .addValue("dayBefore", day.minusDays(1)).addValue("kept", true)
                        .addValue("scope", callers.current().scope().likePattern()),
                rs -> {
                    CampaignDetails campaign = byId.get(rs.getLong("campaign_id"));
                    byPath.get(campaign.id()).put(rs.getString("path"), row(rs, campaign, day));
                }));
        Map<Long, List<CommuneDayRow>> rows = new LinkedHashMap<>();
        byPath.forEach((campaignId, communes) -> rows.put(campaignId, List.copyOf(communes.values())));
        return rows;
    }

    /**
     * The campaigns among these whose kept standings answer on the day ({@link #keptAnswers} for
     * each, in one statement): no commune has reported after it.
     */
    Set<Long> keptAnswering(List<Long> campaignIds, LocalDate day) {
        Set<Long> answering = new HashSet<>(campaignIds);
        if (!campaignIds.isEmpty()) {
            answering.removeAll(jdbc.queryForList("""
                    select distinct campaign_id from commune_standing
                     where campaign_id in (:campaigns) and last_report_date > :day
                    """, new MapSqlParameterSource().addValue("campaigns", campaignIds).addValue("day", day),
                    Long.class));
        }
        return answering;
    }

    private CommuneDayRow row(ResultSet rs, CampaignDetails campaign, LocalDate day) throws SQLException {
        Instant submitted = CommuneStandings.instant(rs, "first_submitted_at");
        long installsAtStart = rs.getLong("installs_at_start");
        Long dayCumulative = nullableLong(rs, "day_cumulative");
        Long previous = nullableLong(rs, "previous");
        long before = previous == null ? installsAtStart : previous;
        long cumulative = dayCumulative != null ? dayCumulative : before;
        long denominator = rs.getLong("denominator");
        String reportStatus = rs.getString("report_status");
        LocalDate previousDate = rs.getObject("previous_date", LocalDate.class);
        LocalDate figureDate = dayCumulative != null ? day : previous != null ? previousDate : null;
        long reportId = rs.getLong("report_id");
        return new CommuneDayRow(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("district_name"), nullableLong(rs, "district_id"), rs.getString("district_code"),
                CommuneStandings.status(campaign, day, submitted, clock.instant()), submitted,
                rs.wasNull() ? null : reportId,
                reportStatus == null ? null : ReportStatus.valueOf(reportStatus), dayCumulative != null, cumulative,
                figureDate, cumulative - before, rs.getLong("population"), rs.getLong("smartphone_users"), denominator,
                ReportingRules.paceInstalls(campaign.startDate(), campaign.targetDate(), day, installsAtStart,
                        denominator, campaign.targetPercent()), nullableLong(rs, "official"),
                rs.getInt("on_time_so_far"), rs.getInt("late_so_far"));
    }

    private TotalRow total(ResultSet rs, CampaignDetails campaign, OversightFilter filter, String districtCode,
            String districtName) throws SQLException {
        long unreported = rs.getLong("unreported");
        boolean afterCutoff = clock.instant().isAfter(ReportingRules.cutoff(filter.day(), campaign.cutoffTime()));
        long denominator = rs.getLong("denominator");
        return new TotalRow(districtCode, districtName, rs.getLong("communes"), rs.getLong("on_time"), rs.getLong("late"),
                afterCutoff ? unreported : 0, afterCutoff ? 0 : unreported, rs.getLong("returned"),
                rs.getLong("cumulative"), rs.getLong("population"), rs.getLong("smartphone_users"), denominator,
                ReportingRules.paceInstalls(campaign.startDate(), campaign.targetDate(), filter.day(),
                        rs.getLong("installs_at_start"), denominator, campaign.targetPercent()),
                rs.getLong("with_official"), rs.getLong("official"), rs.getLong("carried"), rs.getLong("without_figure"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
