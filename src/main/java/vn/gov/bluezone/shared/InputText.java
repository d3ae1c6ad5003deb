package vn.gov.bluezone.shared;

import java.text.Normalizer;

/**
 * The one rule for text that comes into the portal, whatever the way in (a form, the report API,
 * a cell of an imported CSV or XLSX file, an uploaded file's name, a search box), applied before
 * anything counts its length or stores it (decision 0016):
 *
 * <ul>
 * <li>invisible characters are dropped: control characters (C0, DEL, C1), format characters
 * (Unicode category Cf: the bidirectional embeddings, overrides and isolates U+202A–U+202E and
 * U+2066–U+2069, the marks U+200E, U+200F, U+061C, zero-width spaces and joiners, the byte-order
 * mark U+FEFF, the soft hyphen …), a lone half of a surrogate pair and the noncharacters
 * (U+FDD0–U+FDEF and every U+…FFFE, U+…FFFF);</li>
 * <li>line breaks (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) become one {@code \n} in a
 * multi-line text and a space in a one-line text; a tab stays in a multi-line text and becomes a
 * space in a one-line text;</li>
 * <li>what is left is composed to Unicode NFC (Vietnamese typed or pasted as base letter plus
 * combining marks becomes the precomposed letters the fonts and the length limits expect) and
 * stripped of leading and trailing white space; nothing left means null.</li>
 * </ul>
 *
 * The characters are dropped, not refused: a user cannot see them, so could not find what to
 * correct, and none of them carries meaning in the portal's texts. Applying the rule twice gives
 * the same text as applying it once.
 */
public final class InputText {

    private InputText() {
    }

    /** A one-line text (a name, a title, a code, a file name, a search), clean, or null when empty. */
    public static String line(String text) {
        return clean(text, false);
    }

    /** A multi-line text (a report's results, a comment), clean, with {@code \n} line breaks, or null when empty. */
    public static String block(String text) {
        return clean(text, true);
    }

    /** Whether the rule drops this code point wherever it appears. */
    static boolean dropped(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE -> true;
            default -> noncharacter(codePoint);
        };
    }

    private static String clean(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int length = text.length();
        int i = 0;
        while (i < length) {
            // codePointAt gives a whole pair as one code point and a lone half as itself
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\r' && i < length && text.charAt(i) == '\n') {
                i++;
            }
            if (lineBreak(codePoint)) {
                kept.append(multiLine ? '\n' : ' ');
            } else if (codePoint == '\t') {
                kept.append(multiLine ? '\t' : ' ');
            } else if (!dropped(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
        }
        // composed after the invisible characters are gone, so a mark separated from its letter by
        // one of them still joins it
        String composed = Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
        return composed.isEmpty() ? null : composed;
    }

    private static boolean lineBreak(int codePoint) {
        return switch (codePoint) {
            case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    private static boolean noncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
