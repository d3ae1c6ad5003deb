package vn.gov.bluezone.reporting;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.Callers;

/**
 * A commune's submitted reports either side of a day (drafts do not count), through the caller's
 * scope on the reports' unit path, as the repository reads reports. Plain SQL in one statement,
 * both sides at once: as two repository queries returning the report entities, the look-ups were a
 * third of a submission's CPU (issue 17, docs/benchmarks.md) — the query's creation and scope
 * expression, the flush check before it, and the entities with their work rows to load and then
 * to check for changes at every later flush, though nothing of them is changed. A submission reads
 * them before it writes anything, so no flush is missed.
 */
@Component
class ReportNeighbours {

    /** The two sides of a day; either may be absent. */
    record Around(Optional<Neighbour> previous, Optional<Neighbour> next) {
    }

    private static final String SIDE = """
            select r.report_date, r.cumulative_installs, r.on_time_to_date, r.late_to_date, '%s' as side
              from daily_report r
             where r.campaign_id = :campaign and r.unit_id = :unit and r.report_date %s :date
               and r.first_submitted_at is not null and r.unit_path like :scope
             order by r.report_date %s
             fetch first 1 rows only
            """;
    private static final String AROUND = "(" + SIDE.formatted("P", "<", "desc") + ") union all ("
            + SIDE.formatted("N", ">", "asc") + ")";

    private final NamedParameterJdbcTemplate jdbc;
    private final Callers callers;

    ReportNeighbours(NamedParameterJdbcTemplate jdbc, Callers callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** The latest submitted report before the day and the earliest after it. */
    Around around(long campaignId, long unitId, LocalDate date) {
        Neighbour[] sides = new Neighbour[2];
        jdbc.query(AROUND, new MapSqlParameterSource().addValue("campaign", campaignId).addValue("unit", unitId)
                .addValue("date", date).addValue("scope", callers.current().scope().likePattern()), rs -> {
                    sides["P".equals(rs.getString("side")) ? 0 : 1] = new Neighbour(
                            rs.getObject("report_date", LocalDate.class), rs.getLong("cumulative_installs"),
                            rs.getObject("on_time_to_date", Integer.class), rs.getObject("late_to_date", Integer.class));
                });
        return new Around(Optional.ofNullable(sides[0]), Optional.ofNullable(sides[1]));
    }

    /** The latest submitted report before the day. */
    Optional<Neighbour> previous(long campaignId, long unitId, LocalDate date) {
        return around(campaignId, unitId, date).previous();
    }
}
