package vn.gov.bluezone.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import vn.gov.bluezone.shared.PortalException;

/** Shows a refusal from a service as a notification in the user's language. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String text(Component context, Throwable error) {
        if (databaseUnavailable(error)) {
            return context.getTranslation("error.database");
        }
        if (error instanceof PortalException portal) {
            return context.getTranslation(portal.messageKey(), portal.arguments());
        }
        if (error instanceof org.springframework.security.access.AccessDeniedException) {
            return context.getTranslation("error.accessDenied");
        }
        if (error instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
            return context.getTranslation("error.conflict");
        }
        return context.getTranslation("error.unexpected");
    }

    /**
     * Whether an error, or one of its causes, says the database cannot be reached (no connection
     * from the pool in time, a connection lost mid-transaction): the user is told to try again in a
     * moment rather than shown a generic failure. Nothing was stored, since the transaction failed.
     */
    public static boolean databaseUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    public static void show(Component context, Throwable error) {
        Notification notification = Notification.show(text(context, error), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
