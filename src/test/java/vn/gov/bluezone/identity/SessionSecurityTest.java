package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * The security pass through the real filter chain: response headers, the session id changed at
 * login, and the session of an account disabled after login ended on its next request.
 */
@PortalSpringTest
class SessionSecurityTest {

    private static final String PASSWORD = "Correct-horse-9";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAdminService users;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    MutableClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(SecurityHeaders.class))
                .apply(springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyResponseCarriesTheProtectiveHeaders() throws Exception {
        // (pages served by the Vaadin servlet itself are checked on the real server by PortalBrowserIT)
        for (String path : new String[] {"/reports", "/users", "/no-such-page"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "form-action 'self'")
                    .doesNotContain("*");
        }
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        String username = newUser("rotate").username();
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult login = mvc.perform(post("/login").session(before).param("username", username)
                .param("password", PASSWORD).with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionWithinTheRecheckInterval() throws Exception {
        Account account = newUser("ended");
        MockHttpSession session = loggedIn(account.username());
        // signed in: a page that needs a login is not sent to the login page
        assertThat(mvc.perform(get("/reports").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isNull();

        SystemAccess.runAsSystem(() -> users.setEnabled(account.id(), false));
        clock.advance(Duration.ofSeconds(16));

        MockHttpServletResponse response = mvc.perform(get("/reports").session(session)).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anEnabledAccountKeepsItsSessionAcrossRechecks() throws Exception {
        MockHttpSession session = loggedIn(newUser("kept").username());
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(20));
            assertThat(mvc.perform(get("/reports").session(session)).andReturn().getResponse().getRedirectedUrl())
                    .isNull();
        }
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpSession loggedIn(String username) throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private Account newUser(String prefix) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        long commune = SystemAccess.runAsSystem(() -> hierarchy.getByCode("27961").id());
        long id = SystemAccess.runAsSystem(() -> users.createWithPassword(new UserDetailsForm(username,
                "Phan Văn Phiên", null, null, Role.COMMUNE_OFFICER, commune), PASSWORD, false).id());
        return new Account(username, id);
    }

    private record Account(String username, long id) {
    }
}
