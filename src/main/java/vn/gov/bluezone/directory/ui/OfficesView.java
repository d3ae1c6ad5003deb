package vn.gov.bluezone.directory.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSigner;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * "Cơ quan, đơn vị": the offices of a chosen unit in scope (the caller's own unit first; no unit:
 * the central agencies), with adding, editing and deleting an office and its signers.
 */
@Route("offices")
@ViewPermission(Permission.MANAGE_OFFICES)
@Menu(order = 12, title = "nav.offices", icon = "INSTITUTION")
public class OfficesView extends VerticalLayout implements HasDynamicTitle {

    private final transient OfficeService offices;
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final Grid<OfficeSummary> grid = new Grid<>();
    private final Span empty = new Span();

    OfficesView(OfficeService offices, HierarchyService hierarchy) {
        this.offices = offices;
        addClassName("portal-view");
        setSizeFull();

        unit.setId("offices-unit");
        unit.setLabel(getTranslation("offices.unit"));
        unit.setHelperText(getTranslation("offices.unit.help"));
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("min(100%, 26em)");
        unit.setItems(query -> hierarchy.browse(new UnitFilter(query.getFilter().orElse(null), null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        hierarchy.ownUnit().ifPresent(unit::setValue);
        unit.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("offices.create"), VaadinIcon.PLUS.create(),
                click -> new OfficeDialog(offices, unit.getValue(), null, this::refresh).open());
        create.setId("office-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("offices-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(o -> getTranslation("officeKind." + o.kind().name())).setHeader(getTranslation("office.kind"));
        grid.addColumn(OfficeSummary::name).setHeader(getTranslation("office.name")).setFlexGrow(3);
        grid.addColumn(OfficeSummary::shortName).setHeader(getTranslation("office.shortName")).setFlexGrow(2);
        grid.addColumn(OfficeSummary::abbreviation).setHeader(getTranslation("office.abbreviation"));
        grid.addColumn(o -> o.email() == null ? "" : o.email()).setHeader(getTranslation("office.email"));
        grid.addColumn(this::validity).setHeader(getTranslation("office.validity"));
        grid.addColumn(o -> o.signers().stream().map(s -> s.fullName() + " (" + s.title() + ")")
                .collect(Collectors.joining("; "))).setHeader(getTranslation("office.signers")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        empty.setId("offices-empty");
        empty.setText(getTranslation("offices.none"));

        add(new H2(getTranslation("offices.title")), unit, create, empty, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private String validity(OfficeSummary office) {
        if (office.validFrom() == null && office.validTo() == null) {
            return "";
        }
        return (office.validFrom() == null ? "" : VietnameseFormats.date(office.validFrom())) + " – "
                + (office.validTo() == null ? "" : VietnameseFormats.date(office.validTo()));
    }

    private HorizontalLayout actions(OfficeSummary office) {
        Button edit = new Button(getTranslation("offices.edit"),
                click -> new OfficeDialog(offices, unit.getValue(), office, this::refresh).open());
        edit.setId("office-edit-" + office.id());
        Button delete = new Button(getTranslation("offices.delete"), click -> confirmDelete(office));
        delete.setId("office-delete-" + office.id());
        delete.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setWrap(true);
        return actions;
    }

    private void confirmDelete(OfficeSummary office) {
        Dialog confirm = new Dialog(new Span(getTranslation("offices.confirmDelete", office.name())));
        confirm.setId("office-delete-dialog");
        Button yes = new Button(getTranslation("offices.delete"), click -> {
            try {
                offices.delete(office.id(), office.version());
                ErrorMessages.success(getTranslation("offices.deleted"));
            } catch (PortalException e) {
                ErrorMessages.show(this, e);
            }
            confirm.close();
            refresh();
        });
        yes.setId("office-delete-confirm");
        yes.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), yes);
        confirm.open();
    }

    private void refresh() {
        var shown = unit.getValue() == null ? offices.central() : offices.ofUnit(unit.getValue().id());
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
    }

    /** The signers as the dialog shows them: one per line, "name | title | authority / lines". */
    static String signersText(java.util.List<OfficeSigner> signers) {
        return signers.stream().map(s -> s.fullName() + " | " + s.title() + " | " + s.authority().replace("\n", " / "))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offices.title");
    }
}
