package vn.gov.bluezone.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.shared.DatabaseErrors;
import vn.gov.bluezone.shared.PortalException;

/** Shows a refusal from a service as a notification in the user's language. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String text(Component context, Throwable error) {
        if (DatabaseErrors.unavailable(error)) {
            return context.getTranslation("error.database");
        }
        if (error instanceof PortalException portal) {
            return context.getTranslation(portal.messageKey(), portal.arguments());
        }
        if (error instanceof AccessDeniedException) {
            return context.getTranslation("error.accessDenied");
        }
        if (error instanceof ObjectOptimisticLockingFailureException) {
            return context.getTranslation("error.conflict");
        }
        return context.getTranslation("error.unexpected");
    }

    public static void show(Component context, Throwable error) {
        Notification notification = Notification.show(text(context, error), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** A refusal already put into words (e.g. naming the field that is missing). */
    public static void error(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }
}
