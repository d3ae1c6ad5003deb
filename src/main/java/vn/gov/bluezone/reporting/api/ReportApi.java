package vn.gov.bluezone.reporting.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.vaadin.flow.i18n.I18NProvider;

import jakarta.servlet.http.HttpServletRequest;

import vn.gov.bluezone.shared.DatabaseErrors;
import vn.gov.bluezone.reporting.ConfirmationRequiredException;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.reporting.ReportView;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.RequestLanguage;
import vn.gov.bluezone.shared.ValidationException;

/**
 * The daily report over HTTP, for a commune's own software and for the load and crash tests: the
 * same service, rules, security and scope as the form (decision 0014). A commune officer submits
 * its day's report with {@code POST /api/v1/reports} and reads it back with
 * {@code GET /api/v1/reports?campaignId=&date=}. Refusals come back as JSON with the message in
 * Vietnamese ({@code Accept-Language: en} for English) and nothing stored.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApi {

    private static final Logger log = LoggerFactory.getLogger(ReportApi.class);

    private final DailyReportService reports;
    private final I18NProvider texts;

    ReportApi(DailyReportService reports, I18NProvider texts) {
        this.reports = reports;
        this.texts = texts;
    }

    /** What a commune sends for a new day: the figures and texts of the form, and its confirmations. */
    record Submission(Long campaignId, LocalDate reportDate, Long cumulativeInstalls, Map<String, Long> work,
            String otherForms, String results, String difficulties, String proposals, String signerName,
            String signerTitle, Boolean confirmAboveLimits, Boolean confirmJump) {
    }

    /** The stored report as the server confirms it. */
    record Receipt(long id, long version, long campaignId, LocalDate reportDate, String unitName,
            long cumulativeInstalls, String status, String dayStatus, Instant firstSubmittedAt, Instant lastSubmittedAt) {

        static Receipt of(ReportView report) {
            return new Receipt(report.id(), report.version(), report.campaignId(), report.reportDate(),
                    report.unitName(), report.cumulativeInstalls(), report.status().name(),
                    report.dayStatus() == null ? null : report.dayStatus().name(), report.firstSubmittedAt(),
                    report.lastSubmittedAt());
        }
    }

    /** A refusal: one message, the field messages when there are some, the confirmations asked for. */
    record Problem(int status, String message, Map<String, String> fields, List<String> confirm) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> submit(@RequestBody Submission body) {
        if (body.campaignId() == null) {
            throw new ValidationException(Map.of("campaignId", "api.error.campaignRequired"));
        }
        ReportView report;
        try {
            report = reports.submit(new ReportInput(null, 0, body.campaignId(), body.reportDate(),
                    body.cumulativeInstalls(), body.work() == null ? Map.of() : body.work(), body.otherForms(),
                    body.results(), body.difficulties(), body.proposals(), body.signerName(), body.signerTitle(),
                    Boolean.TRUE.equals(body.confirmAboveLimits()), Boolean.TRUE.equals(body.confirmJump())));
        } catch (PortalException e) {
            // a new report was sent for a day that has one: say so (a retry after a lost answer lands here)
            if ("error.conflict".equals(e.messageKey()) || "report.error.alreadyExists".equals(e.messageKey())) {
                throw new PortalException("api.error.exists");
            }
            throw e;
        }
        return ResponseEntity.created(URI.create("/api/v1/reports?campaignId=" + report.campaignId() + "&date="
                + report.reportDate())).body(Receipt.of(report));
    }

    @GetMapping
    ResponseEntity<Receipt> day(@RequestParam long campaignId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ReportView report = reports.open(campaignId, date).report();
        return report == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(Receipt.of(report));
    }

    @ExceptionHandler(ConfirmationRequiredException.class)
    ResponseEntity<Problem> confirmationRequired(ConfirmationRequiredException e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, text(request, "api.error.confirm"), Map.of(),
                e.reasons().stream().map(key -> text(request, key)).toList());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Problem> invalid(ValidationException e, HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, key) -> fields.put(field, text(request, key)));
        return problem(HttpStatus.BAD_REQUEST, text(request, "error.validation"), fields, List.of());
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<Problem> outOfScope(OutOfScopeException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, text(request, "error.outOfScope"), Map.of(), List.of());
    }

    @ExceptionHandler(PortalException.class)
    ResponseEntity<Problem> refused(PortalException e, HttpServletRequest request) {
        HttpStatus status = "api.error.exists".equals(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return problem(status, text(request, e.messageKey(), e.arguments()), Map.of(), List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Problem> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, text(request, "error.accessDenied"), Map.of(), List.of());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<Problem> unreadable(Exception e, HttpServletRequest request) {
        log.debug("Unreadable API request: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, text(request, "api.error.unreadable"), Map.of(), List.of());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Problem> failed(RuntimeException e, HttpServletRequest request) {
        if (DatabaseErrors.unavailable(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, text(request, "error.database"), Map.of(), List.of());
        }
        if (e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
            return problem(HttpStatus.CONFLICT, text(request, "error.conflict"), Map.of(), List.of());
        }
        log.error("Unexpected error in the report API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text(request, "error.unexpected"), Map.of(), List.of());
    }

    private ResponseEntity<Problem> problem(HttpStatus status, String message, Map<String, String> fields,
            List<String> confirm) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Problem(status.value(), message, fields, confirm));
    }

    /** Vietnamese unless the client's Accept-Language asks for English first. */
    private String text(HttpServletRequest request, String key, Object... arguments) {
        return texts.getTranslation(key, RequestLanguage.of(request), arguments);
    }
}
