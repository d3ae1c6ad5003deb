package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.bluezone.shared.VietnameseText;

/**
 * A province, district-level or commune-level unit as the GSO lists it, in force for a period
 * (decision 0029). Other modules may hold a reference to it (a user belongs to one) but only this
 * module changes it.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "unit_type", nullable = false, length = 40)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 16)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Column(nullable = false, length = 255)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "name_sort", nullable = false, length = 600)
    private String nameSort;

    @Column(name = "name_search", nullable = false, length = 150)
    private String nameSearch;

    private Long population;

    @Column(name = "population_source", length = 200)
    private String populationSource;

    @Column(name = "population_date")
    private LocalDate populationDate;

    @Column(name = "office_email", length = 254)
    private String officeEmail;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    /**
     * A unit of the list in force from {@code validFrom} (null: a list whose start precedes the
     * records); a child belongs to its parent's list.
     */
    AdministrativeUnit(String code, String name, String type, UnitLevel level, AdministrativeUnit parent,
            LocalDate validFrom) {
        if (!level.mayHaveParent(parent == null ? null : parent.level)) {
            throw new IllegalArgumentException(level + " cannot sit under " + (parent == null ? "nothing" : parent.level));
        }
        if (parent != null && !Objects.equals(parent.validFrom, validFrom)) {
            throw new IllegalArgumentException("A unit belongs to its parent's list");
        }
        this.code = code;
        this.level = level;
        this.parent = parent;
        this.validFrom = validFrom;
        this.path = pathUnder(parent, code, validFrom);
        this.depth = parent == null ? 1 : parent.depth + 1;
        rename(name, type);
    }

    /**
     * "/80/794/27685/" for the list without a start date, "/80@2025-07-01/25459/" for a list in
     * force from a date: the root segment names the list, so codes given again are other paths.
     */
    static String pathUnder(AdministrativeUnit parent, String code, LocalDate validFrom) {
        if (parent != null) {
            return parent.path + code + "/";
        }
        return "/" + code + (validFrom == null ? "" : "@" + validFrom) + "/";
    }

    /** Whether the unit is in force on a day. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    /** Ends the unit: in force until the day before {@code day}. Returns whether anything changed. */
    boolean endOn(LocalDate day) {
        if (validTo != null && !validTo.isAfter(day)) {
            return false;
        }
        this.validTo = day;
        return true;
    }

    /** Changes name and type; returns whether anything changed. */
    boolean rename(String newName, String newType) {
        String cleanName = VietnameseText.normalizeSpaces(newName);
        if (cleanName.equals(name) && newType.equals(type)) {
            return false;
        }
        this.name = cleanName;
        this.type = newType;
        this.nameSort = VietnameseText.sortKey(cleanName);
        this.nameSearch = VietnameseText.searchKey(cleanName);
        return true;
    }

    void recordPopulation(long value, String source, LocalDate date) {
        this.population = value;
        this.populationSource = source;
        this.populationDate = date;
    }

    void setOfficeEmail(String officeEmail) {
        this.officeEmail = officeEmail;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public AdministrativeUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public Long getPopulation() {
        return population;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public LocalDate getPopulationDate() {
        return populationDate;
    }

    public String getOfficeEmail() {
        return officeEmail;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getVersion() {
        return version;
    }
}
