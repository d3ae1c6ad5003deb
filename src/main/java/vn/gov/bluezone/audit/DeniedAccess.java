package vn.gov.bluezone.audit;

/** What a signed-in user was refused, as recorded with {@link AuditAction#ACCESS_DENIED}. */
public enum DeniedAccess {
    /** A page that does not exist or that the role may not open. */
    PAGE,
    /** A record opened by id that is outside the user's scope (or does not exist). */
    RECORD,
    /** An action a service refused (AccessDeniedException). */
    ACTION,
    /** A report API request for a record outside the caller's scope. */
    API_RECORD,
    /** A report API request the caller's role or account may not make. */
    API_ACTION
}
