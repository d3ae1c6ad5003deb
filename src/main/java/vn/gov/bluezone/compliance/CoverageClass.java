package vn.gov.bluezone.compliance;

/**
 * How a map colours a unit (issue 16): the board's traffic light of its row, or NONE when it has no
 * figure at all. One place for the classes, their colours and their legend, so the map on the
 * screen and the map in the provincial summary read alike.
 */
public enum CoverageClass {
    GREEN("#2e7d32", "board.light.GREEN"),
    AMBER("#f9a825", "board.light.AMBER"),
    RED("#c62828", "board.light.RED"),
    NONE("#bdbdbd", "map.class.none");

    private final String colour;
    private final String labelKey;

    CoverageClass(String colour, String labelKey) {
        this.colour = colour;
        this.labelKey = labelKey;
    }

    /** The class of a board row: its light, or NONE when none of its communes ever reported. */
    public static CoverageClass of(BoardRow row) {
        return row.hasFigure() ? valueOf(row.finding().light().name()) : NONE;
    }

    /** The fill, as "#rrggbb". */
    public String colour() {
        return colour;
    }

    /** The message key of its legend text. */
    public String labelKey() {
        return labelKey;
    }
}
