package vn.gov.bluezone.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import vn.gov.bluezone.campaign.Baseline;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.TabularFile;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.ImportPanel;
import vn.gov.bluezone.shared.ui.RouteIds;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The per-commune baselines of a campaign, paged from the database: edit one in a dialog, or import
 * a CSV/XLSX file all or nothing with a row-numbered error report. Estimated figures are labelled.
 */
@Route("campaigns/:id/baselines")
@ViewPermission(Permission.MANAGE_CAMPAIGNS)
public class BaselinesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final transient BaselineService baselines;
    private final Grid<Baseline> grid = new Grid<>();
    private final TextField filter = new TextField();
    private CampaignDetails campaign;

    BaselinesView(CampaignService campaigns, BaselineService baselines) {
        this.campaigns = campaigns;
        this.baselines = baselines;
        addClassName("portal-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event);
        campaign = campaigns.get(id);
        removeAll();
        filter.setId("baseline-filter");
        filter.setPlaceholder(getTranslation("units.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.removeAllColumns();
        grid.setId("baseline-grid");
        grid.addColumn(Baseline::unitName).setHeader(getTranslation("units.name")).setFlexGrow(2);
        grid.addColumn(b -> b.parentName() == null ? "" : b.parentName()).setHeader(getTranslation("units.parent"));
        grid.addColumn(b -> VietnameseFormats.count(b.population(), getLocale()) + (b.estimated() ? " *" : ""))
                .setHeader(getTranslation("baseline.population")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> VietnameseFormats.count(b.smartphoneUsers(), getLocale()) + (b.estimated() ? " *" : ""))
                .setHeader(getTranslation("baseline.smartphones")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> VietnameseFormats.count(b.installsAtStart(), getLocale())).setHeader(getTranslation("baseline.installs"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(query -> baselines.baselines(campaign.id(), filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> edit(click.getItem()));

        ImportPanel importPanel = new ImportPanel(ImportPanel.Ids.of("baseline"), Formats.CSV_OR_XLSX,
                BaselineService.MAX_IMPORT_BYTES, "baselines.importHelp", (fileName, content) -> {
                    int changed = baselines.importBaselines(campaign.id(), fileName, content);
                    grid.getDataProvider().refreshAll();
                    return getTranslation("baselines.imported", changed);
                });

        add(new H2(getTranslation("baselines.title", campaign.name())));
        if (campaign.demoEstimates()) {
            Paragraph estimate = new Paragraph(getTranslation("baselines.estimates"));
            estimate.setId("baseline-estimate");
            estimate.addClassName("portal-estimate");
            add(estimate);
        }
        add(importPanel, filter, grid);
        setFlexGrow(1, grid);
    }

    private void edit(Baseline baseline) {
        Dialog dialog = new Dialog(baseline.unitName());
        dialog.setId("baseline-dialog");
        TextField population = number("baseline.population", baseline.population());
        TextField smartphones = number("baseline.smartphones", baseline.smartphoneUsers());
        TextField installs = number("baseline.installs", baseline.installsAtStart());
        Button save = new Button(getTranslation("action.save"), click -> {
            Long p = TabularFile.wholeNumber(population.getValue());
            Long s = TabularFile.wholeNumber(smartphones.getValue());
            Long i = TabularFile.wholeNumber(installs.getValue());
            if (p == null || s == null || i == null) {
                ErrorMessages.show(this, new PortalException("baseline.error.notWholeNumber"));
                return;
            }
            try {
                baselines.updateBaseline(campaign.id(), baseline.unitId(), p, s, i, baseline.version());
                grid.getDataProvider().refreshAll();
                dialog.close();
            } catch (ValidationException invalid) {
                ErrorMessages.show(this, new PortalException(invalid.fieldErrors().values().iterator().next()));
            }
        });
        save.setId("baseline-save");
        dialog.add(new FormLayout(population, smartphones, installs));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private TextField number(String labelKey, long value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(Long.toString(value));
        field.setAllowedCharPattern("[0-9.]");
        field.setMaxLength(FigureLimits.MAX_PEOPLE_TYPED_LENGTH);
        return field;
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? "" : getTranslation("baselines.title", campaign.name());
    }
}
