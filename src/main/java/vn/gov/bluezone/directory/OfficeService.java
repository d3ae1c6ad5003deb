package vn.gov.bluezone.directory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.ContactDetails;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The directory of offices. Anyone signed in reads the offices of a unit in scope or above their
 * own unit (a commune reads its province's Department) and the central agencies; officers who
 * manage offices create, change and delete those of units in their scope, the administrator also
 * the central agencies. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class OfficeService {

    static final int MAX_SIGNERS = 5;
    static final int MAX_LINES = 3;
    private static final String ABBREVIATION = "[A-ZĐ0-9&]{1,20}";

    private final OfficeRepository offices;
    private final HierarchyService hierarchy;
    private final AuditLog auditLog;
    private final Callers callers;
    private final EntityManager entityManager;

    OfficeService(OfficeRepository offices, HierarchyService hierarchy, AuditLog auditLog, Callers callers,
            EntityManager entityManager) {
        this.offices = offices;
        this.hierarchy = hierarchy;
        this.auditLog = auditLog;
        this.callers = callers;
        this.entityManager = entityManager;
    }

    /** The offices of a unit the caller may read (in scope, or above the caller's own unit), committee first. */
    @PreAuthorize("isAuthenticated()")
    public List<OfficeSummary> ofUnit(long unitId) {
        return sorted(offices.findReadableByUnit(unitId));
    }

    /** The central agencies: offices that belong to no unit. */
    @PreAuthorize("isAuthenticated()")
    public List<OfficeSummary> central() {
        return sorted(offices.findCentral());
    }

    /** One office the caller may read, or {@link OutOfScopeException}. */
    @PreAuthorize("isAuthenticated()")
    public OfficeSummary get(long id) {
        return offices.findReadable(id).map(Office::summary).orElseThrow(OutOfScopeException::new);
    }

    /** The People's Committee of a unit as the directory names it on a day, if it has an entry. */
    @PreAuthorize("isAuthenticated()")
    public Optional<OfficeSummary> committee(long unitId, LocalDate day) {
        return ofUnit(unitId).stream().filter(o -> o.kind() == OfficeKind.PEOPLES_COMMITTEE && o.validOn(day))
                .findFirst();
    }

    @Requires(Permission.MANAGE_OFFICES)
    @Transactional
    public OfficeSummary create(OfficeForm form) {
        validate(form);
        Office office;
        if (form.unitId() == null) {
            if (!callers.current().scope().isEverything()) {
                throw new ValidationException(Map.of("unit", "office.error.central"));
            }
            office = new Office(null, null);
        } else {
            UnitSummary unit = hierarchy.get(form.unitId());
            if (!callers.current().covers(unit.path())) {
                throw new OutOfScopeException();
            }
            office = new Office(unit.id(), unit.path());
        }
        office.apply(form);
        offices.save(office);
        entityManager.flush();
        auditLog.record(AuditAction.OFFICE_CREATED, form.name(), office.getUnitPath(), describe(office.summary()));
        return office.summary();
    }

    @Requires(Permission.MANAGE_OFFICES)
    @Transactional
    public OfficeSummary update(long id, OfficeForm form, long expectedVersion) {
        Office office = changeable(id, expectedVersion);
        validate(form);
        if (!Objects.equals(form.unitId(), office.getUnitId())) {
            throw new ValidationException(Map.of("unit", "office.error.unitFixed"));
        }
        String before = describe(office.summary());
        office.apply(form);
        entityManager.flush();
        String after = describe(office.summary());
        auditLog.record(AuditAction.OFFICE_UPDATED, form.name(), office.getUnitPath(),
                before.equals(after) ? null : before + " → " + after);
        return office.summary();
    }

    /** Deletes an office no campaign refers to; one that is still named by a campaign is refused. */
    @Requires(Permission.MANAGE_OFFICES)
    @Transactional
    public void delete(long id, long expectedVersion) {
        Office office = changeable(id, expectedVersion);
        OfficeSummary summary = office.summary();
        try {
            offices.delete(office);
            entityManager.flush();
        } catch (PersistenceException | DataIntegrityViolationException inUse) {
            throw new PortalException("office.error.inUse");
        }
        auditLog.record(AuditAction.OFFICE_DELETED, summary.name(), office.getUnitPath(), describe(summary));
    }

    /** An office in the caller's scope (a central agency: for whoever sees everything) at the version read. */
    private Office changeable(long id, long expectedVersion) {
        Office office = offices.findInScope(id)
                .or(() -> callers.current().scope().isEverything() ? offices.findCentral(id) : Optional.empty())
                .orElseThrow(OutOfScopeException::new);
        if (office.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        return office;
    }

    private static void validate(OfficeForm form) {
        new ValidationException.Collector()
                .check(form.kind() != null, "kind", "office.error.kind")
                .check(text(form.name(), 200), "name", "office.error.name")
                .check(text(form.shortName(), 120), "shortName", "office.error.shortName")
                .check(text(form.headerName(), 200) && form.headerName().lines().count() <= MAX_LINES
                        && form.headerName().equals(form.headerName().toUpperCase(VietnameseText.VIETNAMESE)),
                        "headerName", "office.error.headerName")
                .check(form.abbreviation() != null && form.abbreviation().matches(ABBREVIATION), "abbreviation",
                        "office.error.abbreviation")
                .check(form.email() == null || (form.email().length() <= 254 && ContactDetails.isEmail(form.email())),
                        "email", "office.error.email")
                .check(form.validFrom() == null || form.validTo() == null || form.validTo().isAfter(form.validFrom()),
                        "validTo", "office.error.validity")
                .check(form.signers().size() <= MAX_SIGNERS && form.signers().stream().allMatch(s -> s != null
                        && text(s.fullName(), 120) && text(s.title(), 120) && text(s.authority(), 200)
                        && s.authority().lines().count() <= MAX_LINES), "signers", "office.error.signers")
                .throwIfAny();
    }

    /** Present, within {@code max} characters, and free of markup characters. */
    private static boolean text(String value, int max) {
        return value != null && !value.isBlank() && value.length() <= max && value.indexOf('<') < 0
                && value.indexOf('>') < 0;
    }

    private static List<OfficeSummary> sorted(List<Office> found) {
        return found.stream().map(Office::summary)
                .sorted(Comparator.comparing(OfficeSummary::kind)
                        .thenComparing(o -> VietnameseText.sortKey(o.name())))
                .toList();
    }

    private static String describe(OfficeSummary office) {
        return office.kind() + " " + office.abbreviation() + " \"" + office.name() + "\" (" + office.shortName() + ")"
                + (office.email() == null ? "" : " " + office.email())
                + (office.validFrom() == null && office.validTo() == null ? ""
                        : " " + Objects.toString(office.validFrom(), "") + "–" + Objects.toString(office.validTo(), ""))
                + " signers=" + office.signers().stream().map(OfficeSigner::fullName).toList();
    }
}
