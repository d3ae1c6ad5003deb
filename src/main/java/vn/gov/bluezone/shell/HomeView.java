package vn.gov.bluezone.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.identity.CurrentUser;

/** The landing page after login: who you are and what the portal is for. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "HOME")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser) {
        H2 greeting = new H2(getTranslation("home.greeting",
                currentUser.get().map(user -> user.fullName()).orElse("")));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro")));
        currentUser.get().ifPresent(user -> add(new Paragraph(getTranslation("home.role." + user.role().name()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
