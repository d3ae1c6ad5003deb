package vn.gov.bluezone.hierarchy;

import java.sql.Types;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of a successor table: a former commune and a commune it became part of on the reform
 * day, as the source names them, with the stored units where they could be resolved (decision
 * 0031). Rows are replaced as a whole when the table of a reform is imported again.
 */
@Entity
@Table(name = "unit_succession")
class UnitSuccession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reform_date", nullable = false)
    private LocalDate reformDate;

    @Column(name = "source_row", nullable = false)
    private int sourceRow;

    @Column(name = "old_code", length = 10)
    private String oldCode;

    @Column(name = "old_name", nullable = false, length = 150)
    private String oldName;

    @Column(name = "old_district_name", length = 150)
    private String oldDistrictName;

    @Column(name = "old_province_name", length = 150)
    private String oldProvinceName;

    @Column(name = "old_unit_id")
    private Long oldUnitId;

    @Column(name = "old_unit_path", length = 255)
    private String oldUnitPath;

    @Column(name = "new_code", nullable = false, length = 10)
    private String newCode;

    @Column(name = "new_name", nullable = false, length = 150)
    private String newName;

    @Column(name = "new_province_code", length = 10)
    private String newProvinceCode;

    @Column(name = "new_unit_id")
    private Long newUnitId;

    @Column(name = "new_unit_path", length = 255)
    private String newUnitPath;

    protected UnitSuccession() {
    }

    UnitSuccession(LocalDate reformDate, SuccessorTable.Entry entry, AdministrativeUnit oldUnit,
            AdministrativeUnit newUnit) {
        this.reformDate = reformDate;
        this.sourceRow = entry.row();
        this.oldCode = entry.oldCode();
        this.oldName = entry.oldName();
        this.oldDistrictName = entry.oldDistrictName();
        this.oldProvinceName = entry.oldProvinceName();
        this.newCode = entry.newCode();
        this.newName = entry.newName();
        this.newProvinceCode = entry.newProvinceCode();
        if (oldUnit != null) {
            this.oldUnitId = oldUnit.getId();
            this.oldUnitPath = oldUnit.getPath();
        }
        if (newUnit != null) {
            this.newUnitId = newUnit.getId();
            this.newUnitPath = newUnit.getPath();
        }
    }

    /**
     * The row as an insert in a JDBC batch writes it ({@link SuccessorImportService}): every column
     * the entity maps but its id, in the order of {@link #INSERT}, as Hibernate would bind them.
     */
    static final String INSERT = """
            insert into unit_succession (reform_date, source_row, old_code, old_name, old_district_name,
                   old_province_name, old_unit_id, old_unit_path, new_code, new_name, new_province_code, new_unit_id,
                   new_unit_path)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    Object[] insertValues() {
        return new Object[] {reformDate, sourceRow, oldCode, oldName, oldDistrictName, oldProvinceName, oldUnitId,
                oldUnitPath, newCode, newName, newProvinceCode, newUnitId, newUnitPath};
    }

    static final int[] INSERT_TYPES = {Types.DATE, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.VARCHAR};

    Succession toRecord() {
        return new Succession(reformDate, sourceRow, oldCode, oldName, oldDistrictName, oldProvinceName, oldUnitId,
                newCode, newName, newProvinceCode, newUnitId, newUnitPath);
    }

    Long getOldUnitId() {
        return oldUnitId;
    }

    Long getNewUnitId() {
        return newUnitId;
    }
}
