package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;

/**
 * Imports the successor table of a reorganisation (decision 0031), all or nothing: the file is
 * checked in full first; a clean file replaces the rows of the same reform day in one transaction.
 * Each former commune is resolved among the communes in force the day before the reform (by code,
 * else by name, district and province), each new commune by code among those in force on the
 * reform day. Rows that do not resolve are kept and listed, never dropped. The rows are inserted in
 * one JDBC batch, not saved one by one: their ids are the database's own (IDENTITY), so Hibernate
 * inserted each alone, and the demo's table of Tây Ninh took half a second of its first start
 * (issue 17).
 */
@Service
public class SuccessorImportService {

    private final AdministrativeUnitRepository units;
    private final UnitSuccessionRepository successions;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;

    SuccessorImportService(AdministrativeUnitRepository units, UnitSuccessionRepository successions, AuditLog auditLog,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.units = units;
        this.successions = successions;
        this.auditLog = auditLog;
    }

    /** What an accepted table did: rows stored, and how many of them name units the portal holds. */
    public record Result(int rows, int resolved, int oldUnresolved, int newUnresolved) {
    }

    @Requires(Permission.MANAGE_UNITS)
    @Transactional
    public Result importSuccessors(String fileName, byte[] content, LocalDate reformDate) {
        if (reformDate == null) {
            throw new PortalException("succession.error.reformDate");
        }
        List<SuccessorTable.Entry> entries = SuccessorTable.parse(content);
        Map<String, AdministrativeUnit> before = index(units.findAcrossScopesCommunesInForceOn(reformDate.minusDays(1)), true);
        Map<String, AdministrativeUnit> after = index(units.findAcrossScopesCommunesInForceOn(reformDate), false);
        successions.deleteAcrossScopesByReformDate(reformDate);
        int resolved = 0;
        int oldMissing = 0;
        int newMissing = 0;
        List<Object[]> rows = new ArrayList<>();
        for (SuccessorTable.Entry entry : entries) {
            AdministrativeUnit oldUnit = before.get(entry.oldCode() != null ? "#" + entry.oldCode()
                    : SuccessorTable.nameKey(entry.oldName(), entry.oldDistrictName(), entry.oldProvinceName()));
            if (oldUnit == null && entry.oldCode() != null) {
                oldUnit = before.get(SuccessorTable.nameKey(entry.oldName(), entry.oldDistrictName(), entry.oldProvinceName()));
            }
            AdministrativeUnit newUnit = after.get("#" + entry.newCode());
            rows.add(new UnitSuccession(reformDate, entry, oldUnit, newUnit).insertValues());
            oldMissing += oldUnit == null ? 1 : 0;
            newMissing += newUnit == null ? 1 : 0;
            resolved += oldUnit != null && newUnit != null ? 1 : 0;
        }
        jdbc.batchUpdate(UnitSuccession.INSERT, rows, UnitSuccession.INSERT_TYPES);
        Result result = new Result(entries.size(), resolved, oldMissing, newMissing);
        auditLog.record(AuditAction.UNIT_IMPORTED, InputText.line(fileName), null, "successors; reform_date="
                + reformDate + "; rows=" + result.rows() + "; resolved=" + resolved + "; old_unresolved="
                + oldMissing + "; new_unresolved=" + newMissing);
        return result;
    }

    /**
     * Communes by "#code" and, for the former ones, by name with district and province names
     * (rows of communes merged before the list the portal holds name them so).
     */
    private static Map<String, AdministrativeUnit> index(List<AdministrativeUnit> communes, boolean byName) {
        Map<String, AdministrativeUnit> index = new HashMap<>();
        for (AdministrativeUnit commune : communes) {
            index.put("#" + commune.getCode(), commune);
            if (byName) {
                AdministrativeUnit parent = commune.getParent();
                AdministrativeUnit district = parent != null && parent.getLevel() == UnitLevel.DISTRICT ? parent : null;
                AdministrativeUnit province = district != null ? district.getParent() : parent;
                index.put(SuccessorTable.nameKey(commune.getName(), district == null ? null : district.getName(),
                        province == null ? null : province.getName()), commune);
            }
        }
        return index;
    }
}
