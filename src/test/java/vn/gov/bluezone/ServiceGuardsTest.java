package vn.gov.bluezone;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * Deny by default, checked over the code: every public method of every {@code @Service} of the
 * application is guarded ({@code @Requires}, or {@code @PreAuthorize} for any signed-in user), but
 * for the few named exceptions below; every route says who may open it; and no guard anywhere
 * spells out a role: roles appear only in the one table, {@link Role#permissions()}.
 */
class ServiceGuardsTest {

    static final String BASE_PACKAGE = "vn.gov.bluezone";

    /** The public service methods with no guard, each with the reason it needs none. */
    static final Map<String, String> UNGUARDED = Map.of(
            "AuditLog.record", "joins the caller's transaction (MANDATORY): runs only inside a guarded change",
            "AuditLog.recordEvent", "records sign-in events, before anyone is signed in",
            "AuditLog.recordDenied", "records a refused request, whoever made it",
            "PortalUserDetailsService.loadUserByUsername", "is the sign-in itself",
            "DailyReportService.today", "reads the clock: today's date in Vietnam, no data");

    @Test
    void everyPublicServiceMethodIsGuardedOrANamedException() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> service : classes(new AnnotationTypeFilter(Service.class))) {
            for (Method method : Guards.publicMethods(service)) {
                String name = service.getSimpleName() + "." + method.getName();
                if (!Guards.guarded(method) && !UNGUARDED.containsKey(name)) {
                    unguarded.add(name);
                }
            }
        }
        assertThat(unguarded).as("public service methods with neither @Requires nor @PreAuthorize").isEmpty();
    }

    @Test
    void theNamedExceptionsStillExistAndAreStillUnguarded() {
        List<String> methods = new ArrayList<>();
        for (Class<?> service : classes(new AnnotationTypeFilter(Service.class))) {
            Guards.publicMethods(service).stream().filter(method -> !Guards.guarded(method))
                    .forEach(method -> methods.add(service.getSimpleName() + "." + method.getName()));
        }
        assertThat(methods).containsAll(UNGUARDED.keySet());
    }

    @Test
    void everyRouteSaysWhoMayOpenIt() {
        for (Class<?> view : classes(new AnnotationTypeFilter(Route.class))) {
            long rules = Stream.of(ViewPermission.class, PermitAll.class, AnonymousAllowed.class)
                    .filter(view::isAnnotationPresent).count();
            assertThat(rules).as("access rules on %s", view.getSimpleName()).isEqualTo(1);
        }
    }

    @Test
    void noGuardSpellsOutARole() {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes(new AssignableTypeFilter(Object.class))) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
            elements.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (AnnotatedElement element : elements) {
                if (element.isAnnotationPresent(RolesAllowed.class)) {
                    found.add(element + ": @RolesAllowed");
                }
                MergedAnnotation<PreAuthorize> guard = MergedAnnotations.from(element).get(PreAuthorize.class);
                if (guard.isPresent() && namesARole(guard.getString("value"))) {
                    found.add(element + ": " + guard.getString("value"));
                }
            }
        }
        assertThat(found).as("guards naming roles instead of permissions").isEmpty();
    }

    private static boolean namesARole(String expression) {
        return expression.contains("hasRole") || expression.contains("hasAnyRole")
                || Arrays.stream(Role.values()).anyMatch(role -> expression.contains(role.name()));
    }

    /** The application's classes (not the tests') that the filter accepts. */
    private static List<Class<?>> classes(TypeFilter filter) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(filter);
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
            if (!type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                classes.add(type);
            }
        }
        assertThat(classes).as("classes found under %s", BASE_PACKAGE).isNotEmpty();
        return classes;
    }
}
