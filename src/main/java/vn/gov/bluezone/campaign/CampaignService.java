package vn.gov.bluezone.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.directory.Office;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.AdministrativeUnit;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.ContactDetails;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.ValidationException;

/**
 * Campaigns. Everyone reads the campaigns of their own province; provincial officers and
 * administrators create, edit, activate and close them. Their baselines are {@link BaselineService}'s.
 */
@Service
@Transactional(readOnly = true)
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignAccess access;
    private final HierarchyService hierarchy;
    private final OfficeService offices;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, CampaignAccess access, HierarchyService hierarchy,
            OfficeService offices, AuditLog auditLog, EntityManager entityManager, Clock clock) {
        this.campaigns = campaigns;
        this.access = access;
        this.hierarchy = hierarchy;
        this.offices = offices;
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
        return access.visible(id).details();
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails create(CampaignForm form) {
        validate(form);
        UnitSummary province = hierarchy.get(form.provinceId());
        if (province.level() != UnitLevel.PROVINCE) {
            throw new ValidationException(Map.of("province", "campaign.error.province"));
        }
        checkInForce(province, form);
        checkOfficesAndLevels(form, province);
        Campaign campaign = new Campaign(entityManager.getReference(AdministrativeUnit.class, province.id()));
        campaign.apply(form, office(form.receivingOfficeId()), office(form.draftingOfficeId()));
        campaigns.save(campaign);
        auditLog.record(AuditAction.CAMPAIGN_CREATED, form.name(), province.path(), null);
        return campaign.details();
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails update(long id, CampaignForm form, long expectedVersion) {
        Campaign campaign = access.managed(id, expectedVersion);
        validate(form);
        if (form.provinceId() != campaign.getProvince().getId()) {
            throw new ValidationException(Map.of("province", "campaign.error.provinceFixed"));
        }
        UnitSummary province = hierarchy.get(campaign.getProvince().getId());
        checkInForce(province, form);
        checkOfficesAndLevels(form, province);
        CampaignDetails before = campaign.details();
        campaign.apply(form, office(form.receivingOfficeId()), office(form.draftingOfficeId()));
        entityManager.flush();
        auditLog.record(AuditAction.CAMPAIGN_UPDATED, form.name(), before.provincePath(), changes(before, campaign.details()));
        return campaign.details();
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public CampaignDetails activate(long id, long expectedVersion) {
        Campaign campaign = access.managed(id, expectedVersion);
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
        Campaign campaign = access.managed(id, expectedVersion);
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
        LocalDate start = access.visible(id).details().startDate();
        return close(id, today.isBefore(start) ? start : today, expectedVersion);
    }

    /** Demo data only: marks the campaign's baselines as estimates to be labelled on screen. */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void markDemoEstimates(long id) {
        access.visible(id).markDemoEstimates();
    }

    /**
     * A campaign runs on the units in force on its dates (decision 0029): a province of a list that
     * ended, or that begins later, cannot carry it.
     */
    private static void checkInForce(UnitSummary province, CampaignForm form) {
        if (!province.inForceOn(form.startDate()) || !province.inForceOn(form.targetDate())) {
            throw new ValidationException(Map.of("province", "campaign.error.unitNotInForce"));
        }
    }

    private static void validate(CampaignForm form) {
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(form.name() != null && !form.name().isBlank() && form.name().length() <= 200, "name",
                        "campaign.error.name")
                .check(form.directiveNumber() == null || form.directiveNumber().length() <= 50, "directiveNumber",
                        "campaign.error.tooLong")
                .check(form.issuingUnit() == null || form.issuingUnit().length() <= 200, "issuingUnit",
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

    /**
     * The offices named by the form are entries of the directory for the campaign's province itself
     * (not of another province, nor of a district), and a copy to the district level is asked only
     * where the province has districts (a two-level province has its communes directly under it).
     */
    private void checkOfficesAndLevels(CampaignForm form, UnitSummary province) {
        new ValidationException.Collector()
                .check(form.receivingOfficeId() == null || ofProvince(form.receivingOfficeId(), province),
                        "receivingOffice", "campaign.error.receivingOffice")
                .check(form.draftingOfficeId() == null || ofProvince(form.draftingOfficeId(), province),
                        "draftingOffice", "campaign.error.draftingOffice")
                .check(!form.copyToParent() || hierarchy.hasDistricts(province.path()),
                        "copyToParent", "campaign.error.copyToDistrict")
                .throwIfAny();
    }

    private boolean ofProvince(long officeId, UnitSummary province) {
        try {
            OfficeSummary office = offices.get(officeId);
            return office.unitId() != null && office.unitId() == province.id();
        } catch (OutOfScopeException unreadable) {
            return false;
        }
    }

    private Office office(Long id) {
        return id == null ? null : entityManager.getReference(Office.class, id);
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
                        + after.cutoffTime() + offices(before) + " → " + offices(after);
    }

    private static String offices(CampaignDetails campaign) {
        return " receiving " + (campaign.receivingOffice() == null ? "-" : campaign.receivingOffice().abbreviation())
                + " drafting " + (campaign.draftingOffice() == null ? "-" : campaign.draftingOffice().abbreviation())
                + (campaign.copyToParent() ? " copy to district" : "");
    }
}
