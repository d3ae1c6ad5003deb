package vn.gov.bluezone.shared.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

import vn.gov.bluezone.shared.Permission;

/**
 * A view that only users holding one of the given permissions may open, in place of a list of roles.
 * Navigation (and so the menu) is checked by {@code identity.PermissionViewAccessChecker}; the view
 * bean is also guarded as a whole by the same rule through method security, as {@code @RolesAllowed}
 * guarded it before.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PreAuthorize("hasAnyAuthority({value})")
public @interface ViewPermission {

    /** The permissions, any one of which opens the view. */
    Permission[] value();
}
