package vn.gov.bluezone.identity;

import java.io.Serial;
import java.util.Arrays;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * Who may open a view: for a view marked {@link ViewPermission}, a signed-in user holding one of its
 * permissions; for every other view, Vaadin's own annotation rules ({@code @PermitAll},
 * {@code @AnonymousAllowed}, {@code @DenyAll}, none: denied). One checker decides each view, so the
 * two never disagree (Vaadin rejects a navigation its checkers vote both for and against).
 */
final class PermissionViewAccessChecker implements NavigationAccessChecker {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AnnotatedViewAccessChecker annotations;
    private final transient RolePermissions permissions;

    PermissionViewAccessChecker(AnnotatedViewAccessChecker annotations, RolePermissions permissions) {
        this.annotations = annotations;
        this.permissions = permissions;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        ViewPermission required = AnnotatedElementUtils.findMergedAnnotation(context.getNavigationTarget(),
                ViewPermission.class);
        if (required == null) {
            return annotations.check(context);
        }
        if (context.getPrincipal() instanceof Authentication authentication && Arrays.stream(required.value())
                .anyMatch(permission -> permissions.holds(authentication, permission))) {
            return context.allow();
        }
        return context.deny("The view needs one of the permissions " + Arrays.toString(required.value()));
    }
}
