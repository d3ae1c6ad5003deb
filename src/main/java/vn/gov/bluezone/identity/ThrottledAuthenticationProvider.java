package vn.gov.bluezone.identity;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.AuditOutcome;

/**
 * Every password sign-in (the login form and the report API's HTTP Basic): refused at once when its
 * address is throttled ({@link SignInThrottle}), otherwise checked against the account with the
 * password encoder. A refused attempt costs no password hash and counts against no account, so an
 * address over its limit cannot lock anybody out.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider accounts;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditLog auditLog) {
        this.accounts = new DaoAuthenticationProvider(users);
        this.accounts.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = addressOf(authentication);
        Instant until = throttle.throttledUntil(address);
        if (until != null) {
            throw new SignInThrottledException(until);
        }
        try {
            return accounts.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            // a wrong password or an unknown user name (the two look the same)
            failed(address, String.valueOf(authentication.getName()).strip());
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Counts a failed sign-in against its address; audits and logs the moment the address reaches the limit. */
    private void failed(String address, String username) {
        if (throttle.recordFailure(address)) {
            Instant until = throttle.throttledUntil(address);
            log.warn("Sign-ins from {} held back until {} after repeated failures", address, until);
            auditLog.recordEvent(username, AuditAction.SIGN_IN_THROTTLED, AuditOutcome.FAILURE, address, null,
                    "until " + until);
        }
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
