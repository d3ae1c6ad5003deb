package vn.gov.bluezone.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
