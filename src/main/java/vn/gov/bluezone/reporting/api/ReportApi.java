package vn.gov.bluezone.reporting.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.api.ApiInput;
import vn.gov.bluezone.shared.api.ApiRefusal;
import vn.gov.bluezone.shared.api.ApiRefusedException;

/**
 * The daily report over HTTP, for a commune's own software and for the load and crash tests: the
 * same service, rules, security and scope as the form (decision 0014). A commune officer submits
 * its day's report with {@code POST /api/v1/reports} and reads it back with
 * {@code GET /api/v1/reports?campaignId=&date=}. The body is read strictly ({@link ApiInput}); every
 * refusal, here or before the controller, comes back as the JSON problem of {@link ReportApiErrors}
 * with the message in Vietnamese ({@code Accept-Language: en} for English) and nothing stored
 * (decision 0015).
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApi {

    private final DailyReportService reports;

    ReportApi(DailyReportService reports) {
        this.reports = reports;
    }

    /** What a commune sends for a new day: the figures and texts of the form, and its confirmations. */
    record Submission(Long campaignId, LocalDate reportDate, Long cumulativeInstalls, Map<String, Long> work,
            String otherForms, String results, String difficulties, String proposals, String signerName,
            String signerTitle, Boolean confirmAboveLimits, Boolean confirmJump) {
    }

    /** The stored report as the server confirms it. */
    record Receipt(long id, long version, long campaignId, LocalDate reportDate, String unitName,
            long cumulativeInstalls, String status, String dayStatus, Instant firstSubmittedAt, Instant lastSubmittedAt) {

        static Receipt of(ReportDetails report) {
            return new Receipt(report.id(), report.version(), report.campaignId(), report.reportDate(),
                    report.unitName(), report.cumulativeInstalls(), report.status().name(),
                    report.dayStatus() == null ? null : report.dayStatus().name(), report.firstSubmittedAt(),
                    report.lastSubmittedAt());
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> submit(@RequestBody byte[] json) {
        Submission body = ApiInput.read(json, Submission.class);
        if (body.campaignId() == null) {
            throw new ValidationException(Map.of("campaignId", "api.error.campaignRequired"));
        }
        ReportDetails report;
        try {
            report = reports.submit(new ReportInput(null, 0, body.campaignId(), body.reportDate(),
                    body.cumulativeInstalls(), body.work() == null ? Map.of() : body.work(), body.otherForms(),
                    body.results(), body.difficulties(), body.proposals(), body.signerName(), body.signerTitle(),
                    Boolean.TRUE.equals(body.confirmAboveLimits()), Boolean.TRUE.equals(body.confirmJump())));
        } catch (PortalException e) {
            // a new report was sent for a day that has one: say so (a retry after a lost answer lands here)
            if ("error.conflict".equals(e.messageKey()) || "report.error.alreadyExists".equals(e.messageKey())) {
                throw new ApiRefusedException(ApiRefusal.of(HttpStatus.CONFLICT, "api.error.exists"));
            }
            throw e;
        }
        return ResponseEntity.created(URI.create("/api/v1/reports?campaignId=" + report.campaignId() + "&date="
                + report.reportDate())).body(Receipt.of(report));
    }

    @GetMapping
    ResponseEntity<Receipt> day(@RequestParam long campaignId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date) {
        ReportDetails report = reports.open(campaignId, date).report();
        if (report == null) {
            throw new ApiRefusedException(ApiRefusal.of(HttpStatus.NOT_FOUND, "api.error.noReport"));
        }
        return ResponseEntity.ok(Receipt.of(report));
    }
}
