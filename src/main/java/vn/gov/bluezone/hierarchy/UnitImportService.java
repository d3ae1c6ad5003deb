package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * Imports a GSO unit list all or nothing: the file is checked in full, then against the units
 * already stored, and only a clean file is written, in one transaction. Importing the same file
 * again changes nothing.
 */
@Service
public class UnitImportService {

    /** Uploads above this size are refused before parsing (the national list is about 1 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final AdministrativeUnitRepository units;
    private final AuditLog auditLog;

    UnitImportService(AdministrativeUnitRepository units, AuditLog auditLog) {
        this.units = units;
        this.auditLog = auditLog;
    }

    /** Imports a list without a start date: the units as they stood before any dated list. */
    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public UnitImportResult importGsoList(String fileName, byte[] content) {
        return importGsoList(fileName, content, null);
    }

    /**
     * Imports the list in force from {@code validFrom} (null: undated) as its own tree. The units
     * of lists that began before it and are still in force end on that day; the new units end
     * where a later stored list begins (decision 0029). Importing the same list again changes
     * nothing; a list may rename its units but not move them.
     */
    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public UnitImportResult importGsoList(String fileName, byte[] content, LocalDate validFrom) {
        List<GsoUnitList.Entry> entries = GsoUnitList.parse(content);
        Map<String, AdministrativeUnit> stored = new HashMap<>(units.findAcrossScopesByCodeIn(
                entries.stream().map(GsoUnitList.Entry::code).toList(), validFrom).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getCode, Function.identity())));
        checkAgainstStored(entries, stored);

        LocalDate nextList = validFrom == null ? null : units.findAcrossScopesNextListStart(validFrom);
        int created = 0;
        int updated = 0;
        for (GsoUnitList.Entry entry : entries) {
            AdministrativeUnit unit = stored.get(entry.code());
            if (unit == null) {
                AdministrativeUnit parent = entry.parentCode() == null ? null : stored.get(entry.parentCode());
                unit = new AdministrativeUnit(entry.code(), entry.name(), entry.type(), entry.level(), parent, validFrom);
                if (nextList != null) {
                    unit.endOn(nextList);
                }
                unit = units.save(unit);
                stored.put(entry.code(), unit);
                created++;
            } else if (unit.rename(entry.name(), entry.type())) {
                updated++;
            }
        }
        int ended = validFrom == null ? 0 : units.endAcrossScopesListsBefore(validFrom);
        UnitImportResult result = new UnitImportResult(created, updated, entries.size() - created - updated, ended);
        auditLog.record(AuditAction.UNIT_IMPORTED, InputText.line(fileName), null,
                "valid_from=" + validFrom + "; created=" + created + "; updated=" + updated
                        + "; unchanged=" + result.unchanged() + "; ended=" + ended);
        return result;
    }

    /** A code already stored must keep its level and its parent: the file may rename, not move. */
    private static void checkAgainstStored(List<GsoUnitList.Entry> entries, Map<String, AdministrativeUnit> stored) {
        List<ImportProblem> problems = new ArrayList<>();
        for (GsoUnitList.Entry entry : entries) {
            AdministrativeUnit unit = stored.get(entry.code());
            if (unit == null) {
                continue;
            }
            String storedParent = unit.getParent() == null ? null : unit.getParent().getCode();
            if (unit.getLevel() != entry.level()) {
                problems.add(new ImportProblem(entry.row(), "import.error.levelChanged", entry.code()));
            } else if (!Objects.equals(storedParent, entry.parentCode())) {
                problems.add(new ImportProblem(entry.row(), "import.error.storedParentMismatch", entry.code(),
                        storedParent));
            }
            if (problems.size() >= GsoUnitList.MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
    }
}
