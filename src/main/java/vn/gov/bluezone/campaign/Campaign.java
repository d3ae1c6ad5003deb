package vn.gov.bluezone.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.bluezone.directory.Office;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.AdministrativeUnit;

@Entity
@Table(name = "campaign")
class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private AdministrativeUnit province;

    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "directive_number", length = 50)
    private String directiveNumber;
    @Column(name = "directive_date")
    private LocalDate directiveDate;
    @Column(name = "issuing_unit", length = 200)
    private String issuingUnit;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;
    @Column(name = "target_percent", nullable = false)
    private BigDecimal targetPercent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TargetDenominator denominator;
    @Column(name = "cutoff_time", nullable = false)
    private LocalTime cutoffTime;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "receiving_office_id")
    private Office receivingOffice;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "drafting_office_id")
    private Office draftingOffice;
    @Column(name = "focal_name", length = 120)
    private String focalName;
    @Column(name = "focal_phone", length = 20)
    private String focalPhone;
    @Column(name = "focal_email", length = 254)
    private String focalEmail;
    @Column(name = "copy_to_parent", nullable = false)
    private boolean copyToParent;
    @Embedded
    private Thresholds thresholds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "demo_estimates", nullable = false)
    private boolean demoEstimates;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_work_form", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    private List<WorkForm> workForms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_material", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    private List<Material> materials = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(AdministrativeUnit province) {
        this.province = province;
        this.status = CampaignStatus.DRAFT;
    }

    /** Takes the form's values; the offices are the directory's entries the form names (or null). */
    void apply(CampaignForm form, Office receiving, Office drafting) {
        name = form.name();
        directiveNumber = form.directiveNumber();
        directiveDate = form.directiveDate();
        issuingUnit = form.issuingUnit();
        startDate = form.startDate();
        targetDate = form.targetDate();
        targetPercent = form.targetPercent();
        denominator = form.denominator();
        cutoffTime = form.cutoffTime();
        receivingOffice = receiving;
        draftingOffice = drafting;
        focalName = form.focalName();
        focalPhone = form.focalPhone();
        focalEmail = form.focalEmail();
        copyToParent = form.copyToParent();
        thresholds = form.thresholds();
        workForms.clear();
        workForms.addAll(form.workForms());
        materials.clear();
        materials.addAll(form.materials());
    }

    void activate() {
        status = CampaignStatus.ACTIVE;
        closedOn = null;
    }

    void close(LocalDate on) {
        status = CampaignStatus.CLOSED;
        closedOn = on;
    }

    void markDemoEstimates() {
        demoEstimates = true;
    }

    Long getId() {
        return id;
    }

    AdministrativeUnit getProvince() {
        return province;
    }

    CampaignStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    CampaignDetails details() {
        return new CampaignDetails(id, province.getId(), province.getName(), province.getPath(), name, directiveNumber,
                directiveDate, issuingUnit, startDate, targetDate, targetPercent, denominator, cutoffTime,
                summary(receivingOffice), summary(draftingOffice), focalName, focalPhone, focalEmail, copyToParent, thresholds, status, closedOn,
                demoEstimates, List.copyOf(workForms), List.copyOf(materials), version);
    }

    private static OfficeSummary summary(Office office) {
        return office == null ? null : office.summary();
    }
}
