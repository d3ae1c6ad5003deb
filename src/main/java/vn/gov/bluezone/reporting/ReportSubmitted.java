package vn.gov.bluezone.reporting;

import java.time.LocalDate;

/**
 * A commune's report was submitted (or amended). Published inside the submitting transaction, so a
 * listener that writes (the mail outbox) commits or rolls back with the report.
 */
public record ReportSubmitted(long reportId, long campaignId, long unitId, String unitPath, String communeName,
        String parentCode, LocalDate reportDate, long cumulativeInstalls, long population, boolean amended) {
}
