package vn.gov.bluezone.shell;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.shared.OutOfScopeException;

/**
 * A record opened by id that lies outside the user's scope, does not exist, or whose id is not an
 * id at all: one and the same page and status (404), so a URL never tells whether the record
 * exists. Anyone can type such a URL, so it is an INFO line, not an error with a stack trace.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class OutOfScopeView extends ErrorPage implements HasErrorParameter<OutOfScopeException> {

    private static final Logger log = LoggerFactory.getLogger(OutOfScopeView.class);
    private static final int LOGGED_PATH_LENGTH = 120;

    private final transient AuditLog auditLog;

    OutOfScopeView(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<OutOfScopeException> parameter) {
        log.info("Record not found or outside the user's scope: /{}", loggable(event.getLocation().getPath()));
        auditLog.recordDenied(event.getLocation().getPath(), DeniedAccess.RECORD);
        render("error.outOfScope.title", "error.outOfScope");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The typed path, short and on one line whatever was typed. */
    static String loggable(String path) {
        String oneLine = path.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= LOGGED_PATH_LENGTH ? oneLine : oneLine.substring(0, LOGGED_PATH_LENGTH) + "…";
    }
}
