package vn.gov.bluezone.shared;

/**
 * A refusal the user should read: carries a message-bundle key and its arguments, never a
 * translated text, so the view shows it in the user's language.
 */
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PortalException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
