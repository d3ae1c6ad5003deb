package vn.gov.bluezone.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.Baseline;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.DataScope;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.UserNames;
import vn.gov.bluezone.shared.ValidationException;

/**
 * Daily reports. Only a commune's own officers write its reports; everyone whose scope covers the
 * commune reads them; district and provincial officers return them for correction. Every
 * submission is stamped by the server clock; every change keeps the earlier values. The signed
 * copy is {@link SignedCopyService}'s.
 */
@Service
@Transactional(readOnly = true)
public class DailyReportService {

    public static final long MAX_QUANTITY = 10_000_000L;
    public static final int MAX_RESULTS = 4000;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_OTHER_FORMS = 1000;
    public static final int MAX_SIGNER = 120;
    public static final int MAX_COMMENT = 1000;

    private final DailyReportRepository reports;
    private final ReportNeighbours neighbours;
    private final ReportRevisionRepository revisions;
    private final SignedCopyRepository signedCopies;
    private final CampaignService campaigns;
    private final BaselineService baselines;
    private final HierarchyService hierarchy;
    private final Callers callers;
    private final AuditLog auditLog;
    private final UserNames userNames;
    private final ApplicationEventPublisher events;
    private final RunningCounts runningCounts;
    private final StandingKeeper standings;
    private final Clock clock;

