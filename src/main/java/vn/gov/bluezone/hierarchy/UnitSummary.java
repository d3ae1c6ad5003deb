package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;

/** A unit as views and other modules read it: detached, with its parent's name resolved and its period in force. */
public record UnitSummary(
        long id,
        String code,
        String name,
        String type,
        UnitLevel level,
        String path,
        String parentCode,
        String parentName,
        Long population,
        String populationSource,
        LocalDate populationDate,
        String officeEmail,
        Long parentId,
        LocalDate validFrom,
        LocalDate validTo,
        long version) {

    /** Whether the unit is in force on a day (decision 0029). */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }


    static UnitSummary of(AdministrativeUnit unit) {
        AdministrativeUnit parent = unit.getParent();
        return new UnitSummary(unit.getId(), unit.getCode(), unit.getName(), unit.getType(), unit.getLevel(),
                unit.getPath(), parent == null ? null : parent.getCode(), parent == null ? null : parent.getName(),
                unit.getPopulation(), unit.getPopulationSource(), unit.getPopulationDate(), unit.getOfficeEmail(),
                parent == null ? null : parent.getId(), unit.getValidFrom(), unit.getValidTo(), unit.getVersion());
    }
}
