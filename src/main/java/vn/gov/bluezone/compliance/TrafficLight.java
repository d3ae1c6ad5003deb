package vn.gov.bluezone.compliance;

/** Green at or above the pace, amber at or above 80 % of it (the campaign's share), red below. */
public enum TrafficLight {
    GREEN,
    AMBER,
    RED
}
