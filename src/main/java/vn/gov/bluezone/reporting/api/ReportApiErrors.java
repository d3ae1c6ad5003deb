package vn.gov.bluezone.reporting.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.JacksonException;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.reporting.ConfirmationRequiredException;
import vn.gov.bluezone.shared.DatabaseErrors;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.api.ApiBodyLimit;
import vn.gov.bluezone.shared.api.ApiInput;
import vn.gov.bluezone.shared.api.ApiProblems;
import vn.gov.bluezone.shared.api.ApiRefusal;
import vn.gov.bluezone.shared.api.ApiRefusedException;

/**
 * Every failure of an API request inside Spring MVC as the API's JSON problem, whether it happens in
 * the service (a rule, the scope, the role), in reading the request (a wrong type, a body too large)
 * or before any controller is chosen (a wrong method, content type or {@code Accept}), where a
 * controller's own exception handlers are never asked (decision 0015). Requests outside
 * {@code /api/} are left to the rest of the application.
 */
@Component
class ReportApiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ReportApiErrors.class);

    /** The service's names of form fields where the API's JSON calls them otherwise. */
    private static final Map<String, String> JSON_NAMES = Map.of("cumulative", "cumulativeInstalls");

    private final ApiProblems problems;
    private final AuditLog auditLog;

    ReportApiErrors(ApiProblems problems, AuditLog auditLog) {
        this.problems = problems;
        this.auditLog = auditLog;
    }

    @Override
    public int getOrder() {
        // before Spring MVC's own resolvers, which would send an error page
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!ApiProblems.isApi(request)) {
            return null;
        }
        if (failure instanceof ErrorResponse framework) {
            // the Allow header of a 405, the Accept header of a 415
            framework.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        recordIfDenied(request, failure);
        try {
            problems.write(request, response, refusal(failure));
        } catch (IOException | RuntimeException unwritable) {
            log.warn("API refusal could not be written for {}: {}", request.getRequestURI(), unwritable.toString());
        }
        return new ModelAndView();
    }

    /**
     * A refusal of the caller's scope or role is recorded like a refused page (decision 0021): a
     * record outside the scope, an action the role may not take. Bad input is not an access attempt.
     */
    private void recordIfDenied(HttpServletRequest request, Exception failure) {
        DeniedAccess kind = switch (failure) {
            case OutOfScopeException outside -> DeniedAccess.API_RECORD;
            case AccessDeniedException denied -> DeniedAccess.API_ACTION;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        try {
            String query = request.getQueryString();
            auditLog.recordDenied(request.getRequestURI() + (query == null ? "" : "?" + query), kind);
        } catch (RuntimeException unrecorded) {
            // the refusal is still answered; the log says why it is missing from the audit
            log.warn("Refused API request {} could not be audited: {}", request.getRequestURI(), unrecorded.toString());
        }
    }

    private ApiRefusal refusal(Exception failure) {
        ApiBodyLimit.TooLarge tooLarge = cause(failure, ApiBodyLimit.TooLarge.class);
        if (tooLarge != null) {
            return ApiRefusal.tooLarge(tooLarge.limit());
        }
        JacksonException unreadable = cause(failure, JacksonException.class);
        if (unreadable != null) {
            log.debug("Unreadable API request body: {}", unreadable.getOriginalMessage());
            return unreadable(ApiInput.fieldOf(unreadable));
        }
        return switch (failure) {
            case ApiRefusedException refused -> refused.refusal();
            case ConfirmationRequiredException confirm ->
                    ApiRefusal.of(HttpStatus.UNPROCESSABLE_CONTENT, "api.error.confirm").withConfirmations(confirm.reasons());
            case ValidationException invalid ->
                    ApiRefusal.of(HttpStatus.BAD_REQUEST, "error.validation").withFields(jsonNames(invalid.fieldErrors()));
            case OutOfScopeException outside -> ApiRefusal.of(HttpStatus.NOT_FOUND, "error.outOfScope");
            case PortalException refused ->
                    ApiRefusal.of(HttpStatus.BAD_REQUEST, refused.messageKey(), refused.arguments());
            case AccessDeniedException denied -> ApiRefusal.forStatus(HttpStatus.FORBIDDEN);
            case MethodArgumentTypeMismatchException mismatch ->
                    unreadable(Map.of(mismatch.getName(), ApiInput.fieldKey(mismatch.getRequiredType())));
            case MissingServletRequestParameterException missing ->
                    unreadable(Map.of(missing.getParameterName(), "api.error.field.required"));
            case HttpMessageNotReadableException noBody -> unreadable(Map.of());
            case ObjectOptimisticLockingFailureException conflict -> ApiRefusal.of(HttpStatus.CONFLICT, "error.conflict");
            case ErrorResponse framework -> ApiRefusal.forStatus(framework.getStatusCode());
            default -> unexpected(failure);
        };
    }

    private static ApiRefusal unreadable(Map<String, String> fields) {
        return ApiRefusal.of(HttpStatus.BAD_REQUEST, "api.error.unreadable").withFields(fields);
    }

    private static ApiRefusal unexpected(Exception failure) {
        if (DatabaseErrors.unavailable(failure)) {
            log.warn("Database unavailable: {}", failure.toString());
            return ApiRefusal.of(HttpStatus.SERVICE_UNAVAILABLE, "error.database");
        }
        log.error("Unexpected error in the report API", failure);
        return ApiRefusal.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    private static Map<String, String> jsonNames(Map<String, String> fieldErrors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        fieldErrors.forEach((field, key) -> renamed.put(JSON_NAMES.getOrDefault(field, field), key));
        return renamed;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
