package vn.gov.bluezone.reporting;

import java.time.LocalDate;

/**
 * A commune's report was submitted (or amended). Published inside the submitting transaction, so a
 * listener that writes (the mail outbox) commits or rolls back with the report. Carries the
 * campaign's addressing (focal point, copy to the district, receiving office) so that listeners
 * need not read the campaign again in the busiest minutes of the day.
 */
public record ReportSubmitted(long reportId, long campaignId, long unitId, String unitPath, String communeName,
        String parentCode, LocalDate reportDate, long cumulativeInstalls, long population, boolean amended,
        String focalEmail, boolean copyToParent, String receivingOffice) {
}
