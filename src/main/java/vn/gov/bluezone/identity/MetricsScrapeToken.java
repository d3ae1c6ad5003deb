package vn.gov.bluezone.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a metrics scraper (Prometheus) read {@code /actuator/prometheus} with a bearer token from the
 * deployment's configuration ({@code PORTAL_METRICS_TOKEN}, at least 32 characters) instead of an
 * administrator's password. The token grants that page only ({@link #AUTHORITY}); without a token
 * configured, or with a wrong one, nothing is granted and the request goes on to the other checks.
 * Compared in constant time.
 */
final class MetricsScrapeToken extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPE";
    static final int MINIMUM_LENGTH = 32;

    private final byte[] token;

    MetricsScrapeToken(String token) {
        String configured = token == null ? "" : token.strip();
        if (!configured.isEmpty() && configured.length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("portal.management.metrics-token must be at least " + MINIMUM_LENGTH
                    + " characters");
        }
        this.token = configured.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (token.length > 0 && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
