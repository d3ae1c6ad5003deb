package vn.gov.bluezone.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import tools.jackson.databind.json.JsonMapper;

import vn.gov.bluezone.shell.PortalI18n;

/** The container's error dispatch of an API request answered in JSON, and of anything else left alone. */
class ApiErrorDispatchTest {

    private final ApiErrorDispatch filter = new ApiErrorDispatch(
            new ApiProblems(new PortalI18n(), JsonMapper.builder().build()));

    @Test
    void anApiRequestsErrorIsTheApisProblemWithTheContainersStatus() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(errorDispatch("/api/v1/reports;x=y", 400, null), response, chain);
        assertThat(chain.getRequest()).as("Spring Boot's error page is not reached").isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":400",
                "Dữ liệu gửi lên không đọc được");
    }

    @Test
    void anUnreachableDatabaseIs503() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(errorDispatch("/api/v1/reports", 500, new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))), response,
                new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("Tạm thời không kết nối được cơ sở dữ liệu");
    }

    @Test
    void theErrorsOfThePortalAndOrdinaryApiRequestsPassThrough() throws Exception {
        MockFilterChain portal = new MockFilterChain();
        filter.doFilter(errorDispatch("/reports", 500, null), new MockHttpServletResponse(), portal);
        assertThat(portal.getRequest()).isNotNull();

        MockFilterChain request = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/reports"), new MockHttpServletResponse(), request);
        assertThat(request.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest errorDispatch(String failedUri, int status, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, failedUri);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        return request;
    }
}
