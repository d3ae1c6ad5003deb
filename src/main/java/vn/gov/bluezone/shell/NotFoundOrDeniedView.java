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
import com.vaadin.flow.router.NotFoundException;

/**
 * What a user sees on a page that does not exist or that the role may not open. The two look the
 * same on purpose: a refused URL does not reveal that the page or record exists.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundOrDeniedView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.notFoundOrDenied.title"));
        title.setId("error-title");
        add(title, new Paragraph(getTranslation("error.notFoundOrDenied.text")),
                new Anchor("", getTranslation("nav.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
