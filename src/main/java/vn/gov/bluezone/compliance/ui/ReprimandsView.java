package vn.gov.bluezone.compliance.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardTexts;
import vn.gov.bluezone.compliance.Proposal;
import vn.gov.bluezone.compliance.ProposalStatus;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.documents.IssuedDocument;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Downloads;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The proposals of a board day: the chair approves or rejects each with a note; the chair or the
 * provincial officer issues the approved ones as one numbered dispatch, which everyone in scope can
 * download.
 */
@Route("reprimands")
@ViewPermission(Permission.READ_OVERSIGHT)
@Menu(order = 3.5, title = "nav.reprimands", icon = "GAVEL")
public class ReprimandsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReprimandService reprimands;
    private final transient DocumentService documents;
    private final transient BoardTexts texts = new BoardTexts(this::getTranslation);
    private final boolean decides;
    private final Select<CampaignDetails> campaign = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Grid<Proposal> grid = new Grid<>();
    private final Button issue = new Button();
    private final HorizontalLayout dispatches = new HorizontalLayout();
    private final Span empty = new Span();

    ReprimandsView(ReprimandService reprimands, DocumentService documents, CampaignService campaigns,
            DailyReportService reports, Permissions permissions) {
        this.reprimands = reprimands;
        this.documents = documents;
        this.decides = permissions.has(Permission.DECIDE_REPRIMAND);
        addClassName("portal-view");
        setWidthFull();
        Fields.choice(campaign, "reprimands-campaign", getTranslation("report.campaign"), campaigns.visibleCampaigns(),
                CampaignDetails::name);
        Fields.date(day, "reprimands-day", getTranslation("report.date"), reports.today());

        grid.setId("reprimands-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.addColumn(p -> p.unitName() + (p.parentName() == null ? "" : " — " + p.parentName()))
                .setHeader(getTranslation("reprimands.unit")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(p -> p.level() == null ? "—" : getTranslation("reprimand.level." + p.level().name()))
                .setHeader(getTranslation("reprimands.level")).setAutoWidth(true);
        grid.addColumn(Proposal::reason).setHeader(getTranslation("reprimands.reason")).setWidth("12rem")
                .setFlexGrow(1);
        grid.addComponentColumn(p -> Fields.badge(getTranslation("proposal.status." + p.status().name()),
                p.status().badgeTheme())).setHeader(getTranslation("reprimands.status")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("reprimands.proposedByAt", texts.proposer(p),
                VietnameseFormats.dateTime(p.proposedAt())))
                .setHeader(getTranslation("reprimands.proposedBy")).setKey("proposedBy").setWidth("11rem").setFlexGrow(0)
                .setTooltipGenerator(p -> getTranslation("reprimands.account", p.proposedBy()));
        grid.addColumn(texts::decision).setHeader(getTranslation("reprimands.decision")).setKey("decision")
                .setWidth("10rem").setFlexGrow(0)
                .setTooltipGenerator(p -> p.decidedBy() == null ? null : getTranslation("reprimands.account", p.decidedBy()));
        grid.addColumn(p -> p.dispatchReference() == null ? "" : p.dispatchReference())
                .setHeader(getTranslation("reprimands.dispatch")).setWidth("7rem").setFlexGrow(0);
        if (decides) {
            grid.addComponentColumn(this::decisionButtons).setWidth("8.5rem").setFlexGrow(0).setFrozenToEnd(true)
                    .setKey("decide");
        }

        issue.setText(getTranslation("reprimands.issue"));
        issue.setId("reprimands-issue");
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        issue.setVisible(permissions.has(Permission.ISSUE_DISPATCH));
        issue.addClickListener(click -> issueDispatch());
        dispatches.setWrap(true);
        empty.setText(getTranslation("reprimands.empty"));

        campaign.addValueChangeListener(change -> refresh());
        day.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(campaign, day);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(issue, dispatches);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("reprimands.title")), filters, actions, empty, grid);
        campaign.getListDataView().getItems().findFirst().ifPresent(campaign::setValue);
    }

    /** Approve above reject, so the frozen column stays narrow enough for a 1366 px screen. */
    private VerticalLayout decisionButtons(Proposal proposal) {
        VerticalLayout buttons = new VerticalLayout();
        buttons.setPadding(false);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        if (proposal.open()) {
            Button approve = new Button(getTranslation("reprimands.approve"),
                    click -> new DecisionDialog(reprimands, texts, proposal, true, this::refresh).open());
            approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            approve.setId("approve-" + proposal.id());
            Button reject = new Button(getTranslation("reprimands.reject"),
                    click -> new DecisionDialog(reprimands, texts, proposal, false, this::refresh).open());
            reject.addThemeVariants(ButtonVariant.SMALL);
            reject.setId("reject-" + proposal.id());
            buttons.add(approve, reject);
        }
        return buttons;
    }

    private void issueDispatch() {
        try {
            IssuedDocument dispatch = reprimands.issueDispatch(campaign.getValue().id(), day.getValue());
            ErrorMessages.success(getTranslation("reprimands.issued", dispatch.reference()));
            refresh();
        } catch (PortalException refused) {
            ErrorMessages.show(this, refused);
        }
    }

    private void refresh() {
        if (campaign.getValue() == null || day.getValue() == null) {
            return;
        }
        List<Proposal> proposals = reprimands.ofDay(campaign.getValue().id(), day.getValue());
        grid.setItems(proposals);
        empty.setVisible(proposals.isEmpty());
        issue.setEnabled(proposals.stream().anyMatch(p -> p.status() == ProposalStatus.APPROVED && p.dispatchId() == null));
        Map<Long, String> issued = new LinkedHashMap<>();
        proposals.stream().filter(p -> p.dispatchId() != null)
                .forEach(p -> issued.putIfAbsent(p.dispatchId(), p.dispatchReference()));
        dispatches.removeAll();
        issued.forEach((id, reference) -> {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.file(
                    documents.issuedPdf(id), "cong-van-" + reference.replace('/', '-') + ".pdf", "application/pdf")),
                    getTranslation("reprimands.download", reference));
            download.setId("dispatch-" + id);
            dispatches.add(download);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reprimands.title");
    }
}
