package vn.gov.bluezone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The board's figures computed by one hand-written SQL statement over {@code campaign},
 * {@code campaign_baseline} and {@code daily_report}, read with plain JDBC (no Spring, no
 * Hibernate): the engine's limit the portal's board is measured against (issue 17).
 *
 * <p>For each commune of the campaign (or of every campaign running on the day) it reads the
 * submitted reports of the day and each of the seven days before it (eight look-ups of the unique
 * key {@code (campaign_id, unit_id, report_date)}, joined to the campaign's baselines; twice as fast
 * here as one range of the window grouped by commune) and computes:
 * <ul>
 * <li>the figure in force: the day's report, else the latest earlier submitted report (one of the
 * seven days before, else the latest before them through the index {@code ix_report_latest}), else
 * the baseline's installs at start;</li>
 * <li>the denominator (the campaign's choice of population or smartphone users) and population;</li>
 * <li>the campaign's on-time and late days so far: the running counts of that same report (the
 * columns the submission keeps, decision 0012), missing = the campaign's days so far minus both
 * (the board days benchmarked are long past their cut-off, so no day is pending);</li>
 * <li>the last seven days: on time, late or missing by the first submission against the day's
 * cut-off (the campaign's time in Asia/Ho_Chi_Minh, UTC+7 without daylight saving), and the figure
 * in force at the end of each.</li>
 * </ul>
 */
final class BoardBaseline {

    /** One commune as the baseline computes it. {@code figures}: the last seven days, oldest first. */
    record Row(long campaignId, long unitId, long cumulative, long denominator, long population, int onTime,
            int late, int missing, int onTimeWeek, int lateWeek, int missingWeek, List<Long> figures) {
    }

    private BoardBaseline() {
    }

    /** The statement for the campaign {@code campaignId}, or every campaign running on the day when null. */
    static String sql(LocalDate day, Long campaignId) {
        StringBuilder columns = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        for (int k = 0; k <= 7; k++) {
            columns.append(", r").append(k).append(".cumulative_installs as c").append(k)
                    .append(", r").append(k).append(".first_submitted_at as s").append(k)
                    .append(", r").append(k).append(".on_time_to_date as o").append(k)
                    .append(", r").append(k).append(".late_to_date as l").append(k);
            joins.append("\n                          left join daily_report r").append(k).append(" force index (uk_daily_report) on r").append(k)
                    .append(".campaign_id = b.campaign_id and r").append(k).append(".unit_id = b.unit_id and r")
                    .append(k).append(".report_date = '").append(day.minusDays(k)).append("' and r").append(k)
                    .append(".first_submitted_at is not null");
        }
        String older = """
                (select p.%s from daily_report p where p.unit_id = w.unit_id and p.campaign_id = w.campaign_id
                  and p.submitted = true and p.report_date < '%s' order by p.report_date desc limit 1)""";
        String before = day.minusDays(7).toString();
        // the running counts of the latest submitted report on or before the day
        StringBuilder onTime = new StringBuilder("case");
        StringBuilder late = new StringBuilder("case");
        for (int k = 0; k <= 7; k++) {
            onTime.append(" when w.s").append(k).append(" is not null then w.o").append(k);
            late.append(" when w.s").append(k).append(" is not null then w.l").append(k);
        }
        onTime.append(" else ").append(older.formatted("on_time_to_date", before)).append(" end");
        late.append(" else ").append(older.formatted("late_to_date", before)).append(" end");
        StringBuilder select = new StringBuilder("""
                select w.campaign_id, w.unit_id, w.denominator, w.population,
                       coalesce(w.c0, w.c1, w.c2, w.c3, w.c4, w.c5, w.c6, w.c7, %s, w.installs_at_start) as cumulative,
                       coalesce(%s, 0) as on_time, coalesce(%s, 0) as late,
                       datediff('%s', w.start_date) + 1 as days_so_far"""
                .formatted(older.formatted("cumulative_installs", before), onTime, late, day));
        StringBuilder onTimeWeek = new StringBuilder("0");
        StringBuilder lateWeek = new StringBuilder("0");
        StringBuilder missingWeek = new StringBuilder("0");
        for (int k = 0; k <= 6; k++) {
            String d = "'" + day.minusDays(k) + "'";
            String counted = d + " >= w.start_date";
            String cutoff = "timestamp(" + d + ", w.cutoff_time) - interval 7 hour";
            onTimeWeek.append(" + case when ").append(counted).append(" and w.s").append(k).append(" <= ").append(cutoff)
                    .append(" then 1 else 0 end");
            lateWeek.append(" + case when ").append(counted).append(" and w.s").append(k).append(" > ").append(cutoff)
                    .append(" then 1 else 0 end");
            missingWeek.append(" + case when ").append(counted).append(" and w.s").append(k)
                    .append(" is null then 1 else 0 end");
            // the figure in force at the end of day - k: that day's report, else the latest before it
            select.append(",\n       case when ").append(counted).append(" then coalesce(");
            for (int j = k; j <= 7; j++) {
                select.append("w.c").append(j).append(", ");
            }
            select.append(older.formatted("cumulative_installs", before)).append(", w.installs_at_start) end as f")
                    .append(k);
        }
        select.append(",\n       ").append(onTimeWeek).append(" as on_time_week")
                .append(",\n       ").append(lateWeek).append(" as late_week")
                .append(",\n       ").append(missingWeek).append(" as missing_week");
        String campaigns = campaignId != null ? "%s.id = " + campaignId
                : "%1$s.status <> 'DRAFT' and %1$s.start_date <= '" + day + "' and (%1$s.closed_on is null or %1$s.closed_on >= '"
                        + day + "')";
        // each day of the window is a look-up of the unique key (campaign_id, unit_id, report_date)
        return select + """

                  from (select b.campaign_id, b.unit_id, b.population, b.installs_at_start, c.start_date, c.cutoff_time,
                               case c.denominator when 'POPULATION' then b.population else b.smartphone_users end
                                   as denominator%s
                          from campaign c
                          join campaign_baseline b on b.campaign_id = c.id%s
                         where %s) w
                """.formatted(columns, joins, campaigns.formatted("c"));
    }

    /** Runs the statement and reads every row. */
    static List<Row> rows(Connection connection, LocalDate day, Long campaignId) {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql(day, campaignId));
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                List<Long> figures = new ArrayList<>(7);
                for (int k = 6; k >= 0; k--) {
                    long figure = rs.getLong("f" + k);
                    if (!rs.wasNull()) {
                        figures.add(figure);
                    }
                }
                int onTime = rs.getInt("on_time");
                int late = rs.getInt("late");
                rows.add(new Row(rs.getLong("campaign_id"), rs.getLong("unit_id"), rs.getLong("cumulative"),
                        rs.getLong("denominator"), rs.getLong("population"), onTime, late,
                        Math.max(0, rs.getInt("days_so_far") - onTime - late), rs.getInt("on_time_week"),
                        rs.getInt("late_week"), rs.getInt("missing_week"), figures));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
