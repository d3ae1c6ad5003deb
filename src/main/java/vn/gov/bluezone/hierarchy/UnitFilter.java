package vn.gov.bluezone.hierarchy;

import vn.gov.bluezone.shared.InputText;

/**
 * What the unit browser asks for: free text matched against name and code without diacritics,
 * and optionally one level. Both may be null. The text is cleaned as one line ({@link InputText}).
 */
public record UnitFilter(String text, UnitLevel level) {

    public static final UnitFilter ALL = new UnitFilter(null, null);

    public UnitFilter {
        text = InputText.line(text);
    }

    boolean hasText() {
        return text != null;
    }
}
