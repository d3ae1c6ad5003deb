package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.shared.api.ApiProblems;
import vn.gov.bluezone.shell.PortalI18n;

/** The API's answer to a failed login: 401, 429 for an address held back, 503 when the login could not be checked. */
class ApiLoginRefusalTest {

    private final ApiProblems problems = new ApiProblems(new PortalI18n(), JsonMapper.builder().build());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T07:20:00Z"), ZoneOffset.UTC);

    @Test
    void aThrottledAddressIs429SayingUntilWhen() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.apiUnauthorized(problems, clock).commence(new MockHttpServletRequest("POST", "/api/v1/reports"),
                response, new SignInThrottledException(Instant.parse("2026-11-30T07:35:00Z")));
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("900");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).startsWith("application/json");
        // 07:35 UTC is 14:35 in Hanoi
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"status\":429", "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này; hãy thử lại sau 14:35");
    }

    @Test
    void aWrongLoginIs401AskingForBasicCredentials() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.apiUnauthorized(problems, clock).commence(new MockHttpServletRequest("POST", "/api/v1/reports"),
                response, new BadCredentialsException("Bad credentials"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Bluezone\"");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Cần đăng nhập");
    }

    @Test
    void aLoginThatCouldNotBeCheckedForWantOfTheDatabaseIs503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityConfiguration.apiUnauthorized(problems, clock).commence(new MockHttpServletRequest("POST", "/api/v1/reports"),
                response, new InternalAuthenticationServiceException("could not load the account",
                        new CannotCreateTransactionException("no connection",
                                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Tạm thời không kết nối được cơ sở dữ liệu");
    }
}
