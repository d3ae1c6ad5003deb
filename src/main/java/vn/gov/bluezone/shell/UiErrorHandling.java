package vn.gov.bluezone.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ui.ErrorMessages;

/**
 * An exception that escapes a click handler becomes a message in the user's language, never a
 * stack trace; unexpected ones are logged.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof PortalException)
                    && !(cause instanceof org.springframework.security.access.AccessDeniedException)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof PortalException)
                    && !(cause instanceof org.springframework.security.access.AccessDeniedException)) {
                log.error("Unexpected error in the UI", error.getThrowable());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                Throwable shown = cause;
                ui.access(() -> ErrorMessages.show(ui, shown));
            }
        }));
    }
}
