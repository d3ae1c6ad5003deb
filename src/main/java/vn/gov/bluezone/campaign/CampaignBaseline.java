package vn.gov.bluezone.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.bluezone.hierarchy.AdministrativeUnit;

@Entity
@Table(name = "campaign_baseline")
class CampaignBaseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit unit;

    @Column(nullable = false)
    private long population;
    @Column(name = "smartphone_users", nullable = false)
    private long smartphoneUsers;
    @Column(name = "installs_at_start", nullable = false)
    private long installsAtStart;
    @Column(nullable = false)
    private boolean estimated;

    @Version
    private long version;

    protected CampaignBaseline() {
    }

    CampaignBaseline(long campaignId, AdministrativeUnit unit) {
        this.campaignId = campaignId;
        this.unit = unit;
    }

    /** Sets the figures; returns whether anything changed. */
    boolean set(long population, long smartphoneUsers, long installsAtStart, boolean estimated) {
        boolean changed = this.population != population || this.smartphoneUsers != smartphoneUsers
                || this.installsAtStart != installsAtStart || this.estimated != estimated;
        this.population = population;
        this.smartphoneUsers = smartphoneUsers;
        this.installsAtStart = installsAtStart;
        this.estimated = estimated;
        return changed;
    }

    long getVersion() {
        return version;
    }

    AdministrativeUnit getUnit() {
        return unit;
    }

    Baseline view() {
        AdministrativeUnit parent = unit.getParent();
        return new Baseline(id, campaignId, unit.getId(), unit.getCode(), unit.getName(),
                parent == null ? null : parent.getName(), population, smartphoneUsers, installsAtStart, estimated,
                version);
    }
}
