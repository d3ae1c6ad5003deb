package vn.gov.bluezone.hierarchy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * Imports unit boundaries from a GeoJSON FeatureCollection, all or nothing (decision 0032): the
 * file is checked in full ({@link GeoJsonBoundaries}), then every feature's code must name a unit
 * in the caller's scope in force today; a feature without one is a problem, so a file for the wrong
 * province or list is refused whole rather than stored in part. A clean file replaces the shapes of
 * its units in one transaction; the same file again changes nothing. The result names the units
 * that still have no shape beside the ones imported, so a file missing a commune is noticed.
 */
@Service
public class BoundaryImportService {

    /** Uploads above this size are refused before parsing. */
    public static final int MAX_BYTES = GeoJsonBoundaries.MAX_BYTES;

    private final AdministrativeUnitRepository units;
    private final UnitBoundaryRepository boundaries;
    private final AuditLog auditLog;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoundaryImportService(AdministrativeUnitRepository units, UnitBoundaryRepository boundaries, AuditLog auditLog,
            Callers callers, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.boundaries = boundaries;
        this.auditLog = auditLog;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What an accepted file did: the shapes it holds (one per unit), how many were new, replaced or
     * the same as stored, and the units in force beside its units (same level, same unit above) that
     * have no shape after it, by code.
     */
    public record Result(int shapes, int created, int replaced, int unchanged, List<UnitSummary> withoutShape) {

        public Result {
            withoutShape = List.copyOf(withoutShape);
        }

        /** Whether the import changed any stored shape. */
        public boolean changed() {
            return created + replaced > 0;
        }
    }

    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public Result importBoundaries(String fileName, byte[] content) {
        List<GeoJsonBoundaries.Feature> features = GeoJsonBoundaries.parse(fileName, content);
        LocalDate today = LocalDate.now(clock);
        Map<String, AdministrativeUnit> byCode = units.findInScopeInForceByCodeIn(
                features.stream().map(GeoJsonBoundaries.Feature::code).toList(), today).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getCode, Function.identity(), (a, b) -> a));
        List<ImportProblem> problems = new ArrayList<>();
        for (GeoJsonBoundaries.Feature feature : features) {
            if (!byCode.containsKey(feature.code()) && problems.size() < GeoJsonBoundaries.MAX_PROBLEMS) {
                problems.add(new ImportProblem(feature.number(), "boundaryImport.error.unknownUnit", feature.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }

        Map<Long, UnitBoundary> stored = new HashMap<>();
        boundaries.findAcrossScopesByUnitIdIn(byCode.values().stream().map(AdministrativeUnit::getId).toList())
                .forEach(boundary -> stored.put(boundary.getUnit().getId(), boundary));
        Instant now = clock.instant();
        String by = callers.current().userName();
        int created = 0;
        int replaced = 0;
        for (GeoJsonBoundaries.Feature feature : features) {
            AdministrativeUnit unit = byCode.get(feature.code());
            UnitBoundary boundary = stored.get(unit.getId());
            if (boundary == null) {
                boundary = new UnitBoundary(unit);
                boundary.replace(feature.geometry(), now, by);
                boundaries.save(boundary);
                created++;
            } else if (boundary.replace(feature.geometry(), now, by)) {
                replaced++;
            }
        }
        Result result = new Result(features.size(), created, replaced, features.size() - created - replaced,
                withoutShape(byCode.values(), today));
        auditLog.record(AuditAction.BOUNDARIES_IMPORTED, InputText.line(fileName), null, "shapes=" + result.shapes()
                + "; created=" + created + "; replaced=" + replaced + "; unchanged=" + result.unchanged()
                + "; without_shape=" + result.withoutShape().size());
        if (result.changed()) {
            events.publishEvent(new BoundariesImported(byCode.values().stream()
                    .map(unit -> unit.getParent() == null ? null : unit.getParent().getId())
                    .filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet())));
        }
        return result;
    }

    /**
     * The units in force today, in scope, of the imported units' levels under the same units above
     * (for provinces: the other provinces) that have no shape now.
     */
    private List<UnitSummary> withoutShape(Iterable<AdministrativeUnit> imported, LocalDate today) {
        Map<UnitLevel, Set<Long>> parentsByLevel = new HashMap<>();
        Set<UnitLevel> rootLevels = new HashSet<>();
        for (AdministrativeUnit unit : imported) {
            if (unit.getParent() == null) {
                rootLevels.add(unit.getLevel());
            } else {
                parentsByLevel.computeIfAbsent(unit.getLevel(), level -> new HashSet<>()).add(unit.getParent().getId());
            }
        }
        List<AdministrativeUnit> beside = new ArrayList<>();
        parentsByLevel.forEach((level, parents) -> beside.addAll(units.findInScopeInForceUnder(parents, level, today)));
        rootLevels.forEach(level -> beside.addAll(units.findInScopeInForceRoots(level, today)));
        if (beside.isEmpty()) {
            return List.of();
        }
        Set<Long> shaped = boundaries.findAcrossScopesByUnitIdIn(beside.stream().map(AdministrativeUnit::getId).toList())
                .stream().map(boundary -> boundary.getUnit().getId()).collect(Collectors.toSet());
        return beside.stream().filter(unit -> !shaped.contains(unit.getId()))
                .sorted(Comparator.comparing(AdministrativeUnit::getCode)).map(UnitSummary::of).toList();
    }
}
