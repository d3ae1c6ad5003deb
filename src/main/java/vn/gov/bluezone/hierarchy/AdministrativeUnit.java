package vn.gov.bluezone.hierarchy;

import java.time.LocalDate;

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
 * A province, district-level or commune-level unit as the GSO lists it. Other modules may hold a
 * reference to it (a user belongs to one) but only this module changes it.
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

    @Version
    private long version;

    protected AdministrativeUnit() {
    }

    AdministrativeUnit(String code, String name, String type, UnitLevel level, AdministrativeUnit parent) {
        if (!level.mayHaveParent(parent == null ? null : parent.level)) {
            throw new IllegalArgumentException(level + " cannot sit under " + (parent == null ? "nothing" : parent.level));
        }
        this.code = code;
        this.level = level;
        this.parent = parent;
        this.path = pathUnder(parent, code);
        this.depth = parent == null ? 1 : parent.depth + 1;
        rename(name, type);
    }

    static String pathUnder(AdministrativeUnit parent, String code) {
        return (parent == null ? "/" : parent.path) + code + "/";
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

    public long getVersion() {
        return version;
    }
}
