package vn.gov.bluezone.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.AdministrativeUnit;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.ContactDetails;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.TabularFile;
import vn.gov.bluezone.shared.TabularImport;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.TabularImport.HeaderCheck;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Campaigns and their baselines. Everyone reads the campaigns of their own province; provincial
 * officers and administrators create, edit, activate and close them and keep the baselines.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    private static final TabularImport<BaselineRow> BASELINE_IMPORT = TabularImport.of(Formats.CSV_OR_XLSX,
            MAX_IMPORT_BYTES, HeaderCheck.eachRequired("commune_code", "population", "smartphone_users",
                    "installs_at_start"));

    /** One checked row of a baselines file. */
    private record BaselineRow(UnitSummary commune, long population, long smartphoneUsers, long installsAtStart) {
    }

    private final CampaignRepository campaigns;
    private final CampaignBaselineRepository baselines;
    private final HierarchyService hierarchy;
    private final Callers callers;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignBaselineRepository baselines, HierarchyService hierarchy,
            Callers callers, AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.hierarchy = hierarchy;
        this.callers = callers;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<CampaignDetails> visibleCampaigns() {
        return campaigns.findVisible().stream().map(Campaign::details).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public CampaignDetails get(long id) {
        return visible(id).details();
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails create(CampaignForm form) {
        validate(form);
        UnitSummary province = hierarchy.get(form.provinceId());
        if (province.level() != UnitLevel.PROVINCE) {
            throw new ValidationException(Map.of("province", "campaign.error.province"));
        }
        Campaign campaign = new Campaign(entityManager.getReference(AdministrativeUnit.class, province.id()));
        campaign.apply(form);
        campaigns.save(campaign);
        auditLog.record(AuditAction.CAMPAIGN_CREATED, form.name(), province.path(), null);
        return campaign.details();
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails update(long id, CampaignForm form, long expectedVersion) {
        Campaign campaign = managed(id, expectedVersion);
        validate(form);
        if (form.provinceId() != campaign.getProvince().getId()) {
            throw new ValidationException(Map.of("province", "campaign.error.provinceFixed"));
        }
        CampaignDetails before = campaign.details();
        campaign.apply(form);
        entityManager.flush();
        auditLog.record(AuditAction.CAMPAIGN_UPDATED, form.name(), before.provincePath(), changes(before, campaign.details()));
        return campaign.details();
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails activate(long id, long expectedVersion) {
        Campaign campaign = managed(id, expectedVersion);
        campaign.activate();
        auditLog.record(AuditAction.CAMPAIGN_ACTIVATED, campaign.details().name(), campaign.getProvince().getPath(), null);
        return campaign.details();
    }

    /**
     * Closes the campaign on a day between its start and today: reports dated after it are no longer
     * accepted, and none at all can be written once closed.
     */
    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails close(long id, LocalDate closedOn, long expectedVersion) {
        Campaign campaign = managed(id, expectedVersion);
        if (campaign.getStatus() != CampaignStatus.ACTIVE) {
            throw new PortalException("campaign.error.notActive");
        }
        CampaignDetails details = campaign.details();
        if (closedOn == null || closedOn.isBefore(details.startDate()) || closedOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(Map.of("closedOn", "campaign.error.closedOn"));
        }
        campaign.close(closedOn);
        auditLog.record(AuditAction.CAMPAIGN_CLOSED, campaign.details().name(), campaign.getProvince().getPath(), null);
        return campaign.details();
    }

    /** Closes the campaign as of today (or its first day, if it has not started). */
    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails closeToday(long id, long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = visible(id).details().startDate();
        return close(id, today.isBefore(start) ? start : today, expectedVersion);
    }

    /** Demo data only: marks the campaign's baselines as estimates to be labelled on screen. */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void markDemoEstimates(long id) {
        visible(id).markDemoEstimates();
    }

    /** The baseline of one commune, if the caller's scope covers it. */
    @PreAuthorize("isAuthenticated()")
    public Baseline baseline(long campaignId, long unitId) {
        visible(campaignId);
        return baselines.findInScope(campaignId, unitId)
                .map(CampaignBaseline::view).orElseThrow(OutOfScopeException::new);
    }

    @PreAuthorize("isAuthenticated()")
    public Page<Baseline> baselines(long campaignId, String text, Pageable pageable) {
        visible(campaignId);
        String pattern = text == null || text.isBlank() ? null : VietnameseText.likeContains(text);
        Pageable sorted = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("unit.path"))
                : Pageable.unpaged(Sort.by("unit.path"));
        return baselines.findInScope(campaignId, pattern, sorted)
                .map(CampaignBaseline::view);
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public Baseline updateBaseline(long campaignId, long unitId, long population, long smartphoneUsers,
            long installsAtStart, long expectedVersion) {
        managed(campaignId, null);
        CampaignBaseline baseline = baselines.findInScope(campaignId, unitId)
                .orElseThrow(OutOfScopeException::new);
        if (baseline.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        String problem = baselineProblem(population, smartphoneUsers, installsAtStart);
        if (problem != null) {
            throw new ValidationException(Map.of("baseline", problem));
        }
        Baseline before = baseline.view();
        baseline.set(population, smartphoneUsers, installsAtStart, false);
        auditLog.record(AuditAction.BASELINE_UPDATED, before.unitCode() + " " + before.unitName(),
                baseline.getUnit().getPath(), before.population() + "/" + before.smartphoneUsers() + "/"
                        + before.installsAtStart() + " → " + population + "/" + smartphoneUsers + "/" + installsAtStart);
        return baseline.view();
    }

    /**
     * Imports baselines from CSV or XLSX with columns commune_code, population, smartphone_users,
     * installs_at_start: every row is checked first, and only a clean file is written.
     */
    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public int importBaselines(long campaignId, String fileName, byte[] content) {
        Campaign campaign = managed(campaignId, null);
        String provincePath = campaign.getProvince().getPath();
        Set<String> seen = new HashSet<>();
        List<BaselineRow> accepted = BASELINE_IMPORT.read(content, row -> {
            String code = row.cell("commune_code");
            Long population = TabularFile.wholeNumber(row.cell("population"));
            Long smartphones = TabularFile.wholeNumber(row.cell("smartphone_users"));
            Long installs = TabularFile.wholeNumber(row.cell("installs_at_start"));
            UnitSummary unit = communeOf(code, provincePath);
            if (unit == null) {
                return row.refuse("baseline.error.unknownCommune", code);
            } else if (!seen.add(code)) {
                return row.refuse("import.error.duplicateCode", code, "—");
            } else if (population == null || smartphones == null || installs == null) {
                return row.refuse("baseline.error.notWholeNumber");
            }
            String problem = baselineProblem(population, smartphones, installs);
            return problem != null ? row.refuse(problem)
                    : row.accept(new BaselineRow(unit, population, smartphones, installs));
        });
        Map<String, CampaignBaseline> existing = new HashMap<>();
        baselines.findAcrossScopesByCampaign(campaignId).forEach(b -> existing.put(b.getUnit().getCode(), b));
        int changed = 0;
        for (BaselineRow row : accepted) {
            CampaignBaseline baseline = existing.get(row.commune().code());
            if (baseline == null) {
                baseline = baselines.save(new CampaignBaseline(campaignId,
                        entityManager.getReference(AdministrativeUnit.class, row.commune().id())));
            }
            if (baseline.set(row.population(), row.smartphoneUsers(), row.installsAtStart(), false)) {
                changed++;
            }
        }
        auditLog.record(AuditAction.BASELINE_IMPORTED, InputText.line(fileName), provincePath, "rows=" + accepted.size() + "; changed=" + changed);
        return changed;
    }

    /** Demo seeding: sets a baseline without an import file, marked as an estimate. */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void seedEstimatedBaseline(long campaignId, long unitId, long population, long smartphoneUsers,
            long installsAtStart) {
        CampaignBaseline baseline = baselines.findInScope(campaignId, unitId)
                .orElseGet(() -> baselines.save(new CampaignBaseline(campaignId,
                        entityManager.getReference(AdministrativeUnit.class, unitId))));
        baseline.set(population, smartphoneUsers, installsAtStart, true);
    }

    private UnitSummary communeOf(String code, String provincePath) {
        if (code == null || !code.matches("\\d{1,10}")) {
            return null;
        }
        try {
            UnitSummary unit = hierarchy.getByCode(code);
            return unit.level() == UnitLevel.COMMUNE && unit.path().startsWith(provincePath) ? unit : null;
        } catch (OutOfScopeException e) {
            return null;
        }
    }

    static String baselineProblem(long population, long smartphoneUsers, long installsAtStart) {
        if (population < 0 || smartphoneUsers < 0 || installsAtStart < 0) {
            return "baseline.error.negative";
        }
        if (population > FigureLimits.MAX_PEOPLE) {
            return "figure.error.tooLarge";
        }
        if (smartphoneUsers > population) {
            return "baseline.error.smartphonesAbovePopulation";
        }
        if (installsAtStart > population) {
            return "baseline.error.installsAbovePopulation";
        }
        return null;
    }

    private Campaign visible(long id) {
        return campaigns.findVisible(id).orElseThrow(OutOfScopeException::new);
    }

    /** A campaign the caller may change: its province lies inside the caller's scope. */
    private Campaign managed(long id, Long expectedVersion) {
        Campaign campaign = visible(id);
        if (!callers.current().covers(campaign.getProvince().getPath())) {
            throw new OutOfScopeException();
        }
        if (expectedVersion != null && campaign.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        return campaign;
    }

    private static void validate(CampaignForm form) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(form.name() != null && !form.name().isBlank() && form.name().length() <= 200, "name",
                        "campaign.error.name")
                .check(form.directiveNumber() == null || form.directiveNumber().length() <= 50, "directiveNumber",
                        "campaign.error.tooLong")
                .check(form.issuingUnit() == null || form.issuingUnit().length() <= 200, "issuingUnit",
                        "campaign.error.tooLong")
                .check(form.receivingOffice() == null || form.receivingOffice().length() <= 200, "receivingOffice",
                        "campaign.error.tooLong")
                .check(form.focalName() == null || form.focalName().length() <= 120, "focalName",
                        "campaign.error.tooLong")
                .check(form.startDate() != null, "startDate", "campaign.error.startDate")
                .check(form.targetDate() != null && form.startDate() != null
                        && form.targetDate().isAfter(form.startDate()), "targetDate", "campaign.error.targetDate")
                .check(form.targetPercent() != null && form.targetPercent().compareTo(BigDecimal.ZERO) > 0
                        && form.targetPercent().compareTo(BigDecimal.valueOf(100)) <= 0, "targetPercent",
                        "campaign.error.targetPercent")
                .check(form.denominator() != null, "denominator", "campaign.error.denominator")
                .check(form.cutoffTime() != null, "cutoffTime", "campaign.error.cutoff")
                .check(form.focalEmail() == null || form.focalEmail().isBlank() || ContactDetails.isEmail(form.focalEmail()),
                        "focalEmail", "user.error.email")
                .check(form.focalPhone() == null || form.focalPhone().isBlank() || ContactDetails.isPhone(form.focalPhone()),
                        "focalPhone", "user.error.phone")
                .check(form.thresholds() != null && percent(form.thresholds().jumpPercent()), "thresholds",
                        "campaign.error.thresholds")
                .check(form.thresholds() != null && percent(form.thresholds().lowResultPacePercent()),
                        "thresholds.lowResultPace", "campaign.error.percentThreshold")
                .check(form.thresholds() != null && percent(form.thresholds().bottomSharePercent()),
                        "thresholds.bottomShare", "campaign.error.percentThreshold")
                .check(form.thresholds() != null && weekLimit(form.thresholds().missingLimit())
                        && weekLimit(form.thresholds().lateLimit()) && weekLimit(form.thresholds().unchangedReports())
                        && weekLimit(form.thresholds().emptyWorkReports()), "thresholds.limits",
                        "campaign.error.limits")
                .check(form.workForms().stream().allMatch(f -> f.code() != null && f.code().matches("[A-Z_]{2,40}")
                        && f.label() != null && !f.label().isBlank() && f.label().length() <= 200), "workForms",
                        "campaign.error.workForms")
                .check(form.materials().stream().allMatch(m -> m.title() != null && !m.title().isBlank()
                        && m.title().length() <= 200 && m.kind() != null && Material.KINDS.contains(m.kind())
                        && m.link() != null && m.link().matches("https?://[^\\s<>\"]{1,990}")), "materials",
                        "campaign.error.materials")
                .throwIfAny();
    }

    /** A threshold in percent: above 0 and at most 100. */
    private static boolean percent(BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /** A count of reports within the seven days the rules look at. */
    private static boolean weekLimit(int value) {
        return value >= 1 && value <= 7;
    }

    private static String changes(CampaignDetails before, CampaignDetails after) {
        return before.toString().equals(after.toString()) ? null
                : "before: " + before.name() + " " + before.startDate() + "–" + before.targetDate() + " "
                        + before.targetPercent() + "% cutoff " + before.cutoffTime() + " → after: " + after.name() + " "
                        + after.startDate() + "–" + after.targetDate() + " " + after.targetPercent() + "% cutoff "
                        + after.cutoffTime();
    }
}
