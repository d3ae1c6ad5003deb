package vn.gov.bluezone.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One line of a document's body: a heading, a paragraph, a label with its value, or a table row. */
public record DocumentLine(String kind, String text, String value, List<String> cells) {

    public DocumentLine(String kind, String text, String value) {
        this(kind, text, value, List.of());
    }

    public static DocumentLine heading(String text) {
        return new DocumentLine("heading", text, null);
    }

    public static DocumentLine paragraph(String text) {
        return new DocumentLine("paragraph", text, null);
    }

    public static DocumentLine row(String label, String value) {
        return new DocumentLine("row", label, value);
    }

    /** A row of a six-column table; {@code kind} is cells-header, cells or cells-total. */
    public static DocumentLine cells(String kind, String... cells) {
        return new DocumentLine(kind, null, null, List.of(cells));
    }

    Map<String, ?> asFields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("text", text == null ? "" : text);
        fields.put("value", value == null ? "" : value);
        for (int i = 0; i < 6; i++) {
            fields.put("c" + (i + 1), i < cells.size() ? cells.get(i) : "");
        }
        return fields;
    }
}
