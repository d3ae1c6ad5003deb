package vn.gov.bluezone.hierarchy;

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

    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public UnitImportResult importGsoList(String fileName, byte[] content) {
        List<GsoUnitList.Entry> entries = GsoUnitList.parse(content);
        Map<String, AdministrativeUnit> stored = new HashMap<>(units.findAcrossScopesByCodeIn(
                entries.stream().map(GsoUnitList.Entry::code).toList()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::getCode, Function.identity())));
        checkAgainstStored(entries, stored);

        int created = 0;
        int updated = 0;
        for (GsoUnitList.Entry entry : entries) {
            AdministrativeUnit unit = stored.get(entry.code());
            if (unit == null) {
                AdministrativeUnit parent = entry.parentCode() == null ? null : stored.get(entry.parentCode());
                unit = units.save(new AdministrativeUnit(entry.code(), entry.name(), entry.type(), entry.level(), parent));
                stored.put(entry.code(), unit);
                created++;
            } else if (unit.rename(entry.name(), entry.type())) {
                updated++;
            }
        }
        UnitImportResult result = new UnitImportResult(created, updated, entries.size() - created - updated);
        auditLog.record(AuditAction.UNIT_IMPORTED, InputText.line(fileName), null,
                "created=" + created + "; updated=" + updated + "; unchanged=" + result.unchanged());
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
