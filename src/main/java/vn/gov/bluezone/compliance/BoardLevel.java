package vn.gov.bluezone.compliance;

/**
 * The level the board ranks: the districts (rolled up from their communes), the communes, or —
 * for a campaign of former communes — the communes of today they became part of (decision 0031:
 * for reading; proposals concern the campaign's own units).
 */
public enum BoardLevel {
    DISTRICT,
    COMMUNE,
    TODAY
}
