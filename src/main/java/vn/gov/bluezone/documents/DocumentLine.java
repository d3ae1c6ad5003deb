package vn.gov.bluezone.documents;

import java.util.Map;

/** One line of a document's body: a heading, a paragraph, or a label with its value. */
public record DocumentLine(String kind, String text, String value) {

    public static DocumentLine heading(String text) {
        return new DocumentLine("heading", text, null);
    }

    public static DocumentLine paragraph(String text) {
        return new DocumentLine("paragraph", text, null);
    }

    public static DocumentLine row(String label, String value) {
        return new DocumentLine("row", label, value);
    }

    Map<String, ?> asFields() {
        return Map.of("kind", kind, "text", text == null ? "" : text, "value", value == null ? "" : value);
    }
}
