package vn.gov.bluezone.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.SystemAccess;

/**
 * A new deployment starts with one administrator, "admin", whose initial password comes from
 * {@code PORTAL_ADMIN_INITIAL_PASSWORD} and must be changed at first login. Runs after the demo
 * data (which brings its own accounts) and does nothing once any account exists.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final UserAdminService users;
    private final String initialPassword;

    InitialAdministrator(UserAccountRepository accounts, UserAdminService users,
            @Value("${portal.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.users = users;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (initialPassword.isBlank()) {
            log.warn("No user accounts exist and PORTAL_ADMIN_INITIAL_PASSWORD is not set: nobody can log in. "
                    + "Set it and restart to create the administrator '{}'.", USERNAME);
            return;
        }
        SystemAccess.runAsSystem(() -> users.createWithPassword(
                new UserDetailsForm(USERNAME, "Quản trị hệ thống", null, null, Role.ADMIN, null), initialPassword, true));
        log.info("Created the administrator '{}'; the password must be changed at first login.", USERNAME);
    }
}
