package vn.gov.bluezone.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one named way around the per-user scope: start-up seeding, scheduled jobs and imports run as
 * the system administrator "system". Every use is greppable as {@code SystemAccess.runAsSystem}.
 */
public final class SystemAccess {

    public static final String SYSTEM_USER = "system";

    private SystemAccess() {
    }

    /**
     * Runs work as the system (ADMIN, everything in scope). For start-up and scheduled jobs only:
     * inside a Vaadin request the security context comes from the user's session, so this does not
     * take effect there.
     */
    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SYSTEM_USER, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
