package vn.gov.bluezone.shell;

import java.util.Locale;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.identity.CurrentUser;
import vn.gov.bluezone.identity.PortalUser;
import vn.gov.bluezone.shared.ui.ComponentTexts;
import vn.gov.bluezone.shared.ui.LanguageSelect;

/**
 * The frame around every view: a header with the user's name, unit and role, the language switch
 * and logout; a drawer with the views this user may open (the menu is filtered by the same access
 * rules as the views, so a role never sees a link it cannot follow).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient CurrentUser currentUser;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        SideNav nav = drawer();
        ComponentTexts.localize(this, toggle, nav);
        addToNavbar(toggle, header(authentication));
        addToDrawer(nav);
    }

    private HorizontalLayout header(AuthenticationContext authentication) {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("portal-title");

        Div who = new Div();
        who.addClassName("portal-user");
        currentUser.get().ifPresent(user -> {
            Span name = new Span(user.fullName());
            name.setId("current-user-name");
            Span where = new Span(getTranslation("role." + user.role().name())
                    + (user.unitName() == null ? "" : " · " + user.unitName()));
            where.setId("current-user-unit");
            where.addClassName("portal-user-unit");
            who.add(name, where);
        });

        Select<Locale> language = LanguageSelect.create(getTranslation("nav.language"));

        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        logout.setId("logout");
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.setTooltipText(getTranslation("nav.logout"));
        logout.addThemeVariants(ButtonVariant.TERTIARY);

        HorizontalLayout header = new HorizontalLayout(title, who, language, logout);
        header.addClassName("portal-header");
        header.setFlexGrow(1, who);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        return header;
    }

    private SideNav drawer() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addClassName("portal-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    /** The signed-in user, for views in the shell. */
    PortalUser user() {
        return currentUser.get().orElseThrow();
    }
}
