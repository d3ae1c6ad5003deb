package vn.gov.bluezone.shell;

import java.io.IOException;
import java.util.Set;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Times the Vaadin UI's own requests ({@code portal.vaadin.requests}) by their kind, which
 * {@code http.server.requests} cannot tell apart (they all go to the same servlet path): "uidl" (a
 * click, a value change: what an official waits for), "heartbeat", "push", "init" and the rest, and
 * by the response's status class. A request of another kind Vaadin may add is counted as "other",
 * so that the tag has a handful of values whatever a client sends.
 */
@Configuration(proxyBeanMethods = false)
class VaadinRequestMetrics {

    static final Set<String> KINDS = Set.of("uidl", "heartbeat", "push", "init", "webcomponent-resync", "flow-dnd");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> vaadinRequestTimer(MeterRegistry meters) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String kind = kind(request.getQueryString());
                if (kind == null) {
                    chain.doFilter(request, response);
                    return;
                }
                Timer.Sample started = Timer.start(meters);
                try {
                    chain.doFilter(request, response);
                } finally {
                    started.stop(Timer.builder("portal.vaadin.requests").description("Vaadin UI requests")
                            .tag("type", KINDS.contains(kind) ? kind : "other")
                            .tag("status", (response.getStatus() / 100) + "xx").register(meters));
                }
            }
        });
        registration.setName("vaadinRequestTimer");
        // outside Spring Security's filters, so that refused requests (a session that expired) are timed too
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * The {@code v-r} parameter of the query string, or null: read from the query string alone, as
     * asking the request for a parameter would read a form's body before the servlet does.
     */
    static String kind(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }
}
