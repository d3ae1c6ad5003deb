package vn.gov.bluezone.reporting;

/** How a commune stands for one report day; computed from the first submission and the cut-off, never typed. */
public enum DayStatus {
    /** First submitted at or before the cut-off. */
    ON_TIME,
    /** First submitted after the cut-off. */
    LATE,
    /** Not submitted, and the cut-off has passed. */
    MISSING,
    /** Not submitted yet, and the cut-off has not passed. */
    PENDING;

    /** The colour screens give the status (a Lumo badge theme). */
    public String badgeTheme() {
        return switch (this) {
            case ON_TIME -> "success";
            case LATE -> "warning";
            case MISSING -> "error";
            case PENDING -> "contrast";
        };
    }
}
