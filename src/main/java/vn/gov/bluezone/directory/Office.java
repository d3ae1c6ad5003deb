package vn.gov.bluezone.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An office of the directory. Other modules reference it (a campaign's receiving and drafting
 * offices) and read it through {@link #summary()}; only {@link OfficeService} changes it.
 */
@Entity
@Table(name = "office")
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "unit_path", length = 255)
    private String unitPath;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OfficeKind kind;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "short_name", nullable = false, length = 120)
    private String shortName;
    @Column(name = "header_name", nullable = false, length = 200)
    private String headerName;
    @Column(nullable = false, length = 20)
    private String abbreviation;
    @Column(length = 254)
    private String email;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_signer", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<OfficeSigner> signers = new ArrayList<>();

    @Version
    private long version;

    protected Office() {
    }

    Office(Long unitId, String unitPath) {
        this.unitId = unitId;
        this.unitPath = unitPath;
    }

    void apply(OfficeForm form) {
        kind = form.kind();
        name = form.name();
        shortName = form.shortName();
        headerName = form.headerName();
        abbreviation = form.abbreviation();
        email = form.email();
        validFrom = form.validFrom();
        validTo = form.validTo();
        signers.clear();
        signers.addAll(form.signers());
    }

    public Long getId() {
        return id;
    }

    Long getUnitId() {
        return unitId;
    }

    String getUnitPath() {
        return unitPath;
    }

    long getVersion() {
        return version;
    }

    /** The office as other modules read it. */
    public OfficeSummary summary() {
        return new OfficeSummary(id, unitId, kind, name, shortName, headerName, abbreviation, email, validFrom, validTo,
                List.copyOf(signers), version);
    }
}
