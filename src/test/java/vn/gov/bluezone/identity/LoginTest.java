package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.SystemAccess;

/** Login through the real security filter chain: one message for every failure, lockout, audit. */
@PortalSpringTest
class LoginTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdminService users;
    @Autowired
    HierarchyService hierarchy;
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

        var entries = SystemAccess.runAsSystem(() -> auditLog.search(username, null, null, PageRequest.of(0, 50, Sort.by("id"))));
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

    @Test
    void oneAddressCanNeitherSprayPasswordsNorLockEveryAccount() throws Exception {
        String attacker = "203.0.113." + (10 + System.nanoTime() % 200);
        String prefix = "spray." + System.nanoTime() % 1_000_000 + ".";
        for (int account = 0; account < 6; account++) {
            String username = prefix + account;
            SystemAccess.runAsSystem(() -> users.createWithPassword(new UserDetailsForm(username, "Lê Văn Thử", null,
                    null, Role.COMMUNE_OFFICER, communeId()), "Correct-horse-9", false));
        }
        // 20 failures (the limit) from one address: four accounts locked on the way
        for (int account = 0; account < 4; account++) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(login(prefix + account, "wrong-" + attempt, attacker)).isEqualTo("/login?error");
            }
        }
        // from then on the address is refused without a look at the password: the fifth account is
        // neither tried nor locked, even the right password does not pass from there
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(login(prefix + 4, "wrong-" + attempt, attacker)).isEqualTo("/login?error");
        }
        assertThat(login(prefix + 5, "Correct-horse-9", attacker)).isEqualTo("/login?error");
        // the commune's officers sign in from their own address as usual
        assertThat(login(prefix + 4, "Correct-horse-9", "198.51.100.20")).isEqualTo("/");
        assertThat(login(prefix + 5, "Correct-horse-9", "198.51.100.21")).isEqualTo("/");

        // the login page tells the address why, and until when
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", prefix + 5).param("password", "x")
                .with(csrf()).with(from(attacker)));
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInThrottledException.class);

        // the report API refuses the address the same way, in JSON with when to come back
        var api = mvc.perform(MockMvcRequestBuilders
                .get("/api/v1/reports").param("campaignId", "1").param("date", "2020-08-13")
                .with(SecurityMockMvcRequestPostProcessors
                        .httpBasic(prefix + 5, "Correct-horse-9"))
                .with(from(attacker))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getHeader("Retry-After")).isNotNull();
        assertThat(api.getContentAsString(StandardCharsets.UTF_8))
                .contains("Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này");

        var entries = SystemAccess.runAsSystem(() -> auditLog.search(null, AuditAction.SIGN_IN_THROTTLED, null,
                PageRequest.of(0, 50)));
        assertThat(entries.stream().filter(e -> attacker.equals(e.getTarget()))).hasSize(1);
        // the accounts tried after the limit were not counted against
        assertThat(SystemAccess.runAsSystem(() -> users.list(prefix + 4, PageRequest.of(0, 1))).getContent())
                .singleElement().satisfies(user -> assertThat(user.locked()).isFalse());

        // after the window the address may try again
        clock.advance(Duration.ofMinutes(16));
        assertThat(login(prefix + 5, "Correct-horse-9", attacker)).isEqualTo("/");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address))).andReturn().getResponse().getRedirectedUrl();
    }

    private long communeId() {
        return SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961").id());
    }

    private String login(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }
}
