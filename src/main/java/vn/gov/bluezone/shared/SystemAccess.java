package vn.gov.bluezone.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one named way around the per-user scope: start-up seeding, scheduled jobs and imports run as
 * the system administrator "system". Every use is greppable as {@code SystemAccess.runAsSystem}.
 * <p>
 * It works on any thread, inside a Vaadin request too: the system context is held here for the
 * duration, and the identity module's security context strategy answers with it whatever context
 * Vaadin restored from the user's session (decision 0025).
 */
public final class SystemAccess {

    public static final String SYSTEM_USER = "system";
    /** The role the system acts with, and the one authority it is given for it. */
    public static final String SYSTEM_ROLE = "ADMIN";
    public static final String SYSTEM_AUTHORITY = "ROLE_" + SYSTEM_ROLE;

    private static final ThreadLocal<SecurityContext> ACTIVE = new ThreadLocal<>();

    private SystemAccess() {
    }

    /** Runs work as the system (ADMIN, everything in scope), then gives the thread back its caller. */
    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext outer = ACTIVE.get();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SYSTEM_USER, null, List.of(new SimpleGrantedAuthority(SYSTEM_AUTHORITY))));
        ACTIVE.set(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(outer);
            }
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }

    /** Whether this thread is inside {@link #runAsSystem} now. */
    public static boolean isActive() {
        return ACTIVE.get() != null;
    }

    /** The system's security context while this thread is inside {@link #runAsSystem}. */
    public static Optional<SecurityContext> activeContext() {
        return Optional.ofNullable(ACTIVE.get());
    }
}
