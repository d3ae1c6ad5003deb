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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

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
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.reporting.ReportStatus;
import vn.gov.bluezone.reporting.SignedCopyService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.BoundedUpload;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.PortalCountdown;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The commune's daily report, built for a phone: the day, the cumulative count with a live readout
 * (new installs, shares, gap to the pace), the campaign-work forms, the texts, the signer; save as
 * draft or submit; the countdown to the cut-off; the history; the signed copy.
 */
@Route("report")
@ViewPermission(Permission.SUBMIT_REPORT)
@Menu(order = 1, title = "nav.report", icon = "EDIT")
public class DailyReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient DailyReportService reports;
    private final transient ReminderService reminders;
    private final transient SignedCopyService signedCopies;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Span status = new Span();
    private final PortalCountdown countdown = new PortalCountdown();
    private final Div notices = new Div();
    private final ReportForm form = new ReportForm();
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
        form.addCumulativeListener(this::updateReadout);

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
        HorizontalLayout actions = new HorizontalLayout(saveDraft, submit);
        actions.setWrap(true);

        add(new H2(getTranslation("report.title")), campaign, when, notices, form, actions, attachment,
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
        form.showWorkForms(campaign.getValue().workForms());
        form.read(context.report());
        date.setInvalid(false);
        showState();
        updateReadout();
        ReportTexts.showHistory(history, this, context.report() == null ? List.of() : reports.history(context.report().id()),
                campaign.getValue().workForms());
        days.setItems(reports.ownDays(campaign.getValue().id()));
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
        countdown.show(context.untilCutoff(), getTranslation("report.countdownPrefix"),
                seconds > 0 ? getTranslation("report.countdown", VietnameseFormats.date(context.reportDate()))
                        : getTranslation("report.cutoffPassed"));

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
        Long value = form.typedCumulative();
        if (context == null || value == null || !FigureLimits.isPeopleCount(value)) {
            form.showReadout(null);
            return;
        }
        form.showReadout(reports.preview(context.campaignId(), context.reportDate(), value));
    }

    private void send(boolean asSubmission, boolean confirmAboveLimits, boolean confirmJump) {
        date.setInvalid(false);
        ReportForm.Values values;
        try {
            values = form.write();
        } catch (ValidationException notWholeNumbers) {
            ErrorMessages.show(this, notWholeNumbers);
            return;
        }
        ReportInput input = values.input(context.report(), context.campaignId(), context.reportDate(),
                confirmAboveLimits, confirmJump);
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
        Map<String, String> fields = new LinkedHashMap<>(errors);
        String dateError = fields.remove("reportDate");
        if (dateError != null) {
            date.setErrorMessage(getTranslation(dateError));
            date.setInvalid(true);
        }
        form.showErrors(fields);
        ErrorMessages.show(this, new ValidationException(errors));
    }

    private void setFormEnabled(boolean enabled) {
        form.setFieldsEnabled(enabled);
        saveDraft.setEnabled(enabled);
        submit.setEnabled(enabled);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }

}
