package vn.gov.bluezone.identity;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every log line of a request says about it (decision 0040): {@code requestId} (the reverse
 * proxy's {@code X-Request-Id} when it is a plain token, else a new one, sent back in the response),
 * {@code user} (the signed-in account's name) and {@code unit} (the code of the account's unit), in
 * the logging MDC, so that the plain pattern shows them and structured logs (ECS, Logstash) carry
 * them as fields. Nothing else about the person: no full name, address or figures.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogging {

    static final String HEADER = "X-Request-Id";
    static final String REQUEST_ID = "requestId";
    static final String USER = "user";
    static final String UNIT = "unit";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** First of all filters: the request id, for every line, sign-in included. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        return registration("requestIdFilter", Ordered.HIGHEST_PRECEDENCE, new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String given = request.getHeader(HEADER);
                String id = given != null && PLAIN_TOKEN.matcher(given).matches() ? given : newId();
                response.setHeader(HEADER, id);
                MDC.put(REQUEST_ID, id);
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(REQUEST_ID);
                }
            }
        });
    }

    /** Inside Spring Security's filters, where the request's sign-in is known: the user and the unit. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestUserFilter() {
        int insideSecurity = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1;
        return registration("requestUserFilter", insideSecurity, new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
                    MDC.put(USER, user.getUsername());
                    String unit = user.scope().unitCode();
                    if (unit != null) {
                        MDC.put(UNIT, unit);
                    }
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(USER);
                    MDC.remove(UNIT);
                }
            }
        });
    }

    private static FilterRegistrationBean<OncePerRequestFilter> registration(String name, int order,
            OncePerRequestFilter filter) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.setOrder(order);
        return registration;
    }

    static String newId() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
