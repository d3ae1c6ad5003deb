package vn.gov.bluezone.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.SystemAccess;

/**
 * A new deployment starts with one administrator, "admin", whose initial password comes from
 * {@code PORTAL_ADMIN_INITIAL_PASSWORD} and must be changed at first login. Does nothing once any
 * account exists. Runs as a lifecycle phase after the demo data (which bring their own accounts)
 * and before the web server serves (issue 17, decision 0035): the login page never answers while
 * the administrator does not exist yet.
 */
@Component
class InitialAdministrator implements SmartLifecycle {

    /** After the demo data (SMART_LIFECYCLE_PHASE - 2048), before the web server (- 1024). */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1536;

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final UserAdminService users;
    private final String initialPassword;
    private volatile boolean running;

    InitialAdministrator(UserAccountRepository accounts, UserAdminService users,
            @Value("${portal.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.users = users;
        this.initialPassword = initialPassword;
    }

    @Override
    public void start() {
        create();
        running = true;
    }

    /** Nothing to undo: the account stays. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void create() {
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
