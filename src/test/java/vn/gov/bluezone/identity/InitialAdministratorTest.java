package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A new deployment without demo data: the administrator exists once the context has started, with
 * the initial password, to be changed at first login — created in a lifecycle phase before the web
 * server's, so that no login page serves before it (issue 17).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:initial-admin;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "portal.demo.enabled=false",
        "portal.admin.initial-password=Khoi-tao@2026",
        "vaadin.launch-browser=false",
        "portal.scheduling.enabled=false"
})
class InitialAdministratorTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    InitialAdministrator initial;

    @Test
    void theAdministratorExistsBeforeTheServerServesAndMustChangeThePassword() {
        UserAccount admin = accounts.findByUsername(InitialAdministrator.USERNAME).orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(passwords.matches("Khoi-tao@2026", admin.getPasswordHash())).isTrue();
        assertThat(accounts.count()).isEqualTo(1);
        // started before the web server (its phase: SMART_LIFECYCLE_PHASE - 1024), after the demo data
        assertThat(initial.isRunning()).isTrue();
        assertThat(initial.getPhase()).isLessThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024)
                .isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048);
    }
}
