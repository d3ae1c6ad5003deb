package vn.gov.bluezone.reporting.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import vn.gov.bluezone.shared.api.ApiProblem;

/**
 * The report API's contract as OpenAPI 3, served at {@code /v3/api-docs} (decision 0041). The
 * controller's annotations say what it answers itself; the answers every API request can get
 * before or around the controller are added here once, by the rule that produces them, rather than
 * repeated on each operation: the security chain's 401, 403, 429 and 503 and the 406 of a client
 * that does not accept JSON for every operation, the body limit's 413 and the 415 of a body that
 * is not JSON for every operation that takes a body. Every refusal's body is the one
 * {@code ApiProblem} schema, since one writer produces them all (decision 0015).
 * {@code ReportApiOpenApiTest} holds this description to the real answers in both directions.
 */
@Configuration(proxyBeanMethods = false)
class ReportApiContract {

    /** The name of the refusal's schema, the one {@link ApiProblem} declares; stable for clients' generators. */
    static final String PROBLEM = "ApiProblem";
    /** The name of the security scheme: HTTP Basic, the API chain's only login. */
    static final String BASIC = "basic";

    @Bean
    OpenAPI reportApiDescription(@Value("${portal.api.max-body-size:64KB}") DataSize bodyLimit,
            @Value("${portal.api.contact.name:}") String contactName,
            @Value("${portal.api.contact.email:}") String contactEmail) {
        return new OpenAPI()
                .info(new Info().title("API báo cáo ngày — Cổng điều hành chiến dịch Bluezone").version("v1")
                        .description("""
                                Xã gửi và đọc báo cáo ngày của mình bằng phần mềm riêng, với cùng quy tắc, quyền \
                                và phạm vi như biểu mẫu trên cổng thông tin. Đăng nhập bằng HTTP Basic (tài khoản \
                                cán bộ xã); phiên đăng nhập được giữ bằng cookie nên mật khẩu chỉ cần kiểm tra một \
                                lần. Dữ liệu gửi và nhận là JSON; thân yêu cầu tối đa %d KB. Mọi lời từ chối là \
                                một ApiProblem với thông báo tiếng Việt (tiếng Anh khi gửi Accept-Language: en) \
                                và không có gì được lưu.""".formatted(bodyLimit.toKilobytes()))
                        // who runs the API is the deployment's to say (the province's operator), not the code's
                        .contact(new Contact().name(contactName.isBlank() ? null : contactName)
                                .email(contactEmail.isBlank() ? null : contactEmail)))
                // relative to the address the description was fetched from, whatever proxy is in front
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Tên đăng nhập và mật khẩu của cán bộ xã trên cổng thông tin")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer reportApiRefusals() {
        return openApi -> {
            // the refusal's schema, read from the record its writer sends
            openApi.getComponents().getSchemas().putAll(ModelConverters.getInstance(openApi.getSpecVersion()
                    == SpecVersion.V31).read(ApiProblem.class));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ReportApiContract::refusals));
        };
    }

    private static void refusals(Operation operation) {
        ApiResponses responses = operation.getResponses();
        answer(responses, HttpStatus.UNAUTHORIZED, """
                Chưa đăng nhập, sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản bị khóa.""")
                .addHeaderObject("WWW-Authenticate", new Header().description("Cách đăng nhập")
                        .schema(new StringSchema().example("Basic realm=\"Bluezone\"")));
        answer(responses, HttpStatus.FORBIDDEN, """
                Tài khoản không phải cán bộ xã, hoặc mật khẩu do quản trị viên cấp chưa được đổi \
                (đổi trên cổng thông tin rồi gửi lại).""");
        answer(responses, HttpStatus.NOT_ACCEPTABLE, "Tiêu đề Accept không nhận JSON.");
        answer(responses, HttpStatus.TOO_MANY_REQUESTS, """
                Địa chỉ mạng của máy gửi đã đăng nhập sai quá nhiều lần; mật khẩu không được kiểm tra.""")
                .addHeaderObject("Retry-After", new Header().description("Số giây phải chờ trước khi thử lại")
                        .schema(new IntegerSchema().example(900)));
        answer(responses, HttpStatus.SERVICE_UNAVAILABLE, """
                Tạm thời không kết nối được cơ sở dữ liệu; không có gì được lưu, hãy thử lại sau ít phút.""");
        if (operation.getRequestBody() != null) {
            answer(responses, HttpStatus.CONTENT_TOO_LARGE, "Thân yêu cầu vượt giới hạn; không có gì được đọc.");
            answer(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Thân yêu cầu không phải JSON.");
        }
        problemBodies(operation);
        ApiResponses ordered = new ApiResponses();
        new TreeMap<>(responses).forEach(ordered::addApiResponse);
        operation.setResponses(ordered);
    }

    /** The response for {@code status}, added with {@code description} unless the controller documents it. */
    private static ApiResponse answer(ApiResponses responses, HttpStatus status, String description) {
        return responses.computeIfAbsent(Integer.toString(status.value()),
                code -> new ApiResponse().description(description));
    }

    /** Every refusal of the operation, whoever documented it, has the problem's body. */
    private static void problemBodies(Operation operation) {
        Content problem = new Content().addMediaType(MediaType.APPLICATION_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(new Schema<>().$ref(PROBLEM)));
        for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
            if (response.getKey().charAt(0) == '4' || response.getKey().charAt(0) == '5') {
                response.getValue().setContent(problem);
            }
        }
    }
}
