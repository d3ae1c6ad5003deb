package vn.gov.bluezone.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.SignedCopyService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportStatus;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.RouteIds;

/**
 * One report, read only, for anyone whose scope covers the commune: figures, texts (as text, never
 * as HTML), the history and the signed copy; district and provincial officers may return it.
 */
@Route("reports/:id")
@PermitAll
public class ReportDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DailyReportService reports;
    private final transient SignedCopyService signedCopies;
    private final transient Permissions permissions;
    private final transient CampaignService campaigns;
    private String title = "";

    ReportDetailView(DailyReportService reports, SignedCopyService signedCopies, CampaignService campaigns,
            Permissions permissions) {
        this.reports = reports;
        this.signedCopies = signedCopies;
        this.campaigns = campaigns;
        this.permissions = permissions;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event);
        show(reports.get(id));
    }

    private void show(ReportDetails report) {
        removeAll();
        title = getTranslation("reportDetail.title", report.unitName(), VietnameseFormats.date(report.reportDate()));
        H2 heading = new H2(title);
        heading.setId("report-detail-title");
        Span day = ReportTexts.dayStatusBadge(this, report.dayStatus());
        day.setId("report-detail-daystatus");
        FormLayout facts = new FormLayout();
        facts.addFormItem(day, getTranslation("report.dayStatus"));
        facts.addFormItem(new Span(getTranslation("reportStatus." + report.status().name())), getTranslation("report.state"));
        facts.addFormItem(new Span(VietnameseFormats.dateTime(report.firstSubmittedAt())), getTranslation("report.submittedAt"));
        Span cumulative = new Span(VietnameseFormats.count(report.cumulativeInstalls(), getLocale()));
        cumulative.setId("report-detail-cumulative");
        facts.addFormItem(cumulative, getTranslation("report.cumulative"));
        facts.addFormItem(new Span(VietnameseFormats.count(report.newInstalls(), getLocale())), getTranslation("report.newInstalls"));
        facts.addFormItem(new Span(ReportTexts.percent(this, report.cumulativeInstalls(), report.population())),
                getTranslation("report.readout.populationShort"));
        facts.addFormItem(new Span(ReportTexts.percent(this, report.cumulativeInstalls(), report.smartphoneUsers())),
                getTranslation("report.readout.smartphonesShort"));
        List<WorkForm> workForms = campaigns.get(report.campaignId()).workForms();
        for (WorkForm form : workForms) {
            Long quantity = report.work().get(form.code());
            facts.addFormItem(new Span(quantity == null ? "—" : VietnameseFormats.count(quantity, getLocale())), form.label());
        }
        Span results = new Span(report.results() == null ? "—" : report.results());
        results.setId("report-detail-results");
        facts.addFormItem(results, getTranslation("report.results"));
        facts.addFormItem(new Span(report.difficulties() == null ? "—" : report.difficulties()), getTranslation("report.difficulties"));
        facts.addFormItem(new Span(report.proposals() == null ? "—" : report.proposals()), getTranslation("report.proposals"));
        facts.addFormItem(new Span((report.signerName() == null ? "—" : report.signerName())
                + (report.signerTitle() == null ? "" : ", " + report.signerTitle())), getTranslation("report.signerName"));
        add(heading, facts);
        if (report.aboveLimits() || report.jumpFlagged()) {
            Paragraph flags = new Paragraph(getTranslation(report.aboveLimits() ? "report.flag.aboveLimits" : "report.flag.jump"));
            flags.addClassName("portal-returned");
            add(flags);
        }
        if (report.status() == ReportStatus.RETURNED) {
            add(new Paragraph(getTranslation("report.returned", report.returnedBy(), report.returnComment())));
        }
        if (report.signedCopyName() != null) {
            add(ReportTexts.signedCopyLink(this, signedCopies, report.id(), report.signedCopyName()));
        }
        add(ReportTexts.documentLinks(this, report.id()));
        if (permissions.has(Permission.RETURN_REPORT) && report.firstSubmittedAt() != null
                && report.status() != ReportStatus.RETURNED) {
            Button giveBack = new Button(getTranslation("report.return"), click -> openReturnDialog(report));
            giveBack.setId("report-return");
            add(giveBack);
        }
        var history = ReportTexts.history();
        ReportTexts.showHistory(history, this, reports.history(report.id()), workForms);
        add(new H3(getTranslation("report.history")), history);
    }

    private void openReturnDialog(ReportDetails report) {
        Dialog dialog = new Dialog(getTranslation("report.return"));
        dialog.setId("return-dialog");
        TextArea comment = Fields.text(new TextArea(), "return-comment", getTranslation("report.returnComment"),
                DailyReportService.MAX_COMMENT);
        comment.setWidthFull();
        Button confirm = new Button(getTranslation("report.return"), click -> {
            try {
                show(reports.returnForCorrection(report.id(), comment.getValue(), report.version()));
                dialog.close();
                ErrorMessages.success(getTranslation("report.returnedDone"));
            } catch (ValidationException invalid) {
                // say what is missing under the field and in a notification that names the field
                String message = getTranslation(invalid.fieldErrors().getOrDefault("comment", "report.error.comment"));
                comment.setErrorMessage(message);
                comment.setInvalid(true);
                ErrorMessages.error(getTranslation("report.returnRefused", comment.getLabel(), message));
            } catch (PortalException e) {
                comment.setErrorMessage(ErrorMessages.text(this, e));
                comment.setInvalid(true);
            }
        });
        confirm.setId("return-confirm");
        dialog.add(comment);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(36em, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