    DailyReportService(DailyReportRepository reports, ReportNeighbours neighbours, ReportRevisionRepository revisions,
            SignedCopyRepository signedCopies, CampaignService campaigns, BaselineService baselines, HierarchyService hierarchy,
            Callers callers, AuditLog auditLog,
            ApplicationEventPublisher events, RunningCounts runningCounts, StandingKeeper standings,
            UserNames userNames, Clock clock) {
        this.reports = reports;
        this.neighbours = neighbours;
        this.standings = standings;
        this.userNames = userNames;
        this.events = events;
        this.runningCounts = runningCounts;
        this.revisions = revisions;
        this.signedCopies = signedCopies;
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.hierarchy = hierarchy;
        this.callers = callers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Today in Vietnam, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Everything the form needs for the caller's own commune on one day. */
    @Requires(Permission.SUBMIT_REPORT)
    public ReportContext open(long campaignId, LocalDate date) {
        CampaignDetails campaign = campaigns.get(campaignId);
        UnitSummary commune = ownCommune();
        Baseline baseline = baselineOf(campaignId, commune.id());
        DailyReport report = reports.findDay(campaignId, commune.id(), date).orElse(null);
        long previous = previousCumulative(campaignId, commune.id(), date, baseline);
        Instant now = clock.instant();
        Duration left = Duration.between(now, ReportingRules.cutoff(date, campaign.cutoffTime()));
        return new ReportContext(campaignId, commune.id(), commune.name(), date, baseline.population(),
                baseline.smartphoneUsers(), denominator(campaign, baseline), previous, pace(campaign, baseline, date),
                baseline.estimated(), dayStatus(campaign, date, report == null ? null : report.getFirstSubmittedAt()),
                left.isNegative() ? Duration.ZERO : left, report == null ? null : view(report, campaign, baseline, commune.name()));
    }

    /** The live readout for a cumulative count the officer is typing; stores nothing. */
    @Requires(Permission.SUBMIT_REPORT)
    public ReportFigures preview(long campaignId, LocalDate date, long cumulative) {
        new ValidationException.Collector()
                .check(FigureLimits.isPeopleCount(cumulative), "cumulative", "figure.error.tooLarge")
                .throwIfAny();
        CampaignDetails campaign = campaigns.get(campaignId);
        UnitSummary commune = ownCommune();
        Baseline baseline = baselineOf(campaignId, commune.id());
        return new ReportFigures(cumulative, cumulative - previousCumulative(campaignId, commune.id(), date, baseline),
                baseline.population(), baseline.smartphoneUsers(), pace(campaign, baseline, date));
    }

    @Requires(Permission.SUBMIT_REPORT)
    @Transactional
    public ReportDetails saveDraft(ReportInput input) {
        return save(input, false);
    }

    /** Submits (first time) or amends (later); the server clock stamps it. */
    @Requires(Permission.SUBMIT_REPORT)
    @Transactional
    public ReportDetails submit(ReportInput input) {
        return save(input, true);
    }

    private ReportDetails save(ReportInput input, boolean submit) {
        CampaignDetails campaign = campaigns.get(input.campaignId());
        UnitSummary commune = ownCommune();
        Baseline baseline = baselineOf(campaign.id(), commune.id());
        LocalDate date = input.reportDate();
        Instant now = clock.instant();
        checkDate(campaign, date);

        DailyReport report = reports.findDay(campaign.id(), commune.id(), date).orElse(null);
        if (report == null && input.reportId() != null
                || report != null && (!Objects.equals(report.getId(), input.reportId()) || report.getVersion() != input.expectedVersion())) {
            throw new PortalException("error.conflict");
        }
        if (!submit && report != null && report.getFirstSubmittedAt() != null) {
            throw new PortalException("report.error.draftAfterSubmit");
        }
        validate(input, campaign, submit);

        // the submitted reports either side of the day, read once: the order of the figures, the
        // running counts and the answer all use them
        ReportNeighbours.Around around = neighbours.around(campaign.id(), commune.id(), date);
        Neighbour previousReport = around.previous().orElse(null);
        Neighbour nextReport = around.next().orElse(null);
        long previous = previousReport == null ? baseline.installsAtStart() : previousReport.cumulativeInstalls();
        long cumulative = input.cumulativeInstalls();
        ValidationException.Collector order = new ValidationException.Collector();
        order.check(cumulative >= previous, "cumulative", "report.error.belowPrevious");
        order.check(nextReport == null || cumulative <= nextReport.cumulativeInstalls(), "cumulative",
                "report.error.aboveNext");
        order.throwIfAny();

        boolean aboveLimits = cumulative > baseline.population() || cumulative > baseline.smartphoneUsers();
        boolean jump = ReportingRules.isJump(cumulative - previous, denominator(campaign, baseline),
                campaign.thresholds().jumpPercent());
        List<String> confirmations = new ArrayList<>();
        if (aboveLimits && !input.confirmAboveLimits()) {
            confirmations.add("report.confirm.aboveLimits");
        }
        if (jump && !input.confirmJump()) {
            confirmations.add("report.confirm.jump");
        }
        if (!confirmations.isEmpty()) {
            throw new ConfirmationRequiredException(confirmations, aboveLimits, jump);
        }

        boolean created = report == null;
        Map<String, String> before = created ? Map.of() : report.contents();
        if (created) {
            report = new DailyReport(campaign.id(), commune.id(), commune.path(), date, baseline.population(),
                    baseline.smartphoneUsers());
        }
        report.fill(input, aboveLimits, jump, now);
        RevisionAction action = RevisionAction.SAVED;
        if (submit) {
            // before anything is written: a second submission of the commune waits here for this one
            standings.lock(campaign.id(), commune.id());
            action = report.submit(username(), now) == ReportStatus.SUBMITTED ? RevisionAction.SUBMITTED
                    : RevisionAction.AMENDED;
            if (action == RevisionAction.SUBMITTED) {
                runningCounts.count(report, campaign, now, previousReport, nextReport != null);
            }
        }
        try {
            report = reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException duplicate) {
            throw new PortalException("report.error.alreadyExists");
        }
        if (submit) {
            standings.refresh(campaign.id(), commune.id());
        }
        String changes = diff(before, report.contents());
        revisions.save(new ReportRevision(report.getId(), now, username(), action, changes));
        auditLog.record(action.auditAction(), commune.code() + " " + date, commune.path(), changes);
        if (submit) {
            events.publishEvent(new ReportSubmitted(report.getId(), campaign, commune.id(), commune.path(),
                    commune.name(), date, report.getCumulativeInstalls(), baseline.population(), action == RevisionAction.AMENDED,
                    report.getFirstSubmittedAt().isAfter(ReportingRules.cutoff(date, campaign.cutoffTime()))));
        }
        return view(report, campaign, baseline, commune.name(), previous, !created);
    }

    /** A district or provincial officer sends a submitted report back with a comment. */
    @Requires(Permission.RETURN_REPORT)
    @Transactional
    public ReportDetails returnForCorrection(long reportId, String comment, long expectedVersion) {
        DailyReport report = reports.findInScope(reportId).orElseThrow(OutOfScopeException::new);
        if (report.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        if (report.getFirstSubmittedAt() == null || report.getStatus() == ReportStatus.RETURNED) {
            throw new PortalException("report.error.notReturnable");
        }
        String text = InputText.block(comment);
        if (text == null || text.length() > MAX_COMMENT) {
            throw new ValidationException(Map.of("comment", "report.error.comment"));
        }
        Instant now = clock.instant();
        report.returnForCorrection(text, username(), now);
        revisions.save(new ReportRevision(report.getId(), now, username(), RevisionAction.RETURNED, text));
        // the target names the commune by its code, as the other report entries do (the path ends with it)
        String code = new DataScope(report.getUnitPath()).unitCode();
        auditLog.record(RevisionAction.RETURNED.auditAction(), code + " " + report.getReportDate(),
                report.getUnitPath(), text);
        return get(reportId);
    }

    @PreAuthorize("isAuthenticated()")
    public ReportDetails get(long reportId) {
        DailyReport report = reports.findInScope(reportId).orElseThrow(OutOfScopeException::new);
        CampaignDetails campaign = campaigns.get(report.getCampaignId());
        Baseline baseline = baselines.baseline(report.getCampaignId(), report.getUnitId());
        return view(report, campaign, baseline, baseline.unitName());
    }

    @PreAuthorize("isAuthenticated()")
    public List<RevisionEntry> history(long reportId) {
        reports.findInScope(reportId).orElseThrow(OutOfScopeException::new);
        List<ReportRevision> steps = revisions.findByReportIdOrderByOccurredAtAscIdAsc(reportId);
        Map<String, String> names = userNames.fullNames(steps.stream().map(ReportRevision::actor).toList());
        return steps.stream().map(step -> step.view(names)).toList();
    }

    /** The caller's own commune's days of a campaign, from its start to today, each with its status. */
    @Requires(Permission.SUBMIT_REPORT)
    public List<DayRow> ownDays(long campaignId) {
        CampaignDetails campaign = campaigns.get(campaignId);
        UnitSummary commune = ownCommune();
        Map<LocalDate, DailyReport> byDate = reports.findForUnit(campaignId, commune.id()).stream()
                .collect(Collectors.toMap(DailyReport::getReportDate, r -> r));
        LocalDate last = campaign.closedOn() != null && campaign.closedOn().isBefore(today()) ? campaign.closedOn() : today();
        List<DayRow> days = new ArrayList<>();
        for (LocalDate day = last; !day.isBefore(campaign.startDate()); day = day.minusDays(1)) {
            DailyReport report = byDate.get(day);
            days.add(new DayRow(day, report == null ? null : report.getId(),
                    report == null ? null : report.getCumulativeInstalls(),
                    report == null ? null : report.getStatus(),
                    dayStatus(campaign, day, report == null ? null : report.getFirstSubmittedAt())));
        }
        return days;
    }

    private void validate(ReportInput input, CampaignDetails campaign, boolean submit) {
        Set<String> codes = campaign.workForms().stream().map(WorkForm::code).collect(Collectors.toSet());
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(input.cumulativeInstalls() != null, "cumulative", "report.error.cumulativeRequired");
        errors.check(input.cumulativeInstalls() == null || input.cumulativeInstalls() >= 0, "cumulative",
                "report.error.negative");
        errors.check(input.cumulativeInstalls() == null || input.cumulativeInstalls() <= FigureLimits.MAX_PEOPLE,
                "cumulative", "figure.error.tooLarge");
        input.work().forEach((code, quantity) -> errors
                .check(codes.contains(code), "work." + code, "report.error.unknownForm")
                .check(quantity == null || quantity >= 0 && quantity <= MAX_QUANTITY, "work." + code,
                        "report.error.quantity"));
        errors.check(length(input.otherForms()) <= MAX_OTHER_FORMS, "otherForms", "report.error.tooLong")
                .check(length(input.results()) <= MAX_RESULTS, "results", "report.error.tooLong")
                .check(length(input.difficulties()) <= MAX_TEXT, "difficulties", "report.error.tooLong")
                .check(length(input.proposals()) <= MAX_TEXT, "proposals", "report.error.tooLong")
                .check(length(input.signerName()) <= MAX_SIGNER, "signerName", "report.error.tooLong")
                .check(length(input.signerTitle()) <= MAX_SIGNER, "signerTitle", "report.error.tooLong");
        if (submit) {
            errors.check(input.signerName() != null && !input.signerName().isBlank(), "signerName",
                    "report.error.signerRequired");
        }
        errors.throwIfAny();
    }

    private void checkDate(CampaignDetails campaign, LocalDate date) {
        if (campaign.status() != CampaignStatus.ACTIVE) {
            throw new ValidationException(Map.of("reportDate", campaign.status() == CampaignStatus.CLOSED
                    ? "report.error.campaignClosed" : "report.error.campaignNotActive"));
        }
        new ValidationException.Collector()
                .check(date != null, "reportDate", "report.error.dateRequired")
                .throwIfAny();
        new ValidationException.Collector()
                .check(!date.isAfter(today()), "reportDate", "report.error.future")
                .check(!date.isBefore(campaign.startDate()), "reportDate", "report.error.beforeStart")
                .check(campaign.acceptsReportsFor(date), "reportDate", "report.error.afterClose")
                .throwIfAny();
    }

    private UnitSummary ownCommune() {
        return hierarchy.ownUnit().filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new AccessDeniedException("only a commune's own officers write its reports"));
    }

    private Baseline baselineOf(long campaignId, long unitId) {
        try {
            return baselines.baseline(campaignId, unitId);
        } catch (OutOfScopeException e) {
            throw new PortalException("report.error.noBaseline");
        }
    }

    private long previousCumulative(long campaignId, long unitId, LocalDate date, Baseline baseline) {
        return neighbours.previous(campaignId, unitId, date).map(Neighbour::cumulativeInstalls)
                .orElse(baseline.installsAtStart());
    }

    private DayStatus dayStatus(CampaignDetails campaign, LocalDate date, Instant firstSubmittedAt) {
        return ReportingRules.status(date, campaign.cutoffTime(), firstSubmittedAt, clock.instant());
    }

    private static long denominator(CampaignDetails campaign, Baseline baseline) {
        return campaign.denominator() == TargetDenominator.POPULATION ? baseline.population() : baseline.smartphoneUsers();
    }

    private static long pace(CampaignDetails campaign, Baseline baseline, LocalDate date) {
        return ReportingRules.paceInstalls(campaign.startDate(), campaign.targetDate(), date, baseline.installsAtStart(),
                denominator(campaign, baseline), campaign.targetPercent());
    }

    private ReportDetails view(DailyReport report, CampaignDetails campaign, Baseline baseline, String unitName) {
        return view(report, campaign, baseline, unitName,
                previousCumulative(campaign.id(), report.getUnitId(), report.getReportDate(), baseline), true);
    }

    /** The view with the figure of the day before already known; a new report has no signed copy yet. */
    private ReportDetails view(DailyReport report, CampaignDetails campaign, Baseline baseline, String unitName,
            long previous, boolean mayHaveSignedCopy) {
        String copyName = mayHaveSignedCopy ? signedCopies.findFileName(report.getId()).orElse(null) : null;
        // the officer who returned it, by name: the commune reads who to call
        String returnedBy = report.getReturnedBy() == null ? null : userNames.fullName(report.getReturnedBy());
        return new ReportDetails(report.getId(), report.getCampaignId(), report.getUnitId(), unitName,
                report.getReportDate(), report.getCumulativeInstalls(), report.getCumulativeInstalls() - previous,
                report.getPopulation(), report.getSmartphoneUsers(), pace(campaign, baseline, report.getReportDate()),
                Map.copyOf(report.getWork()), report.getOtherForms(), report.getResults(), report.getDifficulties(),
                report.getProposals(), report.getSignerName(), report.getSignerTitle(), report.getStatus(),
                dayStatus(campaign, report.getReportDate(), report.getFirstSubmittedAt()),
                report.getFirstSubmittedAt(), report.getLastSubmittedAt(), report.getSubmittedBy(),
                report.getReturnComment(), returnedBy, report.isAboveLimits(), report.isJumpFlagged(),
                copyName, report.getVersion());
    }

    private String username() {
        return callers.current().userName();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** "field: old → new" for every field that changed, in a stable order. */
    static String diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> all = new LinkedHashMap<>();
        before.keySet().forEach(key -> all.put(key, null));
        after.keySet().forEach(key -> all.put(key, null));
        return all.keySet().stream()
                .filter(key -> !Objects.equals(blankToNull(before.get(key)), blankToNull(after.get(key))))
                .map(key -> key + ": " + Objects.toString(blankToNull(before.get(key)), "—") + " → "
                        + Objects.toString(blankToNull(after.get(key)), "—"))
                .collect(Collectors.joining("\n"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
