package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.gov.bluezone.reporting.ReportingRules;

/**
 * Fills the running on-time and late counts (V7) of the reports submitted before them, commune by
 * commune in date order, judging each first submission against its campaign's cut-off in Hanoi
 * time, as the application does.
 */
public class V7_1__Fill_running_counts extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                select r.id, r.campaign_id, r.unit_id, r.report_date, r.first_submitted_at, c.cutoff_time
                  from daily_report r join campaign c on c.id = r.campaign_id
                 where r.first_submitted_at is not null
                 order by r.campaign_id, r.unit_id, r.report_date
                """);
                PreparedStatement update = connection.prepareStatement(
                        "update daily_report set on_time_to_date = ?, late_to_date = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            long campaign = -1;
            long unit = -1;
            int onTime = 0;
            int late = 0;
            int pending = 0;
            while (rows.next()) {
                if (rows.getLong("campaign_id") != campaign || rows.getLong("unit_id") != unit) {
                    campaign = rows.getLong("campaign_id");
                    unit = rows.getLong("unit_id");
                    onTime = 0;
                    late = 0;
                }
                LocalDate day = rows.getObject("report_date", LocalDate.class);
                Instant submitted = rows.getObject("first_submitted_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                LocalTime cutoff = rows.getObject("cutoff_time", LocalTime.class);
                if (submitted.isAfter(ReportingRules.cutoff(day, cutoff))) {
                    late++;
                } else {
                    onTime++;
                }
                update.setInt(1, onTime);
                update.setInt(2, late);
                update.setLong(3, rows.getLong("id"));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
