package vn.gov.bluezone.documents.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.DocumentFormat;
import vn.gov.bluezone.documents.DocumentJobs;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.Issuance;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.documents.IssuedVersion;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.UserNames;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * Documents: the register of the user's own unit, and (for districts and the province) the
 * district and provincial summaries of a day, generated on a bounded pool off the UI thread with a
 * progress bar, then offered for download as PDF or DOCX.
 */
@Route("documents")
@PermitAll
@Menu(order = 7, title = "nav.documents", icon = "FILE_TEXT")
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final transient DocumentService documents;
    private final transient DocumentJobs jobs;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Select<UnitSummary> district = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Div result = new Div();
    private final Paragraph issueOutcome = new Paragraph();
    private final Grid<IssuedVersion> register = new Grid<>();
    private final transient UserNames userNames;
    private Map<String, String> issuerNames = Map.of();

    DocumentsView(DocumentService documents, DocumentJobs jobs, CampaignService campaigns, HierarchyService hierarchy,
            DailyReportService reports, UserNames userNames, Permissions permissions) {
        this.documents = documents;
        this.userNames = userNames;
        this.jobs = jobs;
        addClassName("portal-view");
        add(new H2(getTranslation("documents.title")));

        if (permissions.has(Permission.READ_OVERSIGHT)) {
            Fields.choice(campaign, "documents-campaign", getTranslation("report.campaign"), campaigns.visibleCampaigns(),
                    CampaignDetails::name);
            campaign.getListDataView().getItems().findFirst().ifPresent(campaign::setValue);
            Fields.date(day, "documents-day", getTranslation("report.date"), reports.today());
            List<UnitSummary> districts = hierarchy.browse(new UnitFilter(null, UnitLevel.DISTRICT), PageRequest.of(0, 1000))
                    .getContent();
            Fields.choice(district, "documents-district", getTranslation("oversight.district"), districts, UnitSummary::name);
            if (!districts.isEmpty()) {
                district.setValue(districts.getFirst());
            }
            progress.setIndeterminate(true);
            progress.setVisible(false);
            progress.setId("documents-progress");
            result.setId("documents-result");
            HorizontalLayout filters = new HorizontalLayout(campaign, day, district);
            filters.setWrap(true);
            filters.setAlignItems(FlexComponent.Alignment.BASELINE);
            HorizontalLayout actions = new HorizontalLayout();
            actions.setWrap(true);
            for (DocumentFormat format : DocumentFormat.values()) {
                Button districtSummary = new Button(getTranslation("documents.districtSummary", format.name()),
                        click -> generate(() -> documents.districtSummary(campaign.getValue().id(), day.getValue(),
                                district.getValue().code(), format), "tong-hop-huyen", format));
                districtSummary.setId("documents-district-" + format.name().toLowerCase());
                actions.add(districtSummary);
            }
            if (permissions.has(Permission.READ_PROVINCE_SUMMARY)) {
                for (DocumentFormat format : DocumentFormat.values()) {
                    Button provinceSummary = new Button(getTranslation("documents.provincialSummary", format.name()),
                            click -> generate(() -> documents.provincialSummary(campaign.getValue().id(), day.getValue(),
                                    format), "tong-hop-tinh", format));
                    provinceSummary.setId("documents-province-" + format.name().toLowerCase());
                    actions.add(provinceSummary);
                }
            }
            HorizontalLayout issuing = new HorizontalLayout();
            issuing.setWrap(true);
            if (permissions.has(Permission.ISSUE_DISTRICT_SUMMARY)) {
                Button issueDistrict = new Button(getTranslation("documents.issueDistrict"),
                        click -> issue(() -> documents.issueDistrictSummary(campaign.getValue().id(), day.getValue())));
                issueDistrict.setId("documents-issue-district");
                issuing.add(issueDistrict);
            }
            if (permissions.has(Permission.ISSUE_PROVINCE_SUMMARY)) {
                Button issueProvince = new Button(getTranslation("documents.issueProvincial"),
                        click -> issue(() -> documents.issueProvincialSummary(campaign.getValue().id(), day.getValue())));
                issueProvince.setId("documents-issue-province");
                issuing.add(issueProvince);
            }
            issueOutcome.setId("documents-issue-outcome");
            add(new H3(getTranslation("documents.summaries")), filters, actions, progress, result, issuing, issueOutcome);
        }

        register.setId("documents-register");
        // the subject and the standing are sentences: wrapped, not cut
        register.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        register.setAllRowsVisible(true);
        register.addComponentColumn(v -> file(v.document())).setHeader(getTranslation("documents.number"))
                .setAutoWidth(true);
        register.addColumn(v -> VietnameseFormats.date(v.document().issuedOn())).setHeader(getTranslation("documents.date"));
        register.addColumn(v -> v.document().summary()).setHeader(getTranslation("documents.summary")).setFlexGrow(3);
        register.addColumn(v -> issuerNames.getOrDefault(v.document().issuedBy(), v.document().issuedBy()))
                .setHeader(getTranslation("documents.issuedBy"));
        register.addColumn(v -> IssuedTexts.signature(this, v.document())).setHeader(getTranslation("documents.signature"))
                .setFlexGrow(2);
        register.addColumn(v -> IssuedTexts.standing(this, v)).setHeader(getTranslation("documents.standing"))
                .setFlexGrow(2);
        showRegister();
        add(new H3(getTranslation("documents.register")), register);
    }

    /** Issues a summary of the chosen day (synchronously: one document), says what happened, refreshes the register. */
    private void issue(Supplier<Issuance> work) {
        if (campaign.getValue() == null || day.getValue() == null) {
            return;
        }
        try {
            issueOutcome.setText(IssuedTexts.outcome(this, work.get()));
            showRegister();
        } catch (PortalException e) {
            ErrorMessages.show(this, e);
        }
    }

    /** The register with its issuers by name (one look-up for all rows). */
    private void showRegister() {
        List<IssuedVersion> versions = documents.ownRegisterVersions();
        issuerNames = userNames.fullNames(versions.stream().map(v -> v.document().issuedBy()).distinct().toList());
        register.setItems(versions);
    }

    private Anchor file(IssuedDocument entry) {
        Anchor file = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] content = documents.issuedPdf(entry.id());
            return new DownloadResponse(new ByteArrayInputStream(content),
                    "van-ban-" + entry.reference().replace('/', '-') + ".pdf", "application/pdf", content.length);
        }), entry.reference());
        return file;
    }

    /** Renders on the bounded pool; the page polls until the file is ready, then offers it. */
    private void generate(Supplier<byte[]> work, String name, DocumentFormat format) {
        if (campaign.getValue() == null || day.getValue() == null) {
            return;
        }
        UI ui = UI.getCurrent();
        result.removeAll();
        try {
            var future = jobs.submit(work);
            progress.setVisible(true);
            ui.setPollInterval(500);
            future.whenComplete((bytes, error) -> ui.access(() -> {
                progress.setVisible(false);
                ui.setPollInterval(-1);
                if (error != null) {
                    ErrorMessages.show(this, error.getCause() != null ? error.getCause() : error);
                    return;
                }
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), name + format.extension(), format.contentType(), bytes.length)),
                        getTranslation("documents.download", name + format.extension()));
                download.setId("documents-download");
                result.add(download);
            }));
        } catch (PortalException busy) {
            ErrorMessages.show(this, busy);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title");
    }
}
