package vn.gov.bluezone.reporting;

import vn.gov.bluezone.audit.AuditAction;

/**
 * What a step of a report's history did. Stored by name in {@code daily_report_revision.action}
 * (the same strings as before the enum); the history shows it as {@code history.action.<NAME>}.
 */
public enum RevisionAction {
    SAVED(AuditAction.REPORT_SAVED),
    SUBMITTED(AuditAction.REPORT_SUBMITTED),
    AMENDED(AuditAction.REPORT_AMENDED),
    RETURNED(AuditAction.REPORT_RETURNED),
    SIGNED_COPY(AuditAction.SIGNED_COPY_UPLOADED);

    private final AuditAction auditAction;

    RevisionAction(AuditAction auditAction) {
        this.auditAction = auditAction;
    }

    /** The audit log's entry for the same step. */
    public AuditAction auditAction() {
        return auditAction;
    }

    /** The message key of the action's name in the history. */
    public String messageKey() {
        return "history.action." + name();
    }
}
