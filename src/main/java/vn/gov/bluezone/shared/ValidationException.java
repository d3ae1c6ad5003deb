package vn.gov.bluezone.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused field by field: each field name maps to the message key to show beside it. Nothing
 * was stored.
 */
public class ValidationException extends PortalException {

    private final transient Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super("error.validation");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws once at the end if there were any. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector check(boolean valid, String field, String messageKey) {
            if (!valid) {
                errors.putIfAbsent(field, messageKey);
            }
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
