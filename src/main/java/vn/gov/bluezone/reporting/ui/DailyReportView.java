package vn.gov.bluezone.reporting.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.reporting.ConfirmationRequiredException;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayRow;
import vn.gov.bluezone.reporting.ReminderEntry;
import vn.gov.bluezone.reporting.ReminderService;
import vn.gov.bluezone.reporting.ReportContext;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFigures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.reporting.ReportStatus;
import vn.gov.bluezone.reporting.SignedCopyService;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.TabularFile;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.BoundedUpload;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * The commune's daily report, built for a phone: the day, the cumulative count with a live readout
 * (new installs, shares, gap to the pace), the campaign-work forms, the texts, the signer; save as
 * draft or submit; the countdown to the cut-off; the history; the signed copy.
 */
@Route("report")
@RolesAllowed("COMMUNE_OFFICER")
@Menu(order = 1, title = "nav.report", icon = "EDIT")
public class DailyReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient DailyReportService reports;
    private final transient ReminderService reminders;
    private final transient SignedCopyService signedCopies;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Span status = new Span();
    private final Span countdown = new Span();
    private final Div notices = new Div();
    private final TextField cumulative = new TextField();
    private final Div readout = new Div();
    private final Map<String, TextField> work = new LinkedHashMap<>();
    private final FormLayout workLayout = new FormLayout();
    private final TextArea otherForms = new TextArea();
    private final TextArea results = new TextArea();
    private final TextArea difficulties = new TextArea();
    private final TextArea proposals = new TextArea();
    private final TextField signerName = new TextField();
    private final TextField signerTitle = new TextField();
    private final Button saveDraft = new Button();
    private final Button submit = new Button();
    private final Div attachment = new Div();
    private final Div history;
    private final Grid<DayRow> days = new Grid<>();
    private ReportContext context;

    DailyReportView(DailyReportService reports, SignedCopyService signedCopies, CampaignService campaigns,
            ReminderService reminders) {
        this.reports = reports;
        this.signedCopies = signedCopies;
        this.reminders = reminders;
        addClassName("portal-view");
        addClassName("report-form");
        history = ReportTexts.history();

        List<CampaignDetails> active = campaigns.visibleCampaigns().stream()
                .filter(c -> c.status() == CampaignStatus.ACTIVE).toList();
        Fields.choice(campaign, "report-campaign", getTranslation("report.campaign"), active, CampaignDetails::name);
        campaign.setWidthFull();
        Fields.date(date, "report-date", getTranslation("report.date"), reports.today());
        date.setMax(reports.today());
        status.setId("report-status");
        countdown.setId("report-countdown");
        countdown.addClassName("portal-countdown");
        notices.setId("report-notices");

        cumulative.setId("report-cumulative");
        cumulative.setLabel(getTranslation("report.cumulative"));
        cumulative.setHelperText(getTranslation("report.cumulative.help"));
        cumulative.setAllowedCharPattern("[0-9.]");
        cumulative.setMaxLength(FigureLimits.MAX_PEOPLE_TYPED_LENGTH);
        cumulative.getElement().setAttribute("inputmode", "numeric");
        cumulative.setValueChangeMode(ValueChangeMode.LAZY);
        cumulative.addValueChangeListener(change -> updateReadout());
        readout.setId("report-readout");
        readout.addClassName("portal-readout");

        // the limits the service enforces, with room for text typed or pasted decomposed
        Fields.text(otherForms, "report-other-forms", getTranslation("report.otherForms"), DailyReportService.MAX_OTHER_FORMS);
        Fields.text(results, "report-results", getTranslation("report.results"), DailyReportService.MAX_RESULTS);
        Fields.text(difficulties, "report-difficulties", getTranslation("report.difficulties"), DailyReportService.MAX_TEXT);
        Fields.text(proposals, "report-proposals", getTranslation("report.proposals"), DailyReportService.MAX_TEXT);
        Fields.text(signerName, "report-signer", getTranslation("report.signerName"), DailyReportService.MAX_SIGNER);
        Fields.text(signerTitle, "report-signer-title", getTranslation("report.signerTitle"), DailyReportService.MAX_SIGNER);

        saveDraft.setId("report-save-draft");
        saveDraft.setText(getTranslation("report.saveDraft"));
        saveDraft.addClickListener(click -> send(false, false, false));
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> send(true, false, false));

        days.setId("report-days");
        days.setAllRowsVisible(true);
        days.addColumn(d -> VietnameseFormats.date(d.date())).setHeader(getTranslation("report.date")).setAutoWidth(true);
        days.addComponentColumn(d -> ReportTexts.dayStatusBadge(this, d.dayStatus())).setHeader(getTranslation("report.dayStatus"));
        days.addColumn(d -> d.cumulativeInstalls() == null ? "" : VietnameseFormats.count(d.cumulativeInstalls(), getLocale()))
                .setHeader(getTranslation("report.cumulative.short"));
        days.addItemClickListener(click -> date.setValue(click.getItem().date()));

        HorizontalLayout when = new HorizontalLayout(date, status, countdown);
        when.setAlignItems(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        FormLayout texts = new FormLayout(otherForms, results, difficulties, proposals, signerName, signerTitle);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        workLayout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        HorizontalLayout actions = new HorizontalLayout(saveDraft, submit);
        actions.setWrap(true);

        add(new H2(getTranslation("report.title")), campaign, when, notices, cumulative, readout,
                new H3(getTranslation("report.work")), workLayout, texts, actions, attachment,
                new Details(getTranslation("report.history"), history), new Details(getTranslation("report.days"), days));

        campaign.addValueChangeListener(change -> load());
        date.addValueChangeListener(change -> load());
        if (active.isEmpty()) {
            notices.add(new Paragraph(getTranslation("report.noActiveCampaign")));
            setFormEnabled(false);
        } else {
            campaign.setValue(active.getFirst());
        }
    }

    private void load() {
        if (campaign.getValue() == null || date.getValue() == null) {
            return;
        }
        try {
            context = reports.open(campaign.getValue().id(), date.getValue());
        } catch (PortalException e) {
            context = null;
            notices.removeAll();
            notices.add(new Paragraph(ErrorMessages.text(this, e)));
            setFormEnabled(false);
            return;
        }
        setFormEnabled(true);
        buildWorkFields(campaign.getValue().workForms());
        fill(context.report());
        showState();
        updateReadout();
        ReportTexts.showHistory(history, this, context.report() == null ? List.of() : reports.history(context.report().id()),
                campaign.getValue().workForms());
        days.setItems(reports.ownDays(campaign.getValue().id()));
    }

    private void buildWorkFields(List<WorkForm> forms) {
        workLayout.removeAll();
        work.clear();
        for (WorkForm form : forms) {
            TextField field = new TextField(form.label());
            field.setId("work-" + form.code());
            field.setAllowedCharPattern("[0-9.]");
            field.getElement().setAttribute("inputmode", "numeric");
            field.setMaxLength(12);
            work.put(form.code(), field);
            workLayout.add(field);
        }
    }

    private void fill(ReportDetails report) {
        cumulative.setValue(report == null ? "" : Long.toString(report.cumulativeInstalls()));
        work.forEach((code, field) -> {
            Long quantity = report == null ? null : report.work().get(code);
            field.setValue(quantity == null ? "" : Long.toString(quantity));
        });
        otherForms.setValue(text(report == null ? null : report.otherForms()));
        results.setValue(text(report == null ? null : report.results()));
        difficulties.setValue(text(report == null ? null : report.difficulties()));
        proposals.setValue(text(report == null ? null : report.proposals()));
        signerName.setValue(text(report == null ? null : report.signerName()));
        signerTitle.setValue(text(report == null ? null : report.signerTitle()));
        clearErrors();
    }

    private void showState() {
        ReportDetails report = context.report();
        status.removeAll();
        status.add(ReportTexts.dayStatusBadge(this, context.dayStatus()));
        if (report != null) {
            Span state = new Span(getTranslation("reportStatus." + report.status().name()));
            state.setId("report-state");
            status.add(new Span(" "), state);
        }
        long seconds = context.untilCutoff().toSeconds();
        countdown.setText(seconds > 0 ? getTranslation("report.countdown", VietnameseFormats.date(context.reportDate()))
                : getTranslation("report.cutoffPassed"));
        countdown.getElement().executeJs("""
                const el = this, end = Date.now() + $0 * 1000, prefix = $1;
                clearInterval(el._timer);
                if ($0 <= 0) { return; }
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
                  el.textContent = prefix + ' ' + h + ':' + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
                  if (left === 0) { clearInterval(el._timer); }
                };
                tick();
                el._timer = setInterval(tick, 1000);
                """, seconds, getTranslation("report.countdownPrefix"));

        notices.removeAll();
        if (context.estimated()) {
            Paragraph estimate = new Paragraph(getTranslation("report.estimates"));
            estimate.addClassName("portal-estimate");
            estimate.setId("report-estimate");
            notices.add(estimate);
        }
        for (ReminderEntry reminder : reminders.recent(context.campaignId())) {
            Paragraph received = new Paragraph(getTranslation("reminder.received",
                    reminder.senderUnit() == null ? reminder.sentBy() : reminder.senderUnit(),
                    VietnameseFormats.dateTime(reminder.sentAt()), VietnameseFormats.date(reminder.reportDate()),
                    reminder.message()));
            received.addClassName("portal-reminder");
            notices.add(received);
        }
        if (report != null && report.status() == ReportStatus.RETURNED) {
            Paragraph returned = new Paragraph(getTranslation("report.returned", report.returnedBy(), report.returnComment()));
            returned.setId("report-returned");
            returned.addClassName("portal-returned");
            notices.add(returned);
        }
        boolean submitted = report != null && report.firstSubmittedAt() != null;
        submit.setText(getTranslation(submitted ? "report.amend" : "report.submit"));
        saveDraft.setVisible(!submitted);
        showAttachment(report);
    }

    private void showAttachment(ReportDetails report) {
        attachment.removeAll();
        if (report == null) {
            return;
        }
        H3 title = new H3(getTranslation("signedCopy.title"));
        Upload upload = BoundedUpload.upload("signed-copy-upload", SignedCopyService.MAX_BYTES,
                SignedCopyService.tooLarge(), (metadata, content) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> {
                try {
                    signedCopies.upload(report.id(), metadata.fileName(), content);
                    ErrorMessages.success(getTranslation("signedCopy.saved"));
                    load();
                } catch (PortalException e) {
                    ErrorMessages.show(this, e);
                }
            });
        });
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.addFileRejectedListener(rejected -> ErrorMessages.show(this, new PortalException("signedCopy.error.rejected")));
        attachment.add(title, new Paragraph(getTranslation("signedCopy.help")), upload);
        if (report.signedCopyName() != null) {
            attachment.add(ReportTexts.signedCopyLink(this, signedCopies, report.id(), report.signedCopyName()));
        }
        if (report.firstSubmittedAt() != null) {
            attachment.add(ReportTexts.documentLinks(this, report.id()));
        }
    }

    private void updateReadout() {
        readout.removeAll();
        Long value = TabularFile.wholeNumber(cumulative.getValue());
        if (context == null || value == null || !FigureLimits.isPeopleCount(value)) {
            return;
        }
        ReportFigures figures = reports.preview(context.campaignId(), context.reportDate(), value);
        readout.add(line("report.readout.new", VietnameseFormats.count(figures.newSinceYesterday(), getLocale())),
                line("report.readout.population", ReportTexts.percent(this, figures.cumulative(), figures.population())),
                line("report.readout.smartphones", ReportTexts.percent(this, figures.cumulative(), figures.smartphoneUsers())),
                line("report.readout.pace", VietnameseFormats.count(figures.paceInstalls(), getLocale()),
                        (figures.gapToPace() >= 0 ? "+" : "−") + VietnameseFormats.count(Math.abs(figures.gapToPace()), getLocale())));
    }

    private Div line(String key, Object... values) {
        Div line = new Div(new Span(getTranslation(key, values)));
        line.addClassName("portal-readout-line");
        return line;
    }

    private void send(boolean asSubmission, boolean confirmAboveLimits, boolean confirmJump) {
        clearErrors();
        Map<String, Long> quantities = new LinkedHashMap<>();
        Map<String, String> badNumbers = new LinkedHashMap<>();
        Long count = TabularFile.wholeNumber(cumulative.getValue());
        if (count == null) {
            badNumbers.put("cumulative", cumulative.getValue().isBlank() ? "report.error.cumulativeRequired"
                    : "report.error.notWholeNumber");
        }
        work.forEach((code, field) -> {
            if (!field.getValue().isBlank()) {
                Long quantity = TabularFile.wholeNumber(field.getValue());
                if (quantity == null) {
                    badNumbers.put("work." + code, "report.error.notWholeNumber");
                }
                quantities.put(code, quantity);
            }
        });
        if (!badNumbers.isEmpty()) {
            showErrors(badNumbers);
            return;
        }
        ReportDetails existing = context.report();
        ReportInput input = new ReportInput(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                context.campaignId(), context.reportDate(), count, quantities, blankToNull(otherForms.getValue()),
                blankToNull(results.getValue()), blankToNull(difficulties.getValue()), blankToNull(proposals.getValue()),
                blankToNull(signerName.getValue()), blankToNull(signerTitle.getValue()), confirmAboveLimits, confirmJump);
        try {
            ReportDetails saved = asSubmission ? reports.submit(input) : reports.saveDraft(input);
            ErrorMessages.success(getTranslation(asSubmission ? "report.submitted" : "report.draftSaved",
                    VietnameseFormats.dateTime(saved.lastSubmittedAt() == null ? null : saved.lastSubmittedAt())));
            load();
        } catch (ConfirmationRequiredException confirm) {
            askToConfirm(asSubmission, confirm);
        } catch (ValidationException invalid) {
            showErrors(invalid.fieldErrors());
        }
    }

    private void askToConfirm(boolean asSubmission, ConfirmationRequiredException confirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("report-confirm");
        dialog.setHeader(getTranslation("report.confirm.title"));
        dialog.setText(String.join(" ", confirm.reasons().stream().map(this::getTranslation).toList()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("report.confirm.ok"));
        dialog.addConfirmListener(event -> send(asSubmission, confirm.aboveLimits(), confirm.jump()));
        dialog.open();
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            var target = switch (field) {
                case "cumulative" -> cumulative;
                case "signerName" -> signerName;
                case "signerTitle" -> signerTitle;
                case "results" -> null;
                case "reportDate" -> null;
                default -> field.startsWith("work.") ? work.get(field.substring(5)) : null;
            };
            String message = getTranslation(key);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else if ("reportDate".equals(field)) {
                date.setErrorMessage(message);
                date.setInvalid(true);
            } else {
                TextArea area = switch (field) {
                    case "results" -> results;
                    case "difficulties" -> difficulties;
                    case "proposals" -> proposals;
                    default -> otherForms;
                };
                area.setErrorMessage(message);
                area.setInvalid(true);
            }
        });
        ErrorMessages.show(this, new ValidationException(errors));
    }

    private void clearErrors() {
        for (var field : List.of(cumulative, signerName, signerTitle)) {
            field.setInvalid(false);
        }
        work.values().forEach(field -> field.setInvalid(false));
        for (TextArea area : List.of(otherForms, results, difficulties, proposals)) {
            area.setInvalid(false);
        }
        date.setInvalid(false);
    }

    private void setFormEnabled(boolean enabled) {
        for (var component : List.of(cumulative, otherForms, results, difficulties, proposals, signerName, signerTitle,
                saveDraft, submit)) {
            component.setEnabled(enabled);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();  // keeps line breaks of the texts
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }

}
