package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One of a commune's latest submitted reports as its kept standing holds it ({@code
 * commune_standing.recent}, decision 0036): the day, the first submission (which decides on time or
 * late), the figure, and what the compliance rules read from the report. Stored as text, newest
 * first, entries separated by {@code ;} and fields by {@code ,}: {@code 2020-08-20,
 * 2020-08-20T03:12:45.123456Z,1234,wj} ({@code w} no work done, {@code a} figures above the limits,
 * {@code j} a jump).
 */
public record KeptReport(LocalDate date, Instant firstSubmittedAt, long cumulative, boolean withoutWork,
        boolean aboveLimits, boolean jumpFlagged) {

    /** How many of a commune's latest reports are kept: a board's seven days and the day before them. */
    public static final int KEPT = 8;

    public static String encode(List<KeptReport> newestFirst) {
        StringBuilder text = new StringBuilder();
        for (KeptReport report : newestFirst) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(report.date).append(',').append(report.firstSubmittedAt).append(',')
                    .append(report.cumulative).append(',');
            if (report.withoutWork) {
                text.append('w');
            }
            if (report.aboveLimits) {
                text.append('a');
            }
            if (report.jumpFlagged) {
                text.append('j');
            }
        }
        return text.toString();
    }

    public static List<KeptReport> decode(String text) {
        List<KeptReport> reports = new ArrayList<>(KEPT);
        if (text == null || text.isEmpty()) {
            return reports;
        }
        for (String entry : text.split(";")) {
            String[] fields = entry.split(",", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("Not a kept report: " + entry);
            }
            String flags = fields[3];
            reports.add(new KeptReport(LocalDate.parse(fields[0]), Instant.parse(fields[1]),
                    Long.parseLong(fields[2]), flags.indexOf('w') >= 0, flags.indexOf('a') >= 0,
                    flags.indexOf('j') >= 0));
        }
        return reports;
    }
}
