package vn.gov.bluezone.shell;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;

/**
 * What a user sees on a page that does not exist or that the role may not open. The two look the
 * same on purpose: a refused URL does not reveal that the page exists.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundOrDeniedView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private final transient AuditLog auditLog;

    NotFoundOrDeniedView(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // a signed-in user was refused (or mistyped) a URL: recorded, at most once a minute per path
        auditLog.recordDenied(event.getLocation().getPath(), DeniedAccess.PAGE);
        render("error.notFoundOrDenied.title", "error.notFoundOrDenied.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
