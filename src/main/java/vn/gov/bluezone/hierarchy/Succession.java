package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;

/**
 * A row of a successor table as other modules read it: a former commune (as the source names it,
 * and the stored unit when resolved) and a commune it became part of on the reform day.
 */
public record Succession(
        LocalDate reformDate,
        int sourceRow,
        String oldCode,
        String oldName,
        String oldDistrictName,
        String oldProvinceName,
        Long oldUnitId,
        String newCode,
        String newName,
        String newProvinceCode,
        Long newUnitId,
        String newUnitPath) {

    public boolean resolved() {
        return oldUnitId != null && newUnitId != null;
    }
}
