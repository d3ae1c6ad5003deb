package vn.gov.bluezone.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.AuditOutcome;

/**
 * Counts wrong passwords and locks an account for 15 minutes after five in a row; records every
 * login, failed login, lockout and logout in the audit log, and counts failures (by reason) and
 * lockouts for monitoring ({@code portal.signin.failures}, {@code portal.signin.lockouts}).
 */
@Component
class LoginAttempts {

    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter lockouts;

    LoginAttempts(UserAccountRepository accounts, AuditLog auditLog, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        this.lockouts = Counter.builder("portal.signin.lockouts")
                .description("Accounts locked after repeated wrong passwords").register(meters);
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof PortalUser user)) {
            return;
        }
        accounts.recordLogin(user.getUsername(), clock.instant());
        auditLog.recordEvent(user.getUsername(), AuditAction.LOGIN, AuditOutcome.SUCCESS, user.getUsername(),
                user.scope().path(), null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        // the name as typed, cleaned as login reads it: the audit log shows no invisible or reordering characters
        String username = PortalUserDetailsService.typedUsername(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        auditLog.recordEvent(username, AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, username, null, reason);
        Counter.builder("portal.signin.failures").description("Failed sign-ins, by the reason Spring Security gave")
                .tag("reason", reason).register(meters).increment();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            Instant until = clock.instant().plus(LOCKOUT);
            if (accounts.countFailure(username) > 0
                    && accounts.lockIfOverLimit(username, UserAccount.MAX_FAILED_ATTEMPTS, until) > 0) {
                auditLog.recordEvent(username, AuditAction.ACCOUNT_LOCKED, AuditOutcome.FAILURE, username, null,
                        "locked until " + until);
                lockouts.increment();
            }
        }
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.recordEvent(username, AuditAction.LOGOUT, AuditOutcome.SUCCESS, username, null, null);
    }
}
