package vn.gov.bluezone.hierarchy.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * The administrative units the user may see (its own unit and everything under it), paged and
 * sorted by the database in Vietnamese name order, filtered by name or code without diacritics.
 */
@Route("units")
@PermitAll
@Menu(order = 10, title = "nav.units", icon = "SITEMAP")
public class UnitBrowserView extends VerticalLayout implements HasDynamicTitle {

    private final HierarchyService hierarchy;
    private final Grid<UnitSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Select<UnitLevel> level = new Select<>();
    private final Span count = new Span();

    UnitBrowserView(HierarchyService hierarchy) {
        this.hierarchy = hierarchy;
        addClassName("portal-view");
        setSizeFull();

        filter.setId("unit-filter");
        filter.setPlaceholder(getTranslation("units.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setMaxLength(Fields.typingRoom(100));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());

        level.setId("unit-level");
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("units.level.all"));
        level.setItems(UnitLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("units.level.all") : getTranslation("level." + l.name()));
        level.addValueChangeListener(change -> refresh());

        count.setId("unit-count");

        grid.setId("unit-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        Grid.Column<UnitSummary> name = grid.addColumn(UnitSummary::name).setKey("name").setSortable(true)
                .setHeader(getTranslation("units.name")).setFlexGrow(3);
        grid.addColumn(UnitSummary::code).setKey("code").setSortable(true).setHeader(getTranslation("units.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.parentName() == null ? "" : u.parentName()).setHeader(getTranslation("units.parent"))
                .setFlexGrow(2);
        grid.addColumn(u -> u.population() == null ? "" : VietnameseFormats.count(u.population(), getLocale())).setKey("population")
                .setSortable(true).setHeader(getTranslation("units.population")).setTextAlign(
                        ColumnTextAlign.END);
        grid.addColumn(u -> ValidityText.of(u, this::getTranslation)).setKey("validity")
                .setHeader(getTranslation("units.validity")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> hierarchy.browse(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.sort(GridSortOrder.asc(name).build());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(UnitDetailView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id())))));

        HorizontalLayout toolbar = new HorizontalLayout(filter, level, count);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, filter);
        toolbar.setWidthFull();
        add(new H2(getTranslation("units.title")), toolbar, grid);
        setFlexGrow(1, grid);
        updateCount();
    }

    private UnitFilter currentFilter() {
        return new UnitFilter(filter.getValue(), level.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("units.count", hierarchy.count(currentFilter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
