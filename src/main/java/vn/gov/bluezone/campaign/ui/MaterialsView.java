package vn.gov.bluezone.campaign.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.Material;
import vn.gov.bluezone.shared.ui.Fields;

/** The campaign's materials (templates, audio, leaflets, videos …) with their links, for every role. */
@Route("materials")
@PermitAll
@Menu(order = 5, title = "nav.materials", icon = "BOOK")
public class MaterialsView extends VerticalLayout implements HasDynamicTitle {

    private final Div list = new Div();

    MaterialsView(CampaignService campaigns) {
        addClassName("portal-view");
        List<CampaignDetails> visible = campaigns.visibleCampaigns();
        Select<CampaignDetails> campaign = new Select<>();
        Fields.choice(campaign, "materials-campaign", getTranslation("report.campaign"), visible, CampaignDetails::name);
        campaign.setWidthFull();
        campaign.addValueChangeListener(change -> show(change.getValue()));
        list.setId("materials-list");
        add(new H2(getTranslation("materials.title")), campaign, list);
        if (visible.isEmpty()) {
            list.add(new Paragraph(getTranslation("materials.none")));
        } else {
            campaign.setValue(visible.getFirst());
        }
    }

    private void show(CampaignDetails campaign) {
        list.removeAll();
        if (campaign == null || campaign.materials().isEmpty()) {
            list.add(new Paragraph(getTranslation("materials.none")));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (Material material : campaign.materials()) {
            Anchor link = new Anchor(material.link(), material.title(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Span kind = new Span(" · " + getTranslation("materials.kind." + material.kind()));
            kind.addClassName("portal-estimate");
            items.add(new ListItem(link, kind));
        }
        list.add(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("materials.title");
    }
}
