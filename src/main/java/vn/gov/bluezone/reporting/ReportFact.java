package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** The facts of one submitted report that the compliance rules read. */
public record ReportFact(long unitId, LocalDate reportDate, Instant firstSubmittedAt, long cumulativeInstalls,
        int workForms, boolean aboveLimits, boolean jumpFlagged) {
}
