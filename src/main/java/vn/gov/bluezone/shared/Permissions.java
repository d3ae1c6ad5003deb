package vn.gov.bluezone.shared;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the current caller holds a permission, for what a view shows (a button, a section); the
 * services check the same permission again. Reads the caller's authorities through the role
 * hierarchy that grants each role its permissions.
 */
@Component
public class Permissions {

    private final RoleHierarchy hierarchy;

    public Permissions(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** Whether the current caller holds the permission; false for nobody signed in. */
    public boolean has(Permission permission) {
        return holds(SecurityContextHolder.getContext().getAuthentication(), permission);
    }

    /** Whether this authentication holds the permission. */
    public boolean holds(Authentication authentication, Permission permission) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        return hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(permission.authority()::equals);
    }
}
