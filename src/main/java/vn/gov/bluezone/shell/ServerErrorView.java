package vn.gov.bluezone.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.shared.DatabaseErrors;

/**
 * Any other failure while opening a page: a sentence in the user's language instead of Vaadin's
 * default page. When the database cannot be reached it says so (503) and the page works again as
 * soon as the database is back, with no restart. Standalone (no menu), since the menu may be what
 * failed.
 */
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private final transient AuditLog auditLog;

    ServerErrorView(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        if (UiErrorHandling.deniedBy(error)) {
            // a service refused the caller while the page opened: recorded, shown like a refused page
            auditLog.recordDenied(event.getLocation().getPath(), DeniedAccess.ACTION);
            render("error.notFoundOrDenied.title", "error.notFoundOrDenied.text");
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (DatabaseErrors.unavailable(error)) {
            log.warn("Database unavailable opening {}: {}", event.getLocation().getPath(), error.toString());
            render("error.database.title", "error.database");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Error opening {}", event.getLocation().getPath(), error);
        render("error.server.title", "error.server.text");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
