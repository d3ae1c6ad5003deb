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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * (decision 0015). The annotations are its published contract (decision 0041): what each
 * operation answers itself; {@link ReportApiContract} adds what any API request can be answered
 * before the controller.
 */
@Tag(name = "Báo cáo ngày", description = "Báo cáo ngày của xã: gửi một lần cho mỗi ngày, đọc lại")
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApi {

    private final DailyReportService reports;

    ReportApi(DailyReportService reports) {
        this.reports = reports;
    }

    /**
     * What a commune sends for a new day: the figures and texts of the form, and its confirmations.
     * Only {@code campaignId} is required by the reading itself; the rules of the form say which
     * other fields must be there, and a missing one is a 400 naming it.
     */
    @Schema(name = "ReportSubmission", description = "Báo cáo ngày xã gửi; trường lạ hoặc gửi hai lần bị từ chối")
    record Submission(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Mã chiến dịch") Long campaignId,
            @Schema(description = "Ngày báo cáo, yyyy-MM-dd; không sau hôm nay", example = "2026-11-29")
            LocalDate reportDate,
            @Schema(description = "Số cài đặt lũy kế của xã đến hết ngày; không âm, không giảm so với ngày trước",
                    example = "1100") Long cumulativeInstalls,
            @Schema(description = "Số lượt theo từng hình thức vận động (tên hình thức: số nguyên không âm)")
            Map<String, Long> work,
            String otherForms, String results, String difficulties, String proposals,
            @Schema(description = "Họ tên người ký, tối đa 120 ký tự") String signerName,
            @Schema(description = "Chức vụ người ký") String signerTitle,
            @Schema(description = "Xác nhận số liệu vượt dân số hoặc số người dùng điện thoại thông minh")
            Boolean confirmAboveLimits,
            @Schema(description = "Xác nhận số tăng đột biến so với ngày trước") Boolean confirmJump) {
    }

    /** The stored report as the server confirms it. */
    @Schema(name = "ReportReceipt", description = "Báo cáo đã lưu, như máy chủ xác nhận",
            requiredProperties = {"id", "version", "campaignId", "reportDate", "unitName", "cumulativeInstalls",
                    "status", "dayStatus", "firstSubmittedAt", "lastSubmittedAt"})
    record Receipt(long id, long version, long campaignId, LocalDate reportDate, String unitName,
            long cumulativeInstalls, String status,
            @Schema(description = "Đúng hạn hay trễ hạn; null khi chưa tính", nullable = true) String dayStatus,
            Instant firstSubmittedAt, Instant lastSubmittedAt) {

        static Receipt of(ReportDetails report) {
            return new Receipt(report.id(), report.version(), report.campaignId(), report.reportDate(),
                    report.unitName(), report.cumulativeInstalls(), report.status().name(),
                    report.dayStatus() == null ? null : report.dayStatus().name(), report.firstSubmittedAt(),
                    report.lastSubmittedAt());
        }
    }

    @Operation(operationId = "submitReport", summary = "Gửi báo cáo ngày của xã",
            description = "Chỉ cán bộ xã; mỗi ngày một lần (sửa báo cáo đã gửi trên cổng thông tin).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Submission.class)))
    @ApiResponse(responseCode = "201", description = "Đã lưu",
            headers = @Header(name = "Location", description = "Địa chỉ đọc lại báo cáo",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Receipt.class)))
    @ApiResponse(responseCode = "400", description = """
            JSON không đọc được (sai kiểu, trường lạ hoặc gửi hai lần) hoặc số liệu trái quy tắc (âm, giảm so \
            với ngày trước, ngày sau hôm nay hoặc ngoài chiến dịch, chữ quá dài); fields nêu từng trường. Cũng \
            vậy khi chiến dịch không có số liệu nền của xã.""")
    @ApiResponse(responseCode = "404", description = "Chiến dịch không tồn tại hoặc không thuộc phạm vi của xã.")
    @ApiResponse(responseCode = "409", description = "Xã đã có báo cáo cho ngày này, hoặc nó vừa được sửa.")
    @ApiResponse(responseCode = "422", description = """
            Số liệu cần xác nhận (confirm nêu điều cần xác nhận): gửi lại với confirmAboveLimits hoặc confirmJump.""")
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

    @Operation(operationId = "readReport", summary = "Đọc báo cáo của xã cho một ngày")
    @ApiResponse(responseCode = "200", description = "Báo cáo của ngày", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Receipt.class)))
    @ApiResponse(responseCode = "400", description = """
            Thiếu tham số, hoặc tham số sai kiểu (fields nêu tham số); hoặc chiến dịch không có số liệu nền của xã.""")
    @ApiResponse(responseCode = "404", description = """
            Xã chưa có báo cáo cho ngày này, hoặc chiến dịch không tồn tại hoặc không thuộc phạm vi của xã.""")
    @GetMapping
    ResponseEntity<Receipt> day(@Parameter(description = "Mã chiến dịch") @RequestParam long campaignId,
            @Parameter(description = "Ngày, yyyy-MM-dd", example = "2026-11-29")
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date) {
        ReportDetails report = reports.open(campaignId, date).report();
        if (report == null) {
            throw new ApiRefusedException(ApiRefusal.of(HttpStatus.NOT_FOUND, "api.error.noReport"));
        }
        return ResponseEntity.ok(Receipt.of(report));
    }
}
