package vn.gov.bluezone.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a document's body: a heading, a paragraph, a label with its value, a table row, or a
 * figure (a map drawn when the document is rendered, with its caption).
 */
public record DocumentLine(String kind, String text, String value, List<String> cells, SummaryMap map) {

    public DocumentLine(String kind, String text, String value) {
        this(kind, text, value, List.of(), null);
    }

    public DocumentLine(String kind, String text, String value, List<String> cells) {
        this(kind, text, value, cells, null);
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

    /**
     * A figure: the map, drawn at print resolution across the text area, with its caption under it.
     * The line keeps the map, not the picture, so the document's fingerprint is taken from what the map
     * says and the image is drawn only when the document is rendered.
     */
    public static DocumentLine figure(String caption, SummaryMap map) {
        return new DocumentLine("figure", caption, null, List.of(), map);
    }

    /**
     * The record's own form, with the map only when there is one: issued documents keep the
     * fingerprint of their text (decision 0020), and a line without a map must read exactly as it
     * did before lines could carry one, or every issued document would look outdated.
     */
    @Override
    public String toString() {
        return "DocumentLine[kind=" + kind + ", text=" + text + ", value=" + value + ", cells=" + cells
                + (map == null ? "" : ", map=" + map) + "]";
    }

    Map<String, ?> asFields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("text", text == null ? "" : text);
        fields.put("value", value == null ? "" : value);
        for (int i = 0; i < 6; i++) {
            fields.put("c" + (i + 1), i < cells.size() ? cells.get(i) : "");
        }
        fields.put("image", map == null ? null : MapImage.png(map, MapImage.PRINT_WIDTH, MapImage.PRINT_HEIGHT));
        return fields;
    }
}
