package vn.gov.bluezone.documents.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.documents.DocumentJobs;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.RouteIds;

/**
 * A daily report as an official document: download the PDF (the issued file once issued, else a
 * preview without a number); the commune issues it into its register.
 */
@Route("reports/:id/document")
@PermitAll
public class ReportDocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DocumentService documents;
    private final transient AuthenticationContext authentication;
    private final transient DocumentJobs jobs;

    ReportDocumentView(DocumentService documents, DocumentJobs jobs, AuthenticationContext authentication) {
        this.documents = documents;
        this.jobs = jobs;
        this.authentication = authentication;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event);
        documents.communeReportPdf(id);
        removeAll();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            // rendered on the bounded pool, not on a servlet thread of its own
            byte[] content = jobs.submit(() -> documents.communeReportPdf(id)).join();
            return new DownloadResponse(new ByteArrayInputStream(content), "bao-cao-" + id + ".pdf", "application/pdf",
                    content.length);
        }), getTranslation("document.pdf"));
        pdf.setId("document-pdf");
        add(new H2(getTranslation("document.pdf")), pdf);
        if (authentication.hasRole("COMMUNE_OFFICER")) {
            Paragraph outcome = new Paragraph();
            outcome.setId("document-outcome");
            Button issue = new Button(getTranslation("document.issue"), click -> {
                try {
                    IssuedDocument issued = documents.issueCommuneReport(id);
                    outcome.setText(getTranslation("document.issued", issued.reference()));
                } catch (PortalException e) {
                    ErrorMessages.show(this, e);
                }
            });
            issue.setId("document-issue");
            issue.addThemeVariants(ButtonVariant.PRIMARY);
            add(issue, outcome);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.pdf");
    }
}
