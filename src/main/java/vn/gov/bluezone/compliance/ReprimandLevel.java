package vn.gov.bluezone.compliance;

/** The level of a reprimand: nhắc nhở (remind) or phê bình (criticise). */
public enum ReprimandLevel {
    REMIND,
    CRITICISE
}
