package vn.gov.bluezone.hierarchy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * One unit by id. An id outside the user's scope is refused by the service and shown as the
 * out-of-scope page, exactly like an id that does not exist.
 */
@Route("units/:id")
@PermitAll
public class UnitDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HierarchyService hierarchy;
    private String title = "";

    UnitDetailView(HierarchyService hierarchy) {
        this.hierarchy = hierarchy;
        addClassName("portal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(OutOfScopeException::new);
        UnitSummary unit = hierarchy.get(id);
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
                : getTranslation("units.populationWithSource", VietnameseFormats.count(unit.population()),
                        unit.populationSource(), VietnameseFormats.date(unit.populationDate()))),
                getTranslation("units.population"));
        facts.addFormItem(new Span(unit.officeEmail() == null ? "—" : unit.officeEmail()), getTranslation("units.email"));
        add(heading, facts, new Anchor("units", getTranslation("units.back")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
