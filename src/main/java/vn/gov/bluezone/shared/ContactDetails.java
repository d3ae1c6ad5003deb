package vn.gov.bluezone.shared;

import java.util.regex.Pattern;

/** What the portal accepts as an email address or a phone number. */
public final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]{1,64}@[^@\\s<>]{1,189}\\.[^@\\s<>]{2,63}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .-]{8,20}$");

    private ContactDetails() {
    }

    public static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    public static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text).matches();
    }
}
