package vn.gov.bluezone.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.CurrentScope;
import vn.gov.bluezone.shared.DataScope;

/**
 * Who is calling: the signed-in {@link PortalUser}, or the system when a task runs through
 * {@code SystemAccess.runAsSystem}. Anyone else has an empty scope.
 */
@Component
public class CurrentUser implements CurrentScope {

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                ? Optional.of(user) : Optional.empty();
    }

    @Override
    public DataScope scope() {
        Optional<PortalUser> user = get();
        if (user.isPresent()) {
            return user.get().scope();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean system = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        return system ? DataScope.EVERYTHING : DataScope.NOTHING;
    }

    /** The role of the caller; the system counts as ADMIN. */
    Optional<Role> role() {
        return get().map(PortalUser::role).or(() -> scope().isEverything() ? Optional.of(Role.ADMIN) : Optional.empty());
    }
}
