package vn.gov.bluezone.shared.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

import com.vaadin.flow.i18n.I18NProvider;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.shared.RequestLanguage;

/**
 * The one place that writes the answer to a refused API request: the status, JSON whatever the
 * client accepts, the message in Vietnamese unless {@code Accept-Language} prefers English. The
 * security chain's entry point, the API's filters and its exception resolver all answer through here,
 * and none of them uses {@code sendError}, which would hand the request to Spring Boot's error page
 * (HTML for a browser, and behind the portal's login) (decision 0015).
 */
@Component
public class ApiProblems {

    /** The path every API address starts with. */
    public static final String PREFIX = "/api";

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final I18NProvider texts;
    private final JsonMapper json;

    public ApiProblems(I18NProvider texts, JsonMapper json) {
        this.texts = texts;
        this.json = json;
    }

    /**
     * Whether the request is for the API: its path, or for an error dispatch the path of the request
     * that failed.
     */
    public static boolean isApi(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (!(failed instanceof String uri)) {
                return false;
            }
            String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
            int parameters = path.indexOf(';');
            return isApiPath(parameters < 0 ? path : path.substring(0, parameters));
        }
        return isApiPath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
    }

    private static boolean isApiPath(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    /** Writes the refusal, replacing anything not yet sent; headers already set (Allow) stay. */
    public void write(HttpServletRequest request, HttpServletResponse response, ApiRefusal refusal)
            throws IOException {
        if (response.isCommitted()) {
            log.warn("API refusal {} for {} not sent: the response was already committed", refusal.status(),
                    request.getRequestURI());
            return;
        }
        Locale language = RequestLanguage.of(request);
        Map<String, String> fields = new LinkedHashMap<>();
        refusal.fieldKeys().forEach((field, key) -> fields.put(field, texts.getTranslation(key, language)));
        List<String> confirm = refusal.confirmationKeys().stream().map(key -> texts.getTranslation(key, language))
                .toList();
        ApiProblem problem = new ApiProblem(refusal.status().value(),
                texts.getTranslation(refusal.messageKey(), language, refusal.arguments().toArray()), fields, confirm);
        byte[] body = json.writeValueAsBytes(problem);

        response.resetBuffer();
        response.setStatus(refusal.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
