package vn.gov.bluezone.shared;

import java.util.regex.Pattern;

/**
 * Spreadsheet cells that cannot run: text beginning with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe so Excel and LibreOffice show it as text instead of evaluating it
 * (CSV/formula injection). Plain numbers, negative ones included, stay numbers.
 */
public final class SafeCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)*");

    private SafeCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** One CSV field: neutralised, quoted when it holds a separator, a quote or a line break. */
    public static String csv(String value) {
        String safe = text(value);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
