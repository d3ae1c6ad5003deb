package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One commune's report for one day of one campaign (unique on the three). */
@Entity
@Table(name = "daily_report")
class DailyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    /** The commune's path, copied so scoped queries need no join. */
    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;
    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;
    @Column(name = "cumulative_installs", nullable = false)
    private long cumulativeInstalls;
    @Column(nullable = false)
    private long population;
    @Column(name = "smartphone_users", nullable = false)
    private long smartphoneUsers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "daily_report_work", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "form_code", length = 40)
    @Column(name = "quantity", nullable = false)
    private Map<String, Long> work = new LinkedHashMap<>();

    @Column(name = "other_forms", length = 1000)
    private String otherForms;
    @Column(length = 4000)
    private String results;
    @Column(length = 2000)
    private String difficulties;
    @Column(length = 2000)
    private String proposals;
    @Column(name = "signer_name", length = 120)
    private String signerName;
    @Column(name = "signer_title", length = 120)
    private String signerTitle;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;
    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;
    /** Whether it has ever been submitted (first_submitted_at is set), kept for the latest-report index. */
    @Column(nullable = false)
    private boolean submitted;
    @Column(name = "last_submitted_at")
    private Instant lastSubmittedAt;
    /** The commune's on-time and late reports in the campaign up to this day, fixed at first submission. */
    @Column(name = "on_time_to_date")
    private Integer onTimeToDate;
    @Column(name = "late_to_date")
    private Integer lateToDate;
    @Column(name = "submitted_by", length = 50)
    private String submittedBy;
    @Column(name = "return_comment", length = 1000)
    private String returnComment;
    @Column(name = "returned_by", length = 50)
    private String returnedBy;
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "above_limits", nullable = false)
    private boolean aboveLimits;
    @Column(name = "jump_flagged", nullable = false)
    private boolean jumpFlagged;
    @Column(name = "emailed_at")
    private Instant emailedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected DailyReport() {
    }

    DailyReport(long campaignId, long unitId, String unitPath, LocalDate reportDate, long population,
            long smartphoneUsers) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.reportDate = reportDate;
        this.population = population;
        this.smartphoneUsers = smartphoneUsers;
        this.status = ReportStatus.DRAFT;
    }

    /** The fields a commune edits, as "name → value" for the revision history. */
    Map<String, String> contents() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("cumulative", Long.toString(cumulativeInstalls));
        work.forEach((code, quantity) -> values.put("work." + code, Long.toString(quantity)));
        values.put("otherForms", otherForms);
        values.put("results", results);
        values.put("difficulties", difficulties);
        values.put("proposals", proposals);
        values.put("signerName", signerName);
        values.put("signerTitle", signerTitle);
        return values;
    }

    void fill(ReportInput input, boolean aboveLimits, boolean jump, Instant now) {
        cumulativeInstalls = input.cumulativeInstalls();
        work.clear();
        input.work().forEach((code, quantity) -> {
            if (quantity != null && quantity > 0) {
                work.put(code, quantity);
            }
        });
        otherForms = input.otherForms();
        results = input.results();
        difficulties = input.difficulties();
        proposals = input.proposals();
        signerName = input.signerName();
        signerTitle = input.signerTitle();
        this.aboveLimits = aboveLimits;
        this.jumpFlagged = jump;
        updatedAt = now;
    }

    /** Submits, or re-submits as an amendment; the first submission time never changes. */
    ReportStatus submit(String username, Instant now) {
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
            submitted = true;
            status = ReportStatus.SUBMITTED;
        } else {
            status = ReportStatus.AMENDED;
        }
        lastSubmittedAt = now;
        submittedBy = username;
        return status;
    }

    /** Starts the running counts from the commune's previous submitted report, adding this one. */
    void countFrom(Neighbour previous, boolean late) {
        int onTime = previous == null || previous.onTimeToDate() == null ? 0 : previous.onTimeToDate();
        int lateSoFar = previous == null || previous.lateToDate() == null ? 0 : previous.lateToDate();
        onTimeToDate = onTime + (late ? 0 : 1);
        lateToDate = lateSoFar + (late ? 1 : 0);
    }

    void returnForCorrection(String comment, String username, Instant now) {
        status = ReportStatus.RETURNED;
        returnComment = comment;
        returnedBy = username;
        returnedAt = now;
        updatedAt = now;
    }

    /** Demo seeding of history: a report first submitted at a given time. */
    void seedSubmission(String username, Instant at) {
        firstSubmittedAt = at;
        submitted = true;
        lastSubmittedAt = at;
        submittedBy = username;
        status = ReportStatus.SUBMITTED;
        updatedAt = at;
    }

    Long getId() { return id; }
    long getCampaignId() { return campaignId; }
    long getUnitId() { return unitId; }
    String getUnitPath() { return unitPath; }
    LocalDate getReportDate() { return reportDate; }
    long getCumulativeInstalls() { return cumulativeInstalls; }
    long getPopulation() { return population; }
    long getSmartphoneUsers() { return smartphoneUsers; }
    Map<String, Long> getWork() { return work; }
    String getOtherForms() { return otherForms; }
    String getResults() { return results; }
    String getDifficulties() { return difficulties; }
    String getProposals() { return proposals; }
    String getSignerName() { return signerName; }
    String getSignerTitle() { return signerTitle; }
    ReportStatus getStatus() { return status; }
    Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    Instant getLastSubmittedAt() { return lastSubmittedAt; }
    boolean isSubmitted() { return submitted; }
    Integer getOnTimeToDate() { return onTimeToDate; }
    Integer getLateToDate() { return lateToDate; }
    String getSubmittedBy() { return submittedBy; }
    String getReturnComment() { return returnComment; }
    String getReturnedBy() { return returnedBy; }
    Instant getReturnedAt() { return returnedAt; }
    boolean isAboveLimits() { return aboveLimits; }
    boolean isJumpFlagged() { return jumpFlagged; }
    Instant getEmailedAt() { return emailedAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
