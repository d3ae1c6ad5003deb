package vn.gov.bluezone.identity;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.Caller;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.DataScope;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Who is calling: the signed-in {@link PortalUser}, or the system while a task runs through
 * {@code SystemAccess.runAsSystem}. Anyone else is anonymous, with an empty scope. The one place
 * (with {@link SystemAccess}) that reads the security context.
 */
@Component
public class CurrentUser implements Callers {

    public Optional<PortalUser> get() {
        if (SystemAccess.isActive()) {
            return Optional.empty();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }

    @Override
    public Caller current() {
        if (SystemAccess.isActive()) {
            return Caller.system();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Caller.anonymous();
        }
        if (authentication.getPrincipal() instanceof PortalUser user) {
            DataScope scope = user.scope();
            return new Caller(user.getUsername(), user.fullName(), user.role().name(), scope.unitCode(), scope, false);
        }
        // another kind of login (a context carried from the system, a test's token): its name and
        // role; only an administrator's authority opens the whole tree, as it always did
        Optional<Role> role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(Role.values()).filter(r -> r.authority().equals(authority)))
                .findFirst();
        boolean admin = role.orElse(null) == Role.ADMIN;
        boolean system = admin && SystemAccess.SYSTEM_USER.equals(authentication.getName());
        return new Caller(authentication.getName(), authentication.getName(), role.map(Role::name).orElse(null), null,
                admin ? DataScope.EVERYTHING : DataScope.NOTHING, system);
    }

    @Override
    public Runnable carryingCaller(Runnable task) {
        if (SystemAccess.isActive()) {
            return () -> SystemAccess.runAsSystem(task);
        }
        SecurityContext context = SecurityContextHolder.getContext();
        return new DelegatingSecurityContextRunnable(task, context);
    }

    /** The role of the caller; the system counts as ADMIN. */
    Optional<Role> role() {
        Caller caller = current();
        return caller.role() == null ? Optional.empty() : Optional.of(Role.valueOf(caller.role()));
    }
}
