package vn.gov.bluezone.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.VietnameseFormats;

/** The audit log for the system administrator, newest first, filtered by user and action. */
@Route("audit")
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "nav.audit", icon = "CLIPBOARD_TEXT")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    AuditLogView(AuditLog auditLog) {
        addClassName("portal-view");
        setSizeFull();
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.setPlaceholder(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        Select<AuditAction> action = new Select<>();
        action.setId("audit-action");
        action.setEmptySelectionAllowed(true);
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.allActions") : getTranslation("audit.action." + a.name()));

        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> VietnameseFormats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.getAction().name())).setHeader(getTranslation("audit.what"));
        grid.addColumn(e -> getTranslation("audit.outcome." + e.getOutcome().name())).setHeader(getTranslation("audit.outcome"));
        grid.addColumn(AuditEntry::getTarget).setHeader(getTranslation("audit.target"));
        grid.addColumn(AuditEntry::getUnitPath).setHeader(getTranslation("audit.unit"));
        grid.addColumn(AuditEntry::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return auditLog.search(actor.getValue(), action.getValue(), null,
                    PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                    .stream();
        });
        actor.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(actor, action);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
