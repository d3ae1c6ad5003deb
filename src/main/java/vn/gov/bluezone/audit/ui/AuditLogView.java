package vn.gov.bluezone.audit.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditDetailsReader;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.UnitNames;
import vn.gov.bluezone.shared.UserNames;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The audit log for the system administrator, newest first, filtered by user and action: who did
 * what to which unit, in words; the raw entry is one click away. Unit names are looked up once per
 * page of rows.
 */
@Route("audit")
@ViewPermission(Permission.READ_AUDIT)
@Menu(order = 90, title = "nav.audit", icon = "CLIPBOARD_TEXT")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /**
     * An entry with the name of its unit (null when it has none or the unit is gone) and its actor's
     * full name (null when the name typed at a failed login is no account).
     */
    record Row(AuditEntry entry, String unitName, String actorName) {
    }

    private final AuditTexts texts;

    AuditLogView(AuditLog auditLog, UnitNames unitNames, UserNames userNames, List<AuditDetailsReader> readers) {
        texts = new AuditTexts((key, arguments) -> getTranslation(key, arguments), detailsTexts(readers));
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

        Grid<Row> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> VietnameseFormats.dateTime(r.entry().getOccurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.actorName() == null ? r.entry().getActor()
                : getTranslation("audit.actor.named", r.actorName(), r.entry().getActor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.entry().getAction().name())).setHeader(getTranslation("audit.what"));
        grid.addColumn(r -> getTranslation("audit.outcome." + r.entry().getOutcome().name())).setHeader(getTranslation("audit.outcome"));
        grid.addColumn(r -> texts.target(r.entry())).setHeader(getTranslation("audit.target"));
        grid.addColumn(this::unit).setHeader(getTranslation("audit.unit"));
        grid.addColumn(r -> texts.summary(r.entry())).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Button raw = new Button(getTranslation("audit.raw"), click -> openRaw(r.entry()));
            raw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            raw.addClassName("audit-raw");
            return raw;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            var entries = auditLog.search(actor.getValue(), action.getValue(), null,
                    PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                    .getContent();
            // one look-up for the page's units and one for its actors, not one per row
            Map<String, String> names = unitNames.namesByPath(
                    entries.stream().map(AuditEntry::getUnitPath).filter(Objects::nonNull).distinct().toList());
            Map<String, String> actors = userNames.fullNames(entries.stream().map(AuditEntry::getActor).distinct().toList());
            return entries.stream().map(e -> new Row(e, e.getUnitPath() == null ? null : names.get(e.getUnitPath()),
                    actors.get(e.getActor())));
        });
        actor.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(actor, action);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    /** The unit's name; the whole country ("/") reads as such; a path no longer known stays visible. */
    private String unit(Row row) {
        String path = row.entry().getUnitPath();
        if (path == null) {
            return "";
        }
        if (row.unitName() != null) {
            return row.unitName();
        }
        return "/".equals(path) ? getTranslation("audit.unit.all") : path;
    }

    private void openRaw(AuditEntry entry) {
        Dialog dialog = new Dialog(getTranslation("audit.raw.title"));
        dialog.setId("audit-raw-dialog");
        FormLayout fields = new FormLayout();
        fields.addFormItem(new Span(entry.getAction().name() + " / " + entry.getOutcome().name()), getTranslation("audit.what"));
        fields.addFormItem(raw(entry.getTarget()), getTranslation("audit.target"));
        fields.addFormItem(raw(entry.getUnitPath()), getTranslation("audit.unit"));
        fields.addFormItem(raw(entry.getDetails()), getTranslation("audit.details"));
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("min(40em, 100vw)");
        dialog.open();
    }

    private static Span raw(String text) {
        Span span = new Span(text == null ? "—" : text);
        span.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return span;
    }

    /** Each module's reader of its own details, prepared once for this screen. */
    private Map<AuditAction, AuditDetailsReader.DetailsText> detailsTexts(List<AuditDetailsReader> readers) {
        Map<AuditAction, AuditDetailsReader.DetailsText> texts = new EnumMap<>(AuditAction.class);
        for (AuditDetailsReader reader : readers) {
            AuditDetailsReader.DetailsText text = reader.prepare(key -> getTranslation(key));
            reader.actions().forEach(action -> texts.put(action, text));
        }
        return texts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
