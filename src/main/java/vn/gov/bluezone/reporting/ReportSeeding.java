package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.Baseline;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
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
    private final StandingKeeper standings;

    private final EntityManager entityManager;

    ReportSeeding(DailyReportRepository reports, ReportRevisionRepository revisions, CampaignService campaigns, BaselineService baselines,
            RunningCounts runningCounts, StandingKeeper standings, EntityManager entityManager) {
        this.standings = standings;
        this.entityManager = entityManager;
        this.reports = reports;
        this.revisions = revisions;
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.runningCounts = runningCounts;
    }

    /** One submitted report of the demo's history: a commune's figures of a day, stamped {@code submittedAt}. */
    public record SeededReport(UnitSummary commune, LocalDate date, long cumulative, Map<String, Long> work,
            String results, String signer, Instant submittedAt) {
    }

    /**
     * Submitted reports of a campaign, in one transaction (issue 17: a transaction and three look-ups
     * per report made the demo's first start wait seconds); a commune that already has a report that
     * day keeps it. The campaign is read once; each commune's reports and baseline once, and its
     * days before and after are then found in memory, as {@code findDay}, {@code findPrevious} and
     * {@code findNext} would find them. The persistence context is emptied after each commune so the
     * queries' automatic flushes stay cheap; the campaign's kept standings are rebuilt from its
     * reports at the end (decision 0036). Give a commune's days in date order: a day seeded before
     * a stored later one recounts those in the database, and the commune's reports are read again.
     */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void seedSubmitted(long campaignId, List<SeededReport> seeded) {
        CampaignDetails campaign = campaigns.get(campaignId);
        Map<Long, Baseline> baselineOf = new HashMap<>();
        Map<Long, NavigableMap<LocalDate, DailyReport>> reportsOf = new HashMap<>();
        Long lastCommune = null;
        for (SeededReport day : seeded) {
            UnitSummary commune = day.commune();
            if (lastCommune != null && lastCommune != commune.id()) {
                entityManager.flush();
                entityManager.clear();
            }
            lastCommune = commune.id();
            Baseline baseline = baselineOf.computeIfAbsent(commune.id(), id -> baselines.baseline(campaignId, id));
            NavigableMap<LocalDate, DailyReport> days = reportsOf.computeIfAbsent(commune.id(),
                    id -> reports.findForUnit(campaignId, id).stream().collect(Collectors.toMap(
                            DailyReport::getReportDate, r -> r, (a, b) -> a, TreeMap::new)));
            if (days.containsKey(day.date())) {
                continue;
            }
            DailyReport previous = days.headMap(day.date(), false).descendingMap().values().stream()
                    .filter(r -> r.getFirstSubmittedAt() != null).findFirst().orElse(null);
            boolean laterReportsExist = days.tailMap(day.date(), false).values().stream()
                    .anyMatch(r -> r.getFirstSubmittedAt() != null);
            DailyReport report = new DailyReport(campaignId, commune.id(), commune.path(), day.date(),
                    baseline.population(), baseline.smartphoneUsers());
            report.fill(new ReportInput(null, 0, campaignId, day.date(), day.cumulative(), day.work(), null,
                    day.results(), null, null, day.signer(), null, true, true), false, false, day.submittedAt());
            report.seedSubmission(DEMO_ACTOR, day.submittedAt());
            runningCounts.count(report, campaign, day.submittedAt(), previous, laterReportsExist);
            report = reports.save(report);
            revisions.save(new ReportRevision(report.getId(), day.submittedAt(), DEMO_ACTOR, RevisionAction.SUBMITTED,
                    null));
            if (laterReportsExist) {
                reportsOf.remove(commune.id());
            } else {
                days.put(day.date(), report);
            }
        }
        entityManager.flush();
        standings.rebuild(campaignId);
    }
}
