package vn.gov.bluezone.compliance;

/** The level the board ranks: the districts (rolled up from their communes) or the communes. */
public enum BoardLevel {
    DISTRICT,
    COMMUNE
}
