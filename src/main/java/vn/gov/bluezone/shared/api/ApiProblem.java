package vn.gov.bluezone.shared.api;

import java.util.List;
import java.util.Map;

/**
 * What an API client reads when a request is refused: the HTTP status again, one message in the
 * client's language, the message of each field at fault (by its JSON name) and the confirmations
 * asked for. Every refusal under {@code /api/**} has this shape (decision 0015).
 */
public record ApiProblem(int status, String message, Map<String, String> fields, List<String> confirm) {
}
