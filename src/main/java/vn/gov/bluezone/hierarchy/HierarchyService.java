package vn.gov.bluezone.hierarchy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.ContactDetails;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.UnitNames;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Reads and changes administrative units, always within the caller's scope. A unit outside the
 * scope is reported exactly like a unit that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class HierarchyService implements UnitNames {

    private final AdministrativeUnitRepository units;
    private final AuditLog auditLog;
    private final Clock clock;

    HierarchyService(AdministrativeUnitRepository units, AuditLog auditLog, Clock clock) {
        this.units = units;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Units in the caller's scope, sorted by Vietnamese name order unless the page says otherwise. */
    @PreAuthorize("isAuthenticated()")
    public Page<UnitSummary> browse(UnitFilter filter, Pageable pageable) {
        return units.findInScope(filter.level(), textPattern(filter), sortedByName(pageable))
                .map(UnitSummary::of);
    }

    @PreAuthorize("isAuthenticated()")
    public long count(UnitFilter filter) {
        return units.countInScope(filter.level(), textPattern(filter));
    }

    private static String textPattern(UnitFilter filter) {
        return filter.hasText() ? VietnameseText.likeContains(filter.text()) : null;
    }

    /** One unit in scope, or {@link OutOfScopeException}. */
    @PreAuthorize("isAuthenticated()")
    public UnitSummary get(long id) {
        return units.findInScope(id).map(UnitSummary::of)
                .orElseThrow(OutOfScopeException::new);
    }

    /**
     * The unit in scope bearing a code: the one in force today, else the one of the latest list
     * (codes are given again from list to list, decision 0029), or {@link OutOfScopeException}.
     */
    @PreAuthorize("isAuthenticated()")
    public UnitSummary getByCode(String code) {
        return UnitSummary.of(unitByCode(code));
    }

    /** The unit in scope that bore a code on a day, or {@link OutOfScopeException}. */
    @PreAuthorize("isAuthenticated()")
    public UnitSummary getByCode(String code, LocalDate day) {
        return units.findByCodeInScope(code).stream().filter(unit -> unit.inForceOn(day)).findFirst()
                .map(UnitSummary::of).orElseThrow(OutOfScopeException::new);
    }

    /**
     * The unit in scope bearing a code inside the tree under {@code path} (a campaign's province),
     * or {@link OutOfScopeException}: imports keyed by code read codes in the list of their campaign.
     */
    @PreAuthorize("isAuthenticated()")
    public UnitSummary getByCodeUnder(String code, String path) {
        return units.findByCodeInScope(code).stream().filter(unit -> unit.getPath().startsWith(path)).findFirst()
                .map(UnitSummary::of).orElseThrow(OutOfScopeException::new);
    }

    private AdministrativeUnit unitByCode(String code) {
        List<AdministrativeUnit> found = units.findByCodeInScope(code);
        LocalDate today = LocalDate.now(clock);
        return found.stream().filter(unit -> unit.inForceOn(today)).findFirst()
                .or(() -> found.stream().findFirst())
                .orElseThrow(OutOfScopeException::new);
    }

    /**
     * The office email of the unit above a unit in scope (a commune's district), which may itself
     * be outside the caller's scope: a commune's report is copied to its district's office.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> parentOfficeEmail(long unitId) {
        String email = units.findParentOfficeEmailInScope(unitId).orElseThrow(OutOfScopeException::new);
        return email.isEmpty() ? Optional.empty() : Optional.of(email);
    }

    /** The office emails of units in scope, by unit id (units without one are left out). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> officeEmails(Collection<Long> ids) {
        Map<Long, String> emails = new HashMap<>();
        if (!ids.isEmpty()) {
            units.findInScopeByIdIn(ids).stream().filter(u -> u.getOfficeEmail() != null)
                    .forEach(u -> emails.put(u.getId(), u.getOfficeEmail()));
        }
        return emails;
    }

    /** The names of the units in scope named by these paths, in one query. */
    @Override
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> namesByPath(Collection<String> paths) {
        Map<String, String> names = new HashMap<>();
        Set<String> wanted = new HashSet<>(paths);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            units.findInScopeByPathIn(wanted).forEach(u -> names.put(u.getPath(), u.getName()));
        }
        return names;
    }

    /**
     * Whether the province (or any unit) at a path has district-level units under it: false for a
     * two-level province (since 1/7/2025), whose communes sit directly under it.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean hasDistricts(String path) {
        return units.existsAcrossScopesUnder(path, UnitLevel.DISTRICT);
    }

    /** The unit the caller belongs to (the root of its scope); empty for the system administrator. */
    @PreAuthorize("isAuthenticated()")
    public Optional<UnitSummary> ownUnit() {
        return units.findOwnUnit().map(UnitSummary::of);
    }

    /** Sets the population of a unit in scope, with where the figure comes from. */
    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public UnitSummary recordPopulation(long id, long population, String source, LocalDate date) {
        if (!FigureLimits.isPeopleCount(population)) {
            throw new PortalException("unit.error.population");
        }
        AdministrativeUnit unit = units.findInScope(id).orElseThrow(OutOfScopeException::new);
        String origin = InputText.line(source);
        unit.recordPopulation(population, origin, date);
        auditLog.record(AuditAction.UNIT_UPDATED, unit.getCode() + " " + unit.getName(), unit.getPath(),
                "population=" + population + "; source=" + origin + "; date=" + date);
        return UnitSummary.of(unit);
    }

    /**
     * Sets the populations of units in scope (unit id to figure, in the order given), all from one
     * source, as {@link #recordPopulation} sets each, with the same audit entry per unit, but in
     * one transaction with one read of the units: the demo records the estimates of a whole
     * province at its first start, and a call per commune took a second of it (issue 17). Every
     * figure is checked first, and a unit outside the scope refuses the whole call.
     */
    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public void recordPopulations(Map<Long, Long> populations, String source, LocalDate date) {
        if (!populations.values().stream().allMatch(FigureLimits::isPeopleCount)) {
            throw new PortalException("unit.error.population");
        }
        Map<Long, AdministrativeUnit> found = units.findInScopeByIdIn(populations.keySet()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getId, Function.identity()));
        String origin = InputText.line(source);
        populations.forEach((id, population) -> {
            AdministrativeUnit unit = found.get(id);
            if (unit == null) {
                throw new OutOfScopeException();
            }
            unit.recordPopulation(population, origin, date);
            auditLog.record(AuditAction.UNIT_UPDATED, unit.getCode() + " " + unit.getName(), unit.getPath(),
                    "population=" + population + "; source=" + origin + "; date=" + date);
        });
    }

    /** Sets the office email of a unit in scope; a stale version is refused. */
    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public UnitSummary updateOfficeEmail(long id, String email, long expectedVersion) {
        AdministrativeUnit unit = units.findInScope(id).orElseThrow(OutOfScopeException::new);
        if (unit.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        String clean = InputText.line(email);
        if (clean != null && !ContactDetails.isEmail(clean)) {
            throw new PortalException("unit.error.email");
        }
        String before = unit.getOfficeEmail();
        unit.setOfficeEmail(clean);
        auditLog.record(AuditAction.UNIT_UPDATED, unit.getCode() + " " + unit.getName(), unit.getPath(),
                "office_email: " + before + " → " + clean);
        return UnitSummary.of(unit);
    }

    private static Pageable sortedByName(Pageable pageable) {
        Sort sort = pageable.getSort().isUnsorted() ? Sort.by("name") : pageable.getSort();
        List<Sort.Order> orders = sort.stream()
                .map(order -> switch (order.getProperty()) {
                    case "name" -> order.withProperty("nameSort");
                    case "code", "level", "population", "path" -> order;
                    default -> throw new IllegalArgumentException("Cannot sort units by " + order.getProperty());
                })
                .toList();
        Sort resolved = Sort.by(orders).and(Sort.by("code"));
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), resolved)
                : Pageable.unpaged(resolved);
    }
}
