package vn.gov.bluezone.compliance;

/** Green at or above the pace, amber at or above 80 % of it (the campaign's share), red below. */
public enum TrafficLight {
    GREEN,
    AMBER,
    RED;

    /** The colour screens give the light (a Lumo badge theme). */
    public String badgeTheme() {
        return switch (this) {
            case GREEN -> "success";
            case AMBER -> "warning";
            case RED -> "error";
        };
    }
}
