package vn.gov.bluezone.shared.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * What an API client reads when a request is refused: the HTTP status again, one message in the
 * client's language, the message of each field at fault (by its JSON name) and the confirmations
 * asked for. Every refusal under {@code /api/**} has this shape (decision 0015). The schema
 * annotations describe it in the published contract (decision 0041); {@link ApiProblems} writes
 * all four properties every time, the last two empty when there is nothing to say.
 */
@Schema(name = "ApiProblem", description = "Lời từ chối của API: mã trạng thái, thông báo (tiếng Việt, "
        + "hoặc tiếng Anh khi Accept-Language: en), lỗi của từng trường và các điều cần xác nhận.")
public record ApiProblem(
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Mã trạng thái HTTP, như ở dòng trạng thái",
                example = "400") int status,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Thông báo cho người dùng",
                example = "Dữ liệu nhập chưa hợp lệ. Xem thông báo bên cạnh từng ô.") String message,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Thông báo theo tên trường JSON bị lỗi; "
                + "rỗng khi không có") Map<String, String> fields,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Những điều cần xác nhận (confirmAboveLimits, "
                + "confirmJump) trước khi gửi lại; rỗng khi không có") List<String> confirm) {
}
