package vn.gov.bluezone.reporting;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.gov.bluezone.campaign.CampaignDetails;

/**
 * A first submission's running counts of on-time and late days: the previous submitted report's
 * plus this one; the later submitted reports (a day reported late, after the days that follow it)
 * each count it too.
 */
@Component
class RunningCounts {

    private final DailyReportRepository reports;

    RunningCounts(DailyReportRepository reports) {
        this.reports = reports;
    }

    void count(DailyReport report, CampaignDetails campaign, Instant firstSubmittedAt, Neighbour previous,
            boolean laterReportsExist) {
        boolean late = firstSubmittedAt.isAfter(ReportingRules.cutoff(report.getReportDate(), campaign.cutoffTime()));
        report.countFrom(previous, late);
        if (laterReportsExist) {
            reports.countInLaterReports(campaign.id(), report.getUnitId(), report.getReportDate(), late ? 0 : 1,
                    late ? 1 : 0);
        }
    }
}
