package vn.gov.bluezone.identity;

import java.time.Clock;
import java.util.Objects;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.shared.InputText;

/** Loads the account at login; a locked or disabled account is reported as such to Spring Security. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(typedUsername(username))
                .map(account -> new PortalUser(account.getId(), account.getUsername(), account.getPasswordHash(),
                        account.getFullName(), account.getRole(),
                        account.getUnit() == null ? null : account.getUnit().getId(),
                        account.getUnit() == null ? null : account.getUnit().getName(), account.scopePath(),
                        account.isEnabled(), account.isLockedAt(clock.instant()), account.isMustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** A user name as typed at login, cleaned as one line ({@link InputText}); "" when nothing is left. */
    static String typedUsername(String typed) {
        return Objects.requireNonNullElse(InputText.line(typed), "");
    }
}
