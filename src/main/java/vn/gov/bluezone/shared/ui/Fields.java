package vn.gov.bluezone.shared.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.VietnameseText;

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
        counted(field, maxLength, InputText::line);
        return field;
    }

    /** A labelled text area, limited as {@link #text(TextField, String, String, int)}. */
    public static TextArea text(TextArea area, String id, String label, int maxLength) {
        area.setId(id);
        area.setLabel(label);
        area.setMaxLength(typingRoom(maxLength));
        counted(area, maxLength, InputText::block);
        return area;
    }

    /**
     * Shows under the field how many characters it holds against the limit ("120/4.000 ký tự"),
     * counted as the service counts them (cleaned, NFC), updated while the user types; over the limit
     * the field says so ("Quá 4.000 ký tự — hãy rút gọn") and keeps the whole text: nothing is cut,
     * the service refuses it. The field's own constraint check is off (its maxlength is only typing
     * room), so only this counter and the service's refusals mark it invalid.
     */
    private static <F extends TextFieldBase<F, String>> void counted(F field, int maxLength,
            Function<String, String> clean) {
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        Runnable count = () -> {
            String value = clean.apply(field.getValue());
            int length = value == null ? 0 : value.length();
            NumberFormat numbers = NumberFormat.getIntegerInstance(locale(field));
            String limit = numbers.format(maxLength);
            field.setHelperText(field.getTranslation("field.counter", numbers.format(length), limit));
            if (length > maxLength) {
                field.setErrorMessage(field.getTranslation("field.overLimit", limit));
                field.setInvalid(true);
            } else if (field.isInvalid()) {
                // the text changed: an earlier refusal (over the limit, or the service's) no longer applies
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        };
        count.run();
        field.addValueChangeListener(change -> count.run());
    }

    private static Locale locale(Component component) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        return ui == null || ui.getLocale() == null ? VietnameseText.VIETNAMESE : ui.getLocale();
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
