package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One of a commune's latest submitted reports as its kept standing holds it ({@code
 * commune_standing.recent}, decision 0036): the day, the first submission (which decides on time or
 * late), the figure, and what the compliance rules read from the report. Stored as text, newest
 * first, entries separated by {@code ;} and fields by {@code ,}: the day as days since 1970-01-01,
 * the first submission in microseconds since the epoch (the precision of the report's column), the
 * figure, and the flags {@code w} no work done, {@code a} figures above the limits, {@code j} a jump
 * — e.g. {@code 20341,1757483565123456,1234,wj}. Numbers rather than ISO text because a national
 * board decodes tens of thousands of them (parsing dates and instants took a sixth of its time).
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
            Instant at = report.firstSubmittedAt;
            long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
            text.append(report.date.toEpochDay()).append(',').append(micros).append(',')
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
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            reports.add(entry(text, start, end));
            start = end + 1;
        }
        return reports;
    }

    private static KeptReport entry(String text, int start, int end) {
        int first = text.indexOf(',', start);
        int second = first < 0 ? -1 : text.indexOf(',', first + 1);
        int third = second < 0 ? -1 : text.indexOf(',', second + 1);
        if (third < 0 || third >= end) {
            throw new IllegalArgumentException("Not a kept report: " + text.substring(start, end));
        }
        long micros = Long.parseLong(text, first + 1, second, 10);
        boolean withoutWork = false;
        boolean aboveLimits = false;
        boolean jump = false;
        for (int i = third + 1; i < end; i++) {
            switch (text.charAt(i)) {
                case 'w' -> withoutWork = true;
                case 'a' -> aboveLimits = true;
                case 'j' -> jump = true;
                default -> throw new IllegalArgumentException("Not a kept report: " + text.substring(start, end));
            }
        }
        return new KeptReport(LocalDate.ofEpochDay(Long.parseLong(text, start, first, 10)),
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                Long.parseLong(text, second + 1, third, 10), withoutWork, aboveLimits, jump);
    }
}
