package vn.gov.bluezone.reporting;

import java.time.LocalDate;

/** One day of a commune's campaign: its report (if any) and its status. */
public record DayRow(LocalDate date, Long reportId, Long cumulativeInstalls, ReportStatus reportStatus,
        DayStatus dayStatus) {
}
