package vn.gov.bluezone.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import vn.gov.bluezone.shared.DatabaseErrors;

/**
 * Ends the session of an account that has been disabled since it logged in, on its next request.
 * The account is read again at most once per {@code recheck} per session, so the cost is one
 * indexed query per session and interval, and it works across application nodes (no node-local
 * session registry is involved): a disabled user is out within {@code recheck} on every node.
 */
final class DisabledAccountSessions extends OncePerRequestFilter {

    static final String CHECKED_AT = DisabledAccountSessions.class.getName() + ".checkedAt";
    private static final Logger log = LoggerFactory.getLogger(DisabledAccountSessions.class);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Duration recheck;

    DisabledAccountSessions(UserAccountRepository accounts, Clock clock, Duration recheck) {
        this.accounts = accounts;
        this.clock = clock;
        this.recheck = recheck;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            Instant now = clock.instant();
            Instant checked = session.getAttribute(CHECKED_AT) instanceof Instant at ? at : null;
            if (checked == null || !now.isBefore(checked.plus(recheck))) {
                Boolean enabled;
                try {
                    enabled = accounts.findEnabled(user.id()).orElse(false);
                } catch (DataAccessException failure) {
                    if (!DatabaseErrors.unavailable(failure)) {
                        throw failure;
                    }
                    // the database is down: keep the session (the request itself will say so) and
                    // check again on the next request
                    enabled = null;
                }
                if (enabled == null) {
                    log.debug("Account check skipped for {}: database unavailable", user.getUsername());
                } else if (enabled) {
                    session.setAttribute(CHECKED_AT, now);
                } else {
                    log.info("Ending the session of disabled account {}", user.getUsername());
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
