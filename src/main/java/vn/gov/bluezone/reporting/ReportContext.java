package vn.gov.bluezone.reporting;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What the report form needs for one day: the commune and its baseline figures, the previous
 * cumulative count, the day's target pace, the day's status, the time left to the cut-off, and the
 * report if one exists.
 */
public record ReportContext(
        long campaignId,
        long unitId,
        String unitName,
        LocalDate reportDate,
        long population,
        long smartphoneUsers,
        long denominator,
        long previousCumulative,
        long paceInstalls,
        boolean estimated,
        DayStatus dayStatus,
        Duration untilCutoff,
        ReportDetails report) {
}
