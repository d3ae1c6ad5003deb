package vn.gov.bluezone.audit;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    USER_CREATED,
    USER_UPDATED,
    USER_ENABLED,
    USER_DISABLED,
    USER_PASSWORD_RESET,
    UNIT_IMPORTED,
    UNIT_UPDATED,
    ACCESS_DENIED
}
