package vn.gov.bluezone.hierarchy;

/**
 * What the unit browser asks for: free text matched against name and code without diacritics,
 * and optionally one level. Both may be null.
 */
public record UnitFilter(String text, UnitLevel level) {

    public static final UnitFilter ALL = new UnitFilter(null, null);

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
