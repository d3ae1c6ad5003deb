package vn.gov.bluezone.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Never updated or deleted by the application. */
@Entity
@Table(name = "audit_event")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 50)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(length = 200)
    private String target;

    @Column(name = "unit_path", length = 255)
    private String unitPath;

    @Column(length = 2000)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, AuditAction action, AuditOutcome outcome, String target,
            String unitPath, String details) {
        this.occurredAt = occurredAt;
        this.actor = clip(actor, 50);
        this.action = action;
        this.outcome = outcome;
        this.target = clip(target, 200);
        this.unitPath = clip(unitPath, 255);
        this.details = clip(details, 2000);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getTarget() {
        return target;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getDetails() {
        return details;
    }
}
