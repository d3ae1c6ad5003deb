package vn.gov.bluezone.hierarchy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.RouteIds;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * One unit by id. An id outside the user's scope is refused by the service and shown as the
 * out-of-scope page, exactly like an id that does not exist.
 */
@Route("units/:id")
@PermitAll
public class UnitDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HierarchyService hierarchy;
    private final transient AuditLog auditLog;
    private final transient Permissions permissions;
    private String title = "";

    UnitDetailView(HierarchyService hierarchy, AuditLog auditLog, Permissions permissions) {
        this.hierarchy = hierarchy;
        this.auditLog = auditLog;
        this.permissions = permissions;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event);
        show(hierarchy.get(id));
    }

    private void show(UnitSummary unit) {
        title = unit.name();
        removeAll();
        H2 heading = new H2(unit.name());
        heading.setId("unit-name");
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(unit.code()), getTranslation("units.code"));
        facts.addFormItem(new Span(unit.type()), getTranslation("units.type"));
        facts.addFormItem(new Span(getTranslation("level." + unit.level().name())), getTranslation("units.level"));
        facts.addFormItem(new Span(unit.parentName() == null ? "—" : unit.parentName()), getTranslation("units.parent"));
        facts.addFormItem(new Span(unit.population() == null ? "—"
                : getTranslation("units.populationWithSource", VietnameseFormats.count(unit.population(), getLocale()),
                        unit.populationSource(), VietnameseFormats.date(unit.populationDate()))),
                getTranslation("units.population"));
        facts.addFormItem(new Span(unit.officeEmail() == null ? "—" : unit.officeEmail()), getTranslation("units.email"));
        facts.addFormItem(new Span(ValidityText.of(unit, this::getTranslation)), getTranslation("units.validity"));
        add(heading, facts);
        if (permissions.has(Permission.MANAGE_UNITS)) {
            add(emailEditor(unit));
        }
        if (permissions.has(Permission.READ_OVERSIGHT)) {
            add(history(unit));
        }
        add(new Anchor("units", getTranslation("units.back")));
    }

    /** The unit's history: the last changes recorded on it (reports, baselines, reprimands). */
    private VerticalLayout history(UnitSummary unit) {
        Grid<AuditEntry> entries = new Grid<>();
        entries.setId("unit-history");
        entries.setAllRowsVisible(true);
        entries.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        entries.addColumn(e -> VietnameseFormats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("audit.action." + e.getAction().name()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        entries.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(3);
        entries.setItems(auditLog.unitHistory(unit.path(), 50));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("units.history")), entries);
        section.setPadding(false);
        return section;
    }

    /** The office email, where reports and reminders will be sent (administrator only). */
    private HorizontalLayout emailEditor(UnitSummary unit) {
        EmailField email = new EmailField(getTranslation("units.email"));
        email.setId("unit-email");
        email.setMaxLength(254);
        email.setValue(unit.officeEmail() == null ? "" : unit.officeEmail());
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                show(hierarchy.updateOfficeEmail(unit.id(), email.getValue(), unit.version()));
                ErrorMessages.success(getTranslation("units.saved"));
            } catch (PortalException refused) {
                email.setErrorMessage(ErrorMessages.text(this, refused));
                email.setInvalid(true);
            }
        });
        save.setId("unit-email-save");
        HorizontalLayout editor = new HorizontalLayout(email, save);
        editor.setAlignItems(Alignment.BASELINE);
        editor.setWrap(true);
        return editor;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
