package vn.gov.bluezone.shared.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A refusal before it is put into words: the status and message-bundle keys, which
 * {@link ApiProblems} translates into the client's language.
 *
 * @param fieldKeys a message key per field, by the field's JSON name
 * @param confirmationKeys message keys of what the client must confirm
 */
public record ApiRefusal(HttpStatusCode status, String messageKey, List<Object> arguments,
        Map<String, String> fieldKeys, List<String> confirmationKeys) {

    public ApiRefusal {
        arguments = List.copyOf(arguments);
        fieldKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldKeys));
        confirmationKeys = List.copyOf(confirmationKeys);
    }

    public static ApiRefusal of(HttpStatusCode status, String messageKey, Object... arguments) {
        return new ApiRefusal(status, messageKey, List.of(arguments), Map.of(), List.of());
    }

    /** The refusal for a bare status, as the servlet container or the framework report it. */
    public static ApiRefusal forStatus(HttpStatusCode status) {
        String key = switch (status.value()) {
            case 401 -> "api.error.unauthorized";
            case 403 -> "error.accessDenied";
            case 404 -> "api.error.notFound";
            case 405 -> "api.error.method";
            case 406 -> "api.error.notAcceptable";
            case 415 -> "api.error.mediaType";
            case 503 -> "error.database";
            default -> status.is4xxClientError() ? "api.error.unreadable" : "error.unexpected";
        };
        return of(status, key);
    }

    public ApiRefusal withFields(Map<String, String> keys) {
        return new ApiRefusal(status, messageKey, arguments, keys, confirmationKeys);
    }

    public ApiRefusal withConfirmations(List<String> keys) {
        return new ApiRefusal(status, messageKey, arguments, fieldKeys, keys);
    }

    /** 413: the body is above the API's limit of {@code limitBytes}. */
    public static ApiRefusal tooLarge(long limitBytes) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "api.error.tooLarge", Math.max(1, limitBytes / 1024));
    }
}
