package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a report's history: who, when, what, and the changed fields as "field: old → new" lines. */
@Entity
@Table(name = "daily_report_revision")
class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "report_id", nullable = false)
    private long reportId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false, length = 50)
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionAction action;
    @Column(columnDefinition = "text")
    private String changes;

    protected ReportRevision() {
    }

    ReportRevision(long reportId, Instant occurredAt, String actor, RevisionAction action, String changes) {
        this.reportId = reportId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.changes = changes;
    }

    String actor() {
        return actor;
    }

    RevisionEntry view(Map<String, String> fullNames) {
        return new RevisionEntry(occurredAt, actor, fullNames.getOrDefault(actor, actor), action, changes);
    }
}
