package vn.gov.bluezone.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;

import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * Reads a stored revision's "field: old → new" lines as the form's own words: the field's label
 * (a work form by its campaign label) and figures in vi-VN ("3.836 → 3.902"). The stored text is
 * left as it is, so revisions written before this formatter read the same way.
 */
final class RevisionTexts {

    private static final String ARROW = " → ";
    private static final Pattern FIELD = Pattern.compile(
            "^(cumulative|otherForms|results|difficulties|proposals|signerName|signerTitle|work\\.[^:\\s]+): (.*)$");
    private static final Map<String, String> LABEL_KEYS = Map.of(
            "cumulative", "report.cumulative",
            "otherForms", "report.otherForms",
            "results", "report.results",
            "difficulties", "report.difficulties",
            "proposals", "report.proposals",
            "signerName", "report.signerName",
            "signerTitle", "report.signerTitle");

    /** One changed field: its label, the old and the new value as shown. */
    record Change(String label, String before, String after) {

        String text() {
            return label + ": " + before + ARROW + after;
        }
    }

    private RevisionTexts() {
    }

    /**
     * The changes of a SAVED, SUBMITTED or AMENDED revision; {@code translate} turns a message key
     * into the user's language, {@code workLabels} maps a work form's code to its label. Text that
     * does not start with a known field (a return comment, a signed copy) comes back as it is, in
     * a change with no label.
     */
    static List<Change> changes(String stored, UnaryOperator<String> translate, Map<String, String> workLabels) {
        List<Change> changes = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return changes;
        }
        String field = null;
        StringBuilder value = new StringBuilder();
        for (String line : stored.split("\n", -1)) {
            Matcher start = FIELD.matcher(line);
            if (start.matches()) {
                add(changes, field, value, translate, workLabels);
                field = start.group(1);
                value.setLength(0);
                value.append(start.group(2));
            } else {
                // a line of a multi-line text value
                if (field != null || !value.isEmpty()) {
                    value.append('\n');
                }
                value.append(line);
            }
        }
        add(changes, field, value, translate, workLabels);
        return changes;
    }

    private static void add(List<Change> changes, String field, StringBuilder value, UnaryOperator<String> translate,
            Map<String, String> workLabels) {
        if (field == null) {
            if (!value.isEmpty()) {
                changes.add(new Change(null, null, value.toString()));
            }
            return;
        }
        String text = value.toString();
        int arrow = text.indexOf(ARROW);
        String before = arrow < 0 ? "—" : text.substring(0, arrow);
        String after = arrow < 0 ? text : text.substring(arrow + ARROW.length());
        boolean figure = field.equals("cumulative") || field.startsWith("work.");
        changes.add(new Change(label(field, translate, workLabels), figure ? figure(before) : before,
                figure ? figure(after) : after));
    }

    private static String label(String field, UnaryOperator<String> translate, Map<String, String> workLabels) {
        if (field.startsWith("work.")) {
            String code = field.substring("work.".length());
            return workLabels.getOrDefault(code, code);
        }
        return translate.apply(LABEL_KEYS.get(field));
    }

    private static String figure(String stored) {
        try {
            UI ui = UI.getCurrent();
            return VietnameseFormats.count(Long.parseLong(stored.strip()), ui == null ? null : ui.getLocale());
        } catch (NumberFormatException notAFigure) {
            return stored;
        }
    }
}
