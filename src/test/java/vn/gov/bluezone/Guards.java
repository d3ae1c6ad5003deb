package vn.gov.bluezone;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;

import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * What the code says guards a service method or a view, and so whether a role may call or open it
 * according to the one table {@link Role#permissions()}. The access tests ask this instead of
 * listing roles by hand; what they assert is that the real call or navigation has that outcome.
 */
public final class Guards {

    private Guards() {
    }

    /** The public method of that name (all its overloads must carry the same guard). */
    public static Method method(Class<?> service, String name) {
        List<Method> methods = Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(name)).toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(service.getSimpleName() + " has no public method " + name);
        }
        Set<Permission> guard = required(methods.getFirst());
        if (methods.stream().anyMatch(m -> !required(m).equals(guard))) {
            throw new IllegalArgumentException(service.getSimpleName() + "." + name + ": overloads guarded differently");
        }
        return methods.getFirst();
    }

    /**
     * The permissions of the method's {@code @Requires} (on it or its class), any one of which is
     * enough; empty when it is guarded by a plain {@code @PreAuthorize} (any signed-in user).
     */
    public static Set<Permission> required(Method method) {
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(method, Requires.class);
        if (requires == null) {
            requires = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Requires.class);
        }
        if (requires == null) {
            if (!guarded(method)) {
                throw new IllegalArgumentException(method + " has no guard");
            }
            return Set.of();
        }
        return EnumSet.copyOf(Arrays.asList(requires.value()));
    }

    /** Whether {@code @PreAuthorize} (written out or behind {@code @Requires}) guards the method. */
    public static boolean guarded(Method method) {
        return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), PreAuthorize.class);
    }

    /** Whether the table lets the role call the method (before any check of scope). */
    public static boolean allows(Role role, Method method) {
        Set<Permission> required = required(method);
        return required.isEmpty() || required.stream().anyMatch(role.permissions()::contains);
    }

    /** Whether the role may open the view: its {@code @ViewPermission}, or {@code @PermitAll}/{@code @AnonymousAllowed}. */
    public static boolean mayOpen(Class<?> view, Role role) {
        if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        ViewPermission permission = view.getAnnotation(ViewPermission.class);
        return permission != null && Arrays.stream(permission.value()).anyMatch(role.permissions()::contains);
    }

    /** The public methods a class declares itself (not those of Object, no bridges). */
    public static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isBridge() && !m.isSynthetic()).toList();
    }
}
