package vn.gov.bluezone.compliance;

/** What the board suggests the province does about a unit. */
public enum Suggestion {
    NONE,
    /** nhắc nhở */
    REMIND,
    /** phê bình */
    CRITICISE
}
