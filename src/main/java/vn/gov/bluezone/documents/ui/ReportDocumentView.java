package vn.gov.bluezone.documents.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.documents.DocumentFormat;
import vn.gov.bluezone.documents.DocumentJobs;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.documents.IssuedVersion;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.ReportDocumentAddress;
import vn.gov.bluezone.shared.ui.RouteIds;

/**
 * A daily report as an official document, headed with the commune and the day: the PDF at its own
 * address (the issued file while it matches the report, else a preview without a number), the DOCX
 * for editing; the commune issues it into its register; every issued
 * version is listed with its own file and whether it matches the current figures.
 */
@Route("reports/:id/document")
@PermitAll
public class ReportDocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DocumentService documents;
    private final transient Permissions permissions;
    private final transient DocumentJobs jobs;
    private final transient DailyReportService reports;
    private String title = "";

    ReportDocumentView(DocumentService documents, DocumentJobs jobs, DailyReportService reports,
            Permissions permissions) {
        this.documents = documents;
        this.reports = reports;
        this.jobs = jobs;
        this.permissions = permissions;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event);
        ReportDetails report = reports.get(id);
        removeAll();
        title = getTranslation("document.heading", report.unitName(), VietnameseFormats.date(report.reportDate()));
        H2 heading = new H2(title);
        heading.setId("document-title");
        // the PDF at its own address: one click opens it (the issued file while it matches the report)
        Anchor pdf = new Anchor(ReportDocumentAddress.of(id), getTranslation("document.viewPdf"));
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.setRouterIgnore(true); // a file, not a route: the browser fetches it, the router does not navigate
        pdf.setId("document-pdf");
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(download -> {
            // rendered on the bounded pool, not on a servlet thread of its own
            byte[] content = jobs.submit(() -> documents.communeReportDocx(id)).join();
            return new DownloadResponse(new ByteArrayInputStream(content), "bao-cao-" + id + DocumentFormat.DOCX.extension(),
                    DocumentFormat.DOCX.contentType(), content.length);
        }), getTranslation("document.downloadDocx"));
        docx.setId("document-docx");
        HorizontalLayout files = new HorizontalLayout(pdf, docx);
        add(heading, files);
        Div versions = new Div();
        versions.setId("document-versions");
        if (permissions.has(Permission.ISSUE_COMMUNE_REPORT)) {
            Paragraph outcome = new Paragraph();
            outcome.setId("document-outcome");
            Button issue = new Button(getTranslation("document.issue"), click -> {
                try {
                    outcome.setText(IssuedTexts.outcome(this, documents.issueCommuneReport(id)));
                    showVersions(versions, id);
                } catch (PortalException e) {
                    ErrorMessages.show(this, e);
                }
            });
            issue.setId("document-issue");
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            add(issue, outcome);
        }
        add(new H3(getTranslation("document.versions")), versions);
        showVersions(versions, id);
    }

    /** Each issued version with its own file and whether it matches the report's current figures. */
    private void showVersions(Div versions, long id) {
        versions.removeAll();
        List<IssuedVersion> issued = documents.communeReportVersions(id);
        if (issued.isEmpty()) {
            versions.add(new Paragraph(getTranslation("document.versions.none")));
        }
        for (IssuedVersion version : issued) {
            IssuedDocument entry = version.document();
            Anchor file = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] content = documents.issuedPdf(entry.id());
                return new DownloadResponse(new ByteArrayInputStream(content),
                        "van-ban-" + entry.reference().replace('/', '-') + ".pdf", "application/pdf", content.length);
            }), getTranslation("document.versions.item", entry.reference(), VietnameseFormats.date(entry.issuedOn())));
            Span standing = new Span(IssuedTexts.standing(this, version));
            standing.getElement().getThemeList().add(version.standing() == IssuedVersion.Standing.CURRENT
                    ? "badge success" : "badge contrast");
            Span signature = new Span(IssuedTexts.signature(this, entry));
            signature.addClassName("document-version-signature");
            Div row = new Div(file, new Span(" "), standing, new Span(" · "), signature);
            row.setId("document-version-" + entry.id());
            versions.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
