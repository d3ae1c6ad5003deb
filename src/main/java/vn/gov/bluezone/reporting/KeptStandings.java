package vn.gov.bluezone.reporting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the kept standings ({@code commune_standing}, decision 0036) from the reports themselves,
 * over plain JDBC: one campaign's communes, or every campaign's. The migration that introduced the
 * table, the demo's seeding and the benchmark data generator use it; a submission refreshes its own
 * commune's row through {@link StandingKeeper}, by the same rule ({@link #standing}).
 */
public final class KeptStandings {

    private static final int BATCH = 1000;

    private KeptStandings() {
    }

    /** A submitted report as the kept standing reads it, with its running counts. */
    record Line(long reportId, KeptReport report, int onTimeToDate, int lateToDate) {

        Line withWork(boolean withWork) {
            KeptReport r = report;
            return new Line(reportId, new KeptReport(r.date(), r.firstSubmittedAt(), r.cumulative(), !withWork,
                    r.aboveLimits(), r.jumpFlagged()), onTimeToDate, lateToDate);
        }
    }

    /**
     * A commune's kept standing, computed from its latest submitted reports (newest first, at most
     * {@link KeptReport#KEPT}).
     */
    record Standing(LocalDate lastDate, Long lastCumulative, LocalDate beforeLastDate, Long beforeLastCumulative,
            int onTime, int late, String recent) {

        static Standing of(List<Line> newestFirst) {
            if (newestFirst.isEmpty()) {
                return new Standing(null, null, null, null, 0, 0, "");
            }
            Line last = newestFirst.getFirst();
            Line beforeLast = newestFirst.size() > 1 ? newestFirst.get(1) : null;
            return new Standing(last.report().date(), last.report().cumulative(),
                    beforeLast == null ? null : beforeLast.report().date(),
                    beforeLast == null ? null : beforeLast.report().cumulative(), last.onTimeToDate(),
                    last.lateToDate(), KeptReport.encode(newestFirst.stream().map(Line::report).toList()));
        }
    }

    /**
     * Replaces the kept standings of a campaign ({@code campaignId}), or of every campaign (null),
     * with those computed from the submitted reports. Communes that have none get no row.
     */
    public static void rebuild(Connection connection, Long campaignId) throws SQLException {
        String campaignFilter = campaignId == null ? "" : " and r.campaign_id = " + campaignId;
        try (PreparedStatement delete = connection.prepareStatement("delete from commune_standing"
                + (campaignId == null ? "" : " where campaign_id = " + campaignId))) {
            delete.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select r.id, r.campaign_id, r.unit_id, r.report_date, r.first_submitted_at, r.cumulative_installs,
                       r.above_limits, r.jump_flagged, r.on_time_to_date, r.late_to_date,
                       exists (select 1 from daily_report_work w where w.report_id = r.id) as with_work
                  from daily_report r
                 where r.submitted = true %s
                 order by r.campaign_id, r.unit_id, r.report_date desc
                """.formatted(campaignFilter));
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            // streamed, not held in memory: a national database has a million reports
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                insertAll(rows, insert);
            }
        }
    }

    /** One row per commune of the reports, which come by campaign and commune, newest first. */
    private static void insertAll(ResultSet rows, PreparedStatement insert) throws SQLException {
        long campaign = -1;
        long unit = -1;
        List<Line> lines = new ArrayList<>(KeptReport.KEPT);
        int pending = 0;
        while (rows.next()) {
            if (rows.getLong("campaign_id") != campaign || rows.getLong("unit_id") != unit) {
                if (!lines.isEmpty()) {
                    pending = add(insert, campaign, unit, Standing.of(lines), pending);
                }
                campaign = rows.getLong("campaign_id");
                unit = rows.getLong("unit_id");
                lines.clear();
            }
            if (lines.size() < KeptReport.KEPT) {
                lines.add(line(rows, rows.getBoolean("with_work")));
            }
        }
        if (!lines.isEmpty()) {
            pending = add(insert, campaign, unit, Standing.of(lines), pending);
        }
        if (pending > 0) {
            insert.executeBatch();
        }
    }

    static final String INSERT = """
            insert into commune_standing (campaign_id, unit_id, last_report_date, last_cumulative, before_last_date,
                   before_last_cumulative, on_time_count, late_count, recent) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static int add(PreparedStatement insert, long campaign, long unit, Standing standing, int pending)
            throws SQLException {
        insert.setLong(1, campaign);
        insert.setLong(2, unit);
        insert.setObject(3, standing.lastDate());
        setLong(insert, 4, standing.lastCumulative());
        insert.setObject(5, standing.beforeLastDate());
        setLong(insert, 6, standing.beforeLastCumulative());
        insert.setInt(7, standing.onTime());
        insert.setInt(8, standing.late());
        insert.setString(9, standing.recent());
        insert.addBatch();
        if (pending + 1 == BATCH) {
            insert.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** A submitted report of a row with the columns of the queries above. */
    static Line line(ResultSet rows, boolean withWork) throws SQLException {
        Instant first = rows.getObject("first_submitted_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        return new Line(rows.getLong("id"), new KeptReport(rows.getObject("report_date", LocalDate.class), first,
                rows.getLong("cumulative_installs"), !withWork, rows.getBoolean("above_limits"),
                rows.getBoolean("jump_flagged")), rows.getInt("on_time_to_date"), rows.getInt("late_to_date"));
    }
}
