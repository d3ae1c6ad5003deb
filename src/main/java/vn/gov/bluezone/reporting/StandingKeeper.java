package vn.gov.bluezone.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a commune's standing in a campaign ({@code commune_standing}, decision 0036) up to date in
 * the transaction that submits or amends one of its reports. A return for correction changes none
 * of the kept facts (the report stays submitted with its figure; the day's status is read from the
 * report itself), so it writes nothing here.
 *
 * <p>Two submissions of the same commune at once (two days, two browsers) must not each compute the
 * standing without the other's report: {@link #lock} takes the commune's row before the report is
 * written, so the second waits for the first to commit, and {@link #refresh} then reads the
 * reports with a locking read, which sees the latest committed rows whatever the isolation level.
 */
@Component
class StandingKeeper {

    private final JdbcTemplate jdbc;

    StandingKeeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes (creating it if needed) the commune's kept row for the rest of the transaction. */
    void lock(long campaignId, long unitId) {
        jdbc.update("insert into commune_standing (campaign_id, unit_id) values (?, ?)"
                + " on duplicate key update unit_id = unit_id", campaignId, unitId);
    }

    /**
     * Recomputes the commune's kept row from its latest submitted reports (after {@link #lock}, with
     * the report flushed).
     */
    void refresh(long campaignId, long unitId) {
        List<KeptStandings.Line> lines = jdbc.query("""
                select r.id, r.report_date, r.first_submitted_at, r.cumulative_installs, r.above_limits,
                       r.jump_flagged, r.on_time_to_date, r.late_to_date
                  from daily_report r
                 where r.unit_id = ? and r.campaign_id = ? and r.submitted = true
                 order by r.report_date desc limit %d for update
                """.formatted(KeptReport.KEPT), (rs, n) -> KeptStandings.line(rs, false), unitId, campaignId);
        if (!lines.isEmpty()) {
            String ids = String.join(",", lines.stream().map(line -> String.valueOf(line.reportId())).toList());
            Set<Long> withWork = new HashSet<>(jdbc.query("select w.report_id from daily_report_work w"
                    + " where w.report_id in (" + ids + ") for update", (rs, n) -> rs.getLong(1)));
            lines = lines.stream().map(line -> line.withWork(withWork.contains(line.reportId()))).toList();
        }
        KeptStandings.Standing standing = KeptStandings.Standing.of(lines);
        jdbc.update("""
                update commune_standing set last_report_date = ?, last_cumulative = ?, before_last_date = ?,
                       before_last_cumulative = ?, on_time_count = ?, late_count = ?, recent = ?
                 where campaign_id = ? and unit_id = ?
                """, standing.lastDate(), standing.lastCumulative(), standing.beforeLastDate(),
                standing.beforeLastCumulative(), standing.onTime(), standing.late(), standing.recent(), campaignId,
                unitId);
    }

    /** Rebuilds every kept row of a campaign from its reports (after seeding history in bulk). */
    void rebuild(long campaignId) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            KeptStandings.rebuild(connection, campaignId);
            return null;
        });
    }
}
