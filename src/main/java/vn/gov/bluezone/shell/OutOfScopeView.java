package vn.gov.bluezone.shell;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import vn.gov.bluezone.shared.OutOfScopeException;

/** A record opened by id that lies outside the user's scope, or does not exist: the same page. */
@PermitAll
@ParentLayout(MainLayout.class)
public class OutOfScopeView extends ErrorPage implements HasErrorParameter<OutOfScopeException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<OutOfScopeException> parameter) {
        render("error.outOfScope.title", "error.outOfScope");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
