package vn.gov.bluezone.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.shared.DatabaseErrors;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.ErrorMessages;

/**
 * An exception that escapes a click handler becomes a message in the user's language, never a
 * stack trace; unexpected ones are logged. A database that cannot be reached gets its own message
 * (try again in a moment) and one log line.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    private final AuditLog auditLog;

    UiErrorHandling(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable shown = shown(error.getThrowable());
            UI current = UI.getCurrent();
            if (shown instanceof AccessDeniedException) {
                auditLog.recordDenied(current == null ? null : current.getActiveViewLocation().getPath(),
                        DeniedAccess.ACTION);
            }
            if (current != null) {
                current.access(() -> ErrorMessages.show(current, shown));
            }
        }));
    }

    /** Whether a service refused the caller somewhere in this chain of causes. */
    static boolean deniedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    /** The error to put into words, logged as it deserves: one line for an unreachable database. */
    private static Throwable shown(Throwable error) {
        if (DatabaseErrors.unavailable(error)) {
            // one line, not a stack trace per click while the database is down
            log.warn("Database unavailable: {}", error.toString());
            return error;
        }
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof PortalException)
                && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof PortalException)
                && !(cause instanceof AccessDeniedException)) {
            log.error("Unexpected error in the UI", error);
        }
        return cause;
    }
}
