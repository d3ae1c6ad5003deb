package vn.gov.bluezone.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.ViewPermission;

/** Campaigns of the officer's province: create, edit, activate, close, and open the baselines. */
@Route("campaigns")
@ViewPermission(Permission.MANAGE_CAMPAIGNS)
@Menu(order = 6, title = "nav.campaigns", icon = "FLAG")
public class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final transient OfficeService offices;
    private final Grid<CampaignDetails> grid = new Grid<>();

    CampaignListView(CampaignService campaigns, HierarchyService hierarchy, OfficeService offices) {
        this.campaigns = campaigns;
        this.offices = offices;
        addClassName("portal-view");
        setSizeFull();
        Button create = new Button(getTranslation("campaigns.create"), VaadinIcon.PLUS.create(),
                click -> new CampaignDialog(campaigns, hierarchy, offices, null, this::refresh).open());
        create.setId("campaign-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("campaign-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(CampaignDetails::name).setHeader(getTranslation("campaign.name")).setFlexGrow(3);
        grid.addColumn(c -> c.directiveNumber() == null ? "" : c.directiveNumber()).setHeader(getTranslation("campaign.directive"));
        grid.addColumn(c -> VietnameseFormats.date(c.startDate()) + " – " + VietnameseFormats.date(c.targetDate()))
                .setHeader(getTranslation("campaign.period"));
        grid.addColumn(c -> getTranslation("campaignStatus." + c.status().name())).setHeader(getTranslation("campaign.status"));
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(new H2(getTranslation("campaigns.title")), create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout actions(CampaignDetails campaign) {
        HorizontalLayout actions = new HorizontalLayout();
        Button edit = new Button(getTranslation("campaigns.edit"),
                click -> new CampaignDialog(campaigns, null, offices, campaign, this::refresh).open());
        Button baselines = new Button(getTranslation("campaigns.baselines"), click -> getUI().ifPresent(ui ->
                ui.navigate(BaselinesView.class, new RouteParameters("id", String.valueOf(campaign.id())))));
        baselines.setId("campaign-baselines-" + campaign.id());
        actions.add(edit, baselines);
        if (campaign.status() == CampaignStatus.DRAFT) {
            Button activate = new Button(getTranslation("campaigns.activate"),
                    click -> run(() -> campaigns.activate(campaign.id(), campaign.version())));
            activate.setId("campaign-activate-" + campaign.id());
            actions.add(activate);
        } else if (campaign.status() == CampaignStatus.ACTIVE) {
            Button close = new Button(getTranslation("campaigns.close"),
                    click -> run(() -> campaigns.closeToday(campaign.id(), campaign.version())));
            close.setId("campaign-close-" + campaign.id());
            actions.add(close);
        }
        actions.setWrap(true);
        return actions;
    }

    private void run(Runnable action) {
        try {
            action.run();
            ErrorMessages.success(getTranslation("users.saved"));
        } catch (PortalException e) {
            ErrorMessages.show(this, e);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(campaigns.visibleCampaigns());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaigns.title");
    }
}
