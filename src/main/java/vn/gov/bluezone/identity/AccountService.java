package vn.gov.bluezone.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;

/** The signed-in user's own account: changing the password (required at first login). */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
            AuditLog auditLog) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @PreAuthorize("isAuthenticated()")
    @AllowedWithTemporaryPassword
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        PortalUser user = currentUser.get().orElseThrow(() -> new PortalException("error.outOfScope"));
        UserAccount account = accounts.findByUsername(user.getUsername())
                .orElseThrow(() -> new PortalException("error.outOfScope"));
        String policyProblem = PasswordPolicy.problem(newPassword, account.getUsername());
        new ValidationException.Collector()
                .check(currentPassword != null && passwordEncoder.matches(currentPassword, account.getPasswordHash()),
                        "currentPassword", "password.error.current")
                .check(policyProblem == null, "newPassword", policyProblem)
                .check(newPassword != null && !newPassword.equals(currentPassword), "newPassword",
                        "password.error.sameAsCurrent")
                .check(newPassword != null && newPassword.equals(repeated), "repeatPassword", "password.error.repeat")
                .throwIfAny();
        account.setPassword(passwordEncoder.encode(newPassword), false);
        auditLog.record(AuditAction.PASSWORD_CHANGED, account.getUsername(), account.scopePath(), null);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        PortalUser updated = user.withPasswordChanged();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                updated, null, authentication == null ? updated.getAuthorities() : authentication.getAuthorities()));
    }
}
