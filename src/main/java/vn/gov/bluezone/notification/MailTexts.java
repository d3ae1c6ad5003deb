package vn.gov.bluezone.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.gov.bluezone.shared.VietnameseText;

/** The Vietnamese texts of the portal's mail, from {@code mail.properties}. */
final class MailTexts {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("mail", Locale.ROOT);

    private MailTexts() {
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), VietnameseText.VIETNAMESE).format(arguments);
    }
}
