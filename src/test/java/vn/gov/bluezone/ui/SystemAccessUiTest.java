package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.Caller;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * {@code SystemAccess.runAsSystem} takes effect inside a Vaadin request, where the security context
 * is the one Vaadin keeps in the user's session (it used not to, and a system task started from a
 * screen ran as the user), and on any other thread; the user is back afterwards.
 */
@PortalSpringTest
class SystemAccessUiTest extends SpringBrowserlessTest {

    static final String COMMUNE = "xa.duclapha";

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Callers callers;

    /** The commune officer signed in the way Vaadin finds it: in the session, not on the thread. */
    @BeforeEach
    void communeOfficerInTheSession() {
        UserDetails user = userDetails.loadUserByUsername(COMMUNE);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSystemTaskStartedFromAScreenRunsAsTheSystemAndTheUserIsBackAfterwards() {
        assertThat(callers.current().userName()).isEqualTo(COMMUNE);
        assertThatThrownBy(this::systemOnlyAction).isInstanceOf(AccessDeniedException.class);

        Caller inside = SystemAccess.runAsSystem(() -> {
            systemOnlyAction();
            return callers.current();
        });
        assertThat(inside).isEqualTo(Caller.system());

        assertThat(callers.current().userName()).isEqualTo(COMMUNE);
        assertThat(callers.current().isSystem()).isFalse();
        assertThatThrownBy(this::systemOnlyAction).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onAnotherThreadTheSystemTaskRunsAsTheSystemAndTheThreadIsLeftAsItWas() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            assertThat(on(worker, () -> SystemAccess.runAsSystem(() -> {
                systemOnlyAction();
                return callers.current();
            }))).isEqualTo(Caller.system());
            assertThat(on(worker, callers::current)).isEqualTo(Caller.anonymous());
            assertThatThrownBy(() -> on(worker, () -> {
                systemOnlyAction();
                return null;
            })).hasCauseInstanceOf(AuthenticationException.class);
        } finally {
            worker.shutdownNow();
            assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void workCarriedToAnotherThreadRunsAsItsCaller() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            assertThat(carried(worker).userName()).isEqualTo(COMMUNE);
            assertThat(SystemAccess.runAsSystem(() -> carried(worker))).isEqualTo(Caller.system());
            assertThat(on(worker, callers::current)).isEqualTo(Caller.anonymous());
        } finally {
            worker.shutdownNow();
            assertThat(worker.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    private void systemOnlyAction() {
        auditLog.search(null, null, null, PageRequest.of(0, 1));
    }

    private Caller carried(ExecutorService worker) {
        CompletableFuture<Caller> seen = new CompletableFuture<>();
        worker.execute(callers.carryingCaller(() -> seen.complete(callers.current())));
        return seen.join();
    }

    private static <T> T on(ExecutorService worker, Supplier<T> work) throws Exception {
        return CompletableFuture.supplyAsync(work, worker).get(10, TimeUnit.SECONDS);
    }
}
