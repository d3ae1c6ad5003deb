package vn.gov.bluezone.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys that make Vietnamese names sort and search the same way on every database.
 *
 * <p>MariaDB sorts with {@code utf8mb4_uca1400_vietnamese_ai_ci}; H2 cannot. The sort key is the
 * JDK's Vietnamese collation key written as hex, so an ordinary {@code ORDER BY} on it gives
 * "An, Ăn, Ấp, …, D, Đ" on both. The search key drops diacritics (đ → d) and case, so "duc hoa"
 * finds "Huyện Đức Hòa".
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    public static String sortKey(String text) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return HexFormat.of().formatHex(collator.getCollationKey(normalizeSpaces(text)).toByteArray());
    }

    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(normalizeSpaces(text), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'd')
                .toLowerCase(Locale.ROOT);
    }

    /** The text cleaned as one line ({@link InputText#line}) with every run of spaces made one space. */
    public static String normalizeSpaces(String text) {
        String clean = InputText.line(text);
        return clean == null ? "" : SPACES.matcher(clean).replaceAll(" ");
    }

    /** Trimmed and space-normalised text, or null when nothing is left: how typed input is stored. */
    public static String trimToNull(String text) {
        String normalized = normalizeSpaces(text);
        return normalized.isEmpty() ? null : normalized;
    }

    /** Escapes {@code %}, {@code _} and {@code \} so user input is matched literally by LIKE. */
    public static String likeContains(String text) {
        String key = searchKey(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + key + "%";
    }
}
