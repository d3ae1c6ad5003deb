package vn.gov.bluezone.identity;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Permissions;

/**
 * {@link Permissions} from the security context: the caller's authorities, widened by the role
 * hierarchy built from {@link Role#permissions()}. The navigation checker asks the same question
 * about the authentication of a navigation.
 */
@Component
class RolePermissions implements Permissions {

    private final RoleHierarchy hierarchy;

    RolePermissions(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public boolean has(Permission permission) {
        return holds(SecurityContextHolder.getContext().getAuthentication(), permission);
    }

    /** Whether this authentication holds the permission; false for none or an unauthenticated one. */
    boolean holds(Authentication authentication, Permission permission) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        return hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(permission.authority()::equals);
    }
}
