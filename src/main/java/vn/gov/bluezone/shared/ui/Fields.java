package vn.gov.bluezone.shared.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Field set-ups the views repeat: a labelled choice or text, a dd/MM/yyyy date, a coloured badge. */
public final class Fields {

    private static final String CHOICE_WIDTH = "min(100%, 26em)";

    private Fields() {
    }

    /** A labelled choice; {@code itemLabel} is only ever given an item, never null. */
    public static <T> Select<T> choice(Select<T> select, String id, String label, List<T> items,
            ItemLabelGenerator<T> itemLabel) {
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? "" : itemLabel.apply(item));
        // wide enough for a campaign's name ("Cài đặt ứng dụng Bluezone — đợt thử nghiệm"), never
        // wider than a phone's screen
        select.setWidth(CHOICE_WIDTH);
        return select;
    }

    /**
     * A labelled filter whose empty selection means "all". A Select asks its label generator for the
     * label of the empty selection too, with null: here the caption answers, {@code itemLabel} only
     * ever gets an item.
     */
    public static <T> Select<T> choiceOrAll(Select<T> select, String id, String label, List<T> items,
            ItemLabelGenerator<T> itemLabel, String allCaption) {
        choice(select, id, label, items, itemLabel);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(allCaption);
        select.setItemLabelGenerator(item -> item == null ? allCaption : itemLabel.apply(item));
        return select;
    }

    /**
     * A labelled one-line text field for a text the service limits to {@code maxLength} characters
     * once cleaned; the browser lets through {@link #typingRoom(int) room for decomposed typing}.
     */
    public static TextField text(TextField field, String id, String label, int maxLength) {
        field.setId(id);
        field.setLabel(label);
        field.setMaxLength(typingRoom(maxLength));
        return field;
    }

    /** A labelled text area, limited as {@link #text(TextField, String, String, int)}. */
    public static TextArea text(TextArea area, String id, String label, int maxLength) {
        area.setId(id);
        area.setLabel(label);
        area.setMaxLength(typingRoom(maxLength));
        return area;
    }

    /**
     * The browser's maxlength for free text the service limits to {@code maxLength} characters. The
     * browser counts UTF-16 units as typed or pasted, the service counts after composing to NFC
     * ({@link vn.gov.bluezone.shared.InputText}); a decomposed Vietnamese letter takes up to three
     * units (ệ = e + U+0323 + U+0302), so a text within the limit is never cut in the browser and the
     * service alone says when it is too long.
     */
    public static int typingRoom(int maxLength) {
        return 3 * maxLength;
    }

    /**
     * A date picker showing and taking dates as dd/MM/yyyy whatever the UI language, its calendar in
     * the user's language (see {@link ComponentTexts}).
     */
    public static DatePicker date(DatePicker picker, String id, String label, LocalDate value) {
        picker.setId(id);
        picker.setLabel(label);
        ComponentTexts.localize(picker);
        picker.setValue(value);
        return picker;
    }

    /** A Lumo badge; {@code theme} is one of success, warning, error, contrast. */
    public static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("portal-status");
        return badge;
    }
}
