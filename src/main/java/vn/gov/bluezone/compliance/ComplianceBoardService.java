package vn.gov.bluezone.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.PeriodRecord;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReportFact;
import vn.gov.bluezone.reporting.ReportingRules;

/**
 * The compliance board at commune level: every commune of the caller's scope on a day, assessed by
 * {@link ComplianceRules} with the campaign's thresholds, ranked by coverage then on-time rate.
 * Reads the oversight figures and the last seven days of reports: a handful of queries per board.
 */
@Service
public class ComplianceBoardService {

    static final int WEEK = 7;

    private final OversightService oversight;
    private final DailyReportService reports;
    private final CampaignService campaigns;
    private final Clock clock;

    ComplianceBoardService(OversightService oversight, DailyReportService reports, CampaignService campaigns,
            Clock clock) {
        this.oversight = oversight;
        this.reports = reports;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER','DISTRICT_OFFICER')")
    public List<BoardRow> communes(long campaignId, LocalDate day) {
        CampaignDetails campaign = campaigns.get(campaignId);
        List<CommuneDayRow> communes = oversight.communes(OversightFilter.of(campaignId, day), Pageable.unpaged())
                .getContent();
        List<Long> unitIds = communes.stream().map(CommuneDayRow::unitId).toList();
        Map<Long, PeriodRecord> campaignRecords = new HashMap<>();
        oversight.periodRecords(campaignId, unitIds, campaign.startDate(), day)
                .forEach(r -> campaignRecords.put(r.unitId(), r));
        LocalDate weekStart = day.minusDays(WEEK - 1L);
        Map<Long, Map<LocalDate, ReportFact>> facts = new HashMap<>();
        for (ReportFact fact : reports.facts(campaignId, weekStart.minusDays(1), day)) {
            facts.computeIfAbsent(fact.unitId(), id -> new HashMap<>()).put(fact.reportDate(), fact);
        }

        int bottom = (int) Math.ceil(communes.size() * campaign.thresholds().bottomSharePercent().doubleValue() / 100);
        List<CommuneDayRow> byCoverage = new ArrayList<>(communes);
        byCoverage.sort(Comparator.comparing(r -> share(r.cumulative(), r.denominator())));
        List<Long> bottomIds = byCoverage.subList(0, Math.min(bottom, byCoverage.size())).stream()
                .map(CommuneDayRow::unitId).toList();

        List<BoardRow> rows = new ArrayList<>();
        for (CommuneDayRow commune : communes) {
            Map<LocalDate, ReportFact> own = facts.getOrDefault(commune.unitId(), Map.of());
            List<UnitRecord.Day> week = new ArrayList<>();
            List<Double> trend = new ArrayList<>();
            int onTime = 0;
            int late = 0;
            int missing = 0;
            long carried = previousFigure(own, weekStart, commune);
            for (LocalDate d = weekStart; !d.isAfter(day); d = d.plusDays(1)) {
                if (d.isBefore(campaign.startDate())) {
                    continue;
                }
                ReportFact fact = own.get(d);
                DayStatus status = ReportingRules.status(d, campaign.cutoffTime(),
                        fact == null ? null : fact.firstSubmittedAt(), clock.instant());
                switch (status) {
                    case ON_TIME -> onTime++;
                    case LATE -> late++;
                    case MISSING -> missing++;
                    case PENDING -> { }
                }
                if (status == DayStatus.PENDING) {
                    continue;
                }
                if (fact == null) {
                    week.add(UnitRecord.Day.missing());
                } else {
                    carried = fact.cumulativeInstalls();
                    week.add(new UnitRecord.Day(true, status == DayStatus.LATE, fact.cumulativeInstalls(),
                            fact.workForms() == 0, fact.aboveLimits(), fact.jumpFlagged()));
                }
                trend.add(share(carried, commune.denominator()));
            }
            UnitRecord record = new UnitRecord(commune.cumulative(), commune.denominator(), commune.population(),
                    commune.paceInstalls(), week, false);
            Finding finding = ComplianceRules.assess(record, bottomIds.contains(commune.unitId()), campaign.thresholds());
            PeriodRecord overall = campaignRecords.getOrDefault(commune.unitId(), new PeriodRecord(commune.unitId(), 0, 0, 0));
            rows.add(new BoardRow(0, commune.unitId(), commune.code(), commune.name(), commune.districtName(),
                    commune.cumulative(), commune.denominator(), commune.population(), commune.paceInstalls(),
                    overall.onTime(), overall.late(), overall.missing(), onTime, late, missing, trend, finding));
        }
        rows.sort(Comparator.comparing((BoardRow r) -> share(r.cumulative(), r.denominator())).reversed()
                .thenComparing(Comparator.comparing(BoardRow::onTimeRate).reversed()));
        List<BoardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BoardRow r = rows.get(i);
            ranked.add(new BoardRow(i + 1, r.unitId(), r.code(), r.name(), r.parentName(), r.cumulative(), r.denominator(),
                    r.population(), r.paceInstalls(), r.onTimeCampaign(), r.lateCampaign(), r.missingCampaign(),
                    r.onTimeWeek(), r.lateWeek(), r.missingWeek(), r.trend(), r.finding()));
        }
        return ranked;
    }

    /** The figure in force before the week: the latest report before it, else the one the grid carried. */
    private static long previousFigure(Map<LocalDate, ReportFact> own, LocalDate weekStart, CommuneDayRow commune) {
        ReportFact before = own.get(weekStart.minusDays(1));
        return before != null ? before.cumulativeInstalls() : commune.cumulative() - commune.newSincePrevious();
    }

    static double share(long part, long whole) {
        return whole <= 0 ? 0 : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
