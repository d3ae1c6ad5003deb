package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.Filter;

/**
 * What a request puts in every log line (decision 0040): its id (a plain one from the proxy kept, a
 * forged one replaced), the signed-in account and its unit's code, and nothing once the request ends.
 */
class RequestLoggingTest {

    final RequestLogging logging = new RequestLogging();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void theRequestIdIsTheProxysWhenPlainElseANewOneAndGoesBackInTheResponse() throws Exception {
        Filter ids = logging.requestIdFilter().getFilter();
        Map<String, String> seen = new HashMap<>();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                seen.put("id", MDC.get(RequestLogging.REQUEST_ID));
            }
        };
        MockHttpServletRequest given = new MockHttpServletRequest("GET", "/");
        given.addHeader(RequestLogging.HEADER, "lb-4f2a.77");
        MockHttpServletResponse response = new MockHttpServletResponse();
        ids.doFilter(given, response, chain);
        assertThat(seen.get("id")).isEqualTo("lb-4f2a.77");
        assertThat(response.getHeader(RequestLogging.HEADER)).isEqualTo("lb-4f2a.77");
        assertThat(MDC.get(RequestLogging.REQUEST_ID)).isNull();

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.addHeader(RequestLogging.HEADER, "x\r\nSet-Cookie: a=b" + "y".repeat(80));
        MockHttpServletResponse fresh = new MockHttpServletResponse();
        ids.doFilter(forged, fresh, chain);
        assertThat(seen.get("id")).matches("[0-9a-f]{16}").isEqualTo(fresh.getHeader(RequestLogging.HEADER));
    }

    @Test
    void theUserAndTheUnitCodeAreThoseOfTheSignedInAccountOnly() throws Exception {
        Filter users = logging.requestUserFilter().getFilter();
        Map<String, String> seen = new HashMap<>();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                seen.put("user", MDC.get(RequestLogging.USER));
                seen.put("unit", MDC.get(RequestLogging.UNIT));
                seen.put("all", MDC.getCopyOfContextMap() == null ? "" : MDC.getCopyOfContextMap().toString());
            }
        };
        PortalUser commune = new PortalUser(7, "xa.duclapha", "{noop}x", "Phạm Thị Lập", Role.COMMUNE_OFFICER, 27958L,
                "Xã Đức Lập Hạ", "/80/802/27958/", true, false, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(commune, null, commune.getAuthorities()));
        users.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain);
        assertThat(seen).containsEntry("user", "xa.duclapha").containsEntry("unit", "27958");
        // the person's name is not logged
        assertThat(seen.get("all")).doesNotContain("Phạm Thị Lập");
        assertThat(MDC.get(RequestLogging.USER)).isNull();
        assertThat(MDC.get(RequestLogging.UNIT)).isNull();

        // nobody signed in: neither
        SecurityContextHolder.clearContext();
        seen.clear();
        users.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), chain);
        assertThat(seen.get("user")).isNull();
        assertThat(seen.get("unit")).isNull();
    }
}
