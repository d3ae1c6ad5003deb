package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.Baseline;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * Writes report history for the demo data, as the system: a report submitted at a chosen time, by
 * the account "demo", with none of the form's checks and no revision trail beyond its submission.
 * Only the {@code demo} module calls it ({@code ReportSeedingUseTest}); the portal's own reports
 * go through {@link DailyReportService}.
 */
@Service
public class ReportSeeding {

    static final String DEMO_ACTOR = "demo";

    private final DailyReportRepository reports;
    private final ReportRevisionRepository revisions;
    private final CampaignService campaigns;
    private final BaselineService baselines;
    private final RunningCounts runningCounts;

    ReportSeeding(DailyReportRepository reports, ReportRevisionRepository revisions, CampaignService campaigns, BaselineService baselines,
            RunningCounts runningCounts) {
        this.reports = reports;
        this.revisions = revisions;
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.runningCounts = runningCounts;
    }

    /**
     * A submitted report of a commune on a day, stamped {@code submittedAt}; does nothing when the
     * commune already has a report that day.
     */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void seedSubmitted(long campaignId, UnitSummary commune, LocalDate date, long cumulative,
            Map<String, Long> work, String results, String signer, Instant submittedAt) {
        Baseline baseline = baselines.baseline(campaignId, commune.id());
        if (reports.findDay(campaignId, commune.id(), date).isPresent()) {
            return;
        }
        DailyReport report = new DailyReport(campaignId, commune.id(), commune.path(), date, baseline.population(),
                baseline.smartphoneUsers());
        report.fill(new ReportInput(null, 0, campaignId, date, cumulative, work, null, results, null, null, signer,
                null, true, true), false, false, submittedAt);
        report.seedSubmission(DEMO_ACTOR, submittedAt);
        runningCounts.count(report, campaigns.get(campaignId), submittedAt,
                reports.findPrevious(campaignId, commune.id(), date).orElse(null),
                reports.findNext(campaignId, commune.id(), date).isPresent());
        report = reports.save(report);
        revisions.save(new ReportRevision(report.getId(), submittedAt, DEMO_ACTOR, RevisionAction.SUBMITTED, null));
    }
}
