package vn.gov.bluezone.reporting.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;

import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFigures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.TabularFile;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * The fields of a commune's daily report: the cumulative count with its live readout, one field per
 * campaign-work form, the texts with their character counters (see {@link
 * Fields#text}) and the signer, bound to the values by a {@link Binder}.
 * Figures are read as whole numbers ("1.250"); a figure that is not one is refused when the report
 * is sent, not while it is typed, and so are the service's refusals shown beside their field. The
 * form computes nothing: the readout is what the service previews.
 */
class ReportForm extends VerticalLayout {

    /** The form's values, as the Binder reads and writes them. */
    static final class Values {
        private Long cumulative;
        private final Map<String, Long> work = new LinkedHashMap<>();
        private String otherForms;
        private String results;
        private String difficulties;
        private String proposals;
        private String signerName;
        private String signerTitle;

        static Values of(ReportDetails report) {
            Values values = new Values();
            if (report != null) {
                values.cumulative = report.cumulativeInstalls();
                values.work.putAll(report.work());
                values.otherForms = report.otherForms();
                values.results = report.results();
                values.difficulties = report.difficulties();
                values.proposals = report.proposals();
                values.signerName = report.signerName();
                values.signerTitle = report.signerTitle();
            }
            return values;
        }

        /** What the service is sent for the report {@code existing} (null for a new one) of a day. */
        ReportInput input(ReportDetails existing, long campaignId, LocalDate date, boolean confirmAboveLimits,
                boolean confirmJump) {
            return new ReportInput(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                    campaignId, date, cumulative, new LinkedHashMap<>(work), otherForms, results, difficulties,
                    proposals, signerName, signerTitle, confirmAboveLimits, confirmJump);
        }
    }

    private static final String CUMULATIVE = "cumulative";
    private static final String WORK = "work.";

    private final TextField cumulative = new TextField();
    private final Div readout = new Div();
    private final FormLayout workLayout = new FormLayout();
    private final Map<String, TextField> work = new LinkedHashMap<>();
    private final TextArea otherForms = new TextArea();
    private final TextArea results = new TextArea();
    private final TextArea difficulties = new TextArea();
    private final TextArea proposals = new TextArea();
    private final TextField signerName = new TextField();
    private final TextField signerTitle = new TextField();
    private final Binder<Values> binder = new Binder<>();
    /** Every bound field by the name the service gives its errors. */
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();

    ReportForm() {
        setPadding(false);
        cumulative.setId("report-cumulative");
        cumulative.setLabel(getTranslation("report.cumulative"));
        cumulative.setHelperText(getTranslation("report.cumulative.help"));
        cumulative.setAllowedCharPattern("[0-9.]");
        cumulative.setMaxLength(FigureLimits.MAX_PEOPLE_TYPED_LENGTH);
        cumulative.getElement().setAttribute("inputmode", "numeric");
        cumulative.setValueChangeMode(ValueChangeMode.LAZY);
        readout.setId("report-readout");
        readout.addClassName("portal-readout");

        // the limits the service enforces, with room for text typed or pasted decomposed
        Fields.text(otherForms, "report-other-forms", getTranslation("report.otherForms"),
                DailyReportService.MAX_OTHER_FORMS);
        Fields.text(results, "report-results", getTranslation("report.results"),
                DailyReportService.MAX_RESULTS);
        Fields.text(difficulties, "report-difficulties",
                getTranslation("report.difficulties"), DailyReportService.MAX_TEXT);
        Fields.text(proposals, "report-proposals", getTranslation("report.proposals"),
                DailyReportService.MAX_TEXT);
        Fields.text(signerName, "report-signer", getTranslation("report.signerName"),
                DailyReportService.MAX_SIGNER);
        Fields.text(signerTitle, "report-signer-title", getTranslation("report.signerTitle"),
                DailyReportService.MAX_SIGNER);

        bindFigure(CUMULATIVE, cumulative, true, v -> v.cumulative, (v, value) -> v.cumulative = value);
        bindText("otherForms", otherForms, v -> v.otherForms, (v, text) -> v.otherForms = text);
        bindText("results", results, v -> v.results, (v, text) -> v.results = text);
        bindText("difficulties", difficulties, v -> v.difficulties, (v, text) -> v.difficulties = text);
        bindText("proposals", proposals, v -> v.proposals, (v, text) -> v.proposals = text);
        bindText("signerName", signerName, v -> v.signerName, (v, text) -> v.signerName = text);
        bindText("signerTitle", signerTitle, v -> v.signerTitle, (v, text) -> v.signerTitle = text);

        FormLayout texts = new FormLayout(otherForms, results, difficulties, proposals, signerName, signerTitle);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        workLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(cumulative, readout, new H3(getTranslation("report.work")), workLayout, texts);
    }

    /** One field per work form of the campaign, in its order; the earlier campaign's fields go. */
    void showWorkForms(List<WorkForm> forms) {
        work.values().forEach(binder::removeBinding);
        work.keySet().forEach(code -> byName.remove(WORK + code));
        workLayout.removeAll();
        work.clear();
        for (WorkForm form : forms) {
            TextField field = new TextField(form.label());
            field.setId("work-" + form.code());
            field.setAllowedCharPattern("[0-9.]");
            field.getElement().setAttribute("inputmode", "numeric");
            field.setMaxLength(12);
            String code = form.code();
            bindFigure(WORK + code, field, false, v -> v.work.get(code), (v, quantity) -> {
                if (quantity == null) {
                    v.work.remove(code);
                } else {
                    v.work.put(code, quantity);
                }
            });
            work.put(code, field);
            workLayout.add(field);
        }
    }

    /** Shows a report's values, or empty fields for a day not yet reported. */
    void read(ReportDetails report) {
        binder.readBean(Values.of(report));
        clearErrors();
    }

    /**
     * The values typed, or a {@link ValidationException} naming the figures that are not whole
     * numbers (shown beside their fields).
     */
    Values write() {
        clearErrors();
        Map<String, String> errors = new LinkedHashMap<>();
        for (BindingValidationStatus<?> status : binder.validate().getFieldValidationErrors()) {
            byName.entrySet().stream().filter(entry -> entry.getValue() == status.getField()).findFirst()
                    .ifPresent(entry -> errors.put(entry.getKey(), status.getMessage().orElse("")));
        }
        Values values = new Values();
        if (!errors.isEmpty() || !binder.writeBeanIfValid(values)) {
            // in the order of the fields, as the service lists its own errors
            Map<String, String> ordered = new LinkedHashMap<>();
            byName.keySet().stream().filter(errors::containsKey).forEach(name -> ordered.put(name, errors.get(name)));
            showErrors(ordered);
            throw new ValidationException(ordered);
        }
        return values;
    }

    /** The cumulative count as typed, when it is a whole number. */
    Long typedCumulative() {
        return TabularFile.wholeNumber(cumulative.getValue());
    }

    void addCumulativeListener(Runnable listener) {
        cumulative.addValueChangeListener(change -> listener.run());
    }

    /** The live readout of the figures the service previewed; empty with none. */
    void showReadout(ReportFigures figures) {
        readout.removeAll();
        if (figures == null) {
            return;
        }
        Locale locale = getLocale();
        readout.add(line("report.readout.new", VietnameseFormats.count(figures.newSinceYesterday(), locale)),
                line("report.readout.population", ReportTexts.percent(this, figures.cumulative(), figures.population())),
                line("report.readout.smartphones",
                        ReportTexts.percent(this, figures.cumulative(), figures.smartphoneUsers())),
                line("report.readout.pace", VietnameseFormats.count(figures.paceInstalls(), locale),
                        (figures.gapToPace() >= 0 ? "+" : "−")
                                + VietnameseFormats.count(Math.abs(figures.gapToPace()), locale)));
    }

    /**
     * Marks each field named in {@code errors} (by the service's names) with its message; an error
     * for a field the form does not know goes to the other forms' text, as it always did. The
     * report's date is not the form's: the view shows that one.
     */
    void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation target = byName.getOrDefault(field, otherForms);
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }

    void clearErrors() {
        byName.values().forEach(field -> field.setInvalid(false));
    }

    /** The figures and texts can be typed (the work forms' fields stay as they are). */
    void setFieldsEnabled(boolean enabled) {
        for (var field : List.of(cumulative, otherForms, results, difficulties, proposals, signerName, signerTitle)) {
            field.setEnabled(enabled);
        }
    }

    private Div line(String key, Object... values) {
        Div line = new Div(new Span(getTranslation(key, values)));
        line.addClassName("portal-readout-line");
        return line;
    }

    /**
     * A figure typed as a whole number ("1.250"); blank is null, or refused when {@code required}.
     * Its errors show when the report is sent ({@link #write()}), not on every keystroke.
     */
    private void bindFigure(String name, TextField field, boolean required, ValueProvider<Values, Long> getter,
            Setter<Values, Long> setter) {
        Converter<String, Long> wholeNumber = Converter.from(text -> {
            if (text == null || text.isBlank()) {
                return required ? Result.error("report.error.cumulativeRequired") : Result.ok(null);
            }
            Long value = TabularFile.wholeNumber(text);
            return value == null ? Result.error("report.error.notWholeNumber") : Result.ok(value);
        }, value -> value == null ? "" : Long.toString(value));
        binder.forField(field).withConverter(wholeNumber).withValidationStatusHandler(status -> {
        }).bind(getter, setter);
        byName.put(name, field);
    }

    /**
     * A text: blank is null, otherwise as typed without surrounding spaces (line breaks inside are
     * kept); its limit is counted by the field's counter and checked by the service.
     */
    private <F extends HasValue<?, String> & HasValidation> void bindText(String name, F field,
            ValueProvider<Values, String> getter, Setter<Values, String> setter) {
        binder.forField(field).withNullRepresentation("").withConverter(
                Converter.<String, String>from(text -> Result.ok(text == null || text.isBlank() ? null : text.strip()),
                        text -> text))
                .withValidationStatusHandler(status -> {
                }).bind(getter, setter);
        byName.put(name, field);
    }
}
