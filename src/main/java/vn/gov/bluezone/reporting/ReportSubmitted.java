package vn.gov.bluezone.reporting;

import java.time.LocalDate;

import vn.gov.bluezone.campaign.CampaignDetails;

/**
 * A commune's report was submitted (or amended): which report, of which campaign (as the submission
 * read it, visibility checked) and commune, and the facts it states. Published inside the
 * submitting transaction, so a listener that writes (the mail outbox) commits or rolls back with
 * the report. {@code late}: the report was first submitted after the day's cut-off. Whom to tell
 * is the listener's business; it takes the campaign's addressing from
 * here rather than reading the campaign again (a query, and a flush of the persistence context
 * before it, on every submission: 3 % of a burst's CPU samples, docs/benchmarks.md).
 */
public record ReportSubmitted(long reportId, CampaignDetails campaign, long unitId, String unitPath,
        String communeName, LocalDate reportDate, long cumulativeInstalls, long population, boolean amended,
        boolean late) {

    public long campaignId() {
        return campaign.id();
    }
}
