package vn.gov.bluezone.reporting;

import java.time.LocalDate;

/**
 * A commune's report was submitted (or amended): which report, of which campaign and commune, and
 * the facts it states. Published inside the submitting transaction, so a listener that writes (the
 * mail outbox) commits or rolls back with the report. Whom to tell is the listener's business: it
 * reads the campaign's addressing itself (the campaign is already in the transaction's persistence
 * context, so that costs no query).
 */
public record ReportSubmitted(long reportId, long campaignId, long unitId, String unitPath, String communeName,
        LocalDate reportDate, long cumulativeInstalls, long population, boolean amended) {
}
