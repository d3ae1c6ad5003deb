package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.SystemAccess;

/** Login through the real security filter chain: one message for every failure, lockout, audit. */
@PortalSpringTest
class LoginTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdminService users;
    @Autowired
    vn.gov.bluezone.hierarchy.HierarchyService hierarchy;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MutableClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
        assertThat(login("no.such.user", "Whatever123")).isEqualTo("/login?error");
        assertThat(login("xa.duclapha", "Wrong-password-1")).isEqualTo("/login?error");
        assertThat(login("xa.duclapha", "Bluezone@2020")).isEqualTo("/");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        String username = "lockout." + System.nanoTime() % 1_000_000;
        SystemAccess.runAsSystem(() -> users.createWithPassword(new UserDetailsForm(username, "Võ Văn Khóa", null, null,
                Role.COMMUNE_OFFICER, communeId()), "Correct-horse-9", false));

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(username, "wrong-" + attempt + "-password")).isEqualTo("/login?error");
        }
        // locked: even the right password is refused, with the same message
        assertThat(login(username, "Correct-horse-9")).isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(14));
        assertThat(login(username, "Correct-horse-9")).isEqualTo("/login?error");
        clock.advance(Duration.ofMinutes(2));
        assertThat(login(username, "Correct-horse-9")).isEqualTo("/");

        var entries = SystemAccess.runAsSystem(() -> auditLog.search(username, null, null, PageRequest.of(0, 50, org.springframework.data.domain.Sort.by("id"))));
        assertThat(entries.stream().map(AuditEntry::getAction))
                .containsSubsequence(AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.LOGIN);
        assertThat(entries.stream().filter(e -> e.getAction() == AuditAction.ACCOUNT_LOCKED)).hasSize(1);
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String username = "disabled." + System.nanoTime() % 1_000_000;
        long id = SystemAccess.runAsSystem(() -> users.createWithPassword(new UserDetailsForm(username, "Đỗ Văn Tắt",
                null, null, Role.COMMUNE_OFFICER, communeId()), "Correct-horse-9", false).id());
        assertThat(login(username, "Correct-horse-9")).isEqualTo("/");
        SystemAccess.runAsSystem(() -> users.setEnabled(id, false));
        assertThat(login(username, "Correct-horse-9")).isEqualTo("/login?error");
    }

    private long communeId() {
        return SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961").id());
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
