package vn.gov.bluezone.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method that needs one of the given permissions: {@code @Requires(Permission.REMIND)}.
 * It is a {@code @PreAuthorize} template ({@code identity.PermissionSecurity} turns templating on),
 * so it is checked, and refused with {@code AccessDeniedException}, exactly like the expression it
 * stands for; the scope is still checked inside the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize("hasAnyAuthority({value})")
public @interface Requires {

    /** The permissions, any one of which is enough. */
    Permission[] value();
}
