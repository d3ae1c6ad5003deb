package vn.gov.bluezone.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserSummary;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.ui.ViewPermission;

/** The users in the manager's scope, paged from the database; create, edit, disable, reset. */
@Route("users")
@ViewPermission({Permission.MANAGE_PROVINCE_USERS, Permission.MANAGE_DISTRICT_USERS, Permission.MANAGE_COMMUNE_USERS})
@Menu(order = 20, title = "nav.users", icon = "USERS")
public class UserListView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdminService users;
    private final HierarchyService hierarchy;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    UserListView(UserAdminService users, HierarchyService hierarchy) {
        this.users = users;
        this.hierarchy = hierarchy;
        addClassName("portal-view");
        setSizeFull();

        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setClearButtonVisible(true);
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, hierarchy, null, grid.getDataProvider()::refreshAll).open());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("users.fullName")).setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username"));
        grid.addColumn(user -> getTranslation("role." + user.role().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(user -> user.unitName() == null ? "" : user.unitName()).setHeader(getTranslation("users.unit"))
                .setFlexGrow(2);
        grid.addColumn(user -> getTranslation(!user.enabled() ? "users.state.disabled"
                : user.locked() ? "users.state.locked" : "users.state.active")).setHeader(getTranslation("users.state"));
        grid.setItems(query -> users.list(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> new UserDialog(users, hierarchy, users.get(click.getItem().id()),
                grid.getDataProvider()::refreshAll).open());

        HorizontalLayout toolbar = new HorizontalLayout(filter, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, filter);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2(getTranslation("users.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
