package vn.gov.bluezone.oversight;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An installs count for one commune on one day, as published by the ministry or an operator. */
@Entity
@Table(name = "official_count")
class OfficialCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "count_date", nullable = false)
    private LocalDate countDate;
    @Column(nullable = false)
    private long installs;
    @Column(nullable = false, length = 200)
    private String source;
    @Column(name = "imported_by", nullable = false, length = 50)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Version
    private long version;

    protected OfficialCount() {
    }

    OfficialCount(long campaignId, long unitId, LocalDate countDate) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.countDate = countDate;
    }

    void set(long installs, String source, String importedBy, Instant importedAt) {
        this.installs = installs;
        this.source = source;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }
}
