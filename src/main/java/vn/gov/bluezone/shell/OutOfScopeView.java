package vn.gov.bluezone.shell;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import vn.gov.bluezone.shared.OutOfScopeException;

/** A record opened by id that lies outside the user's scope (or does not exist). */
@PermitAll
@ParentLayout(MainLayout.class)
public class OutOfScopeView extends VerticalLayout implements HasErrorParameter<OutOfScopeException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<OutOfScopeException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.outOfScope.title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("error.outOfScope")), new Anchor("", getTranslation("nav.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
