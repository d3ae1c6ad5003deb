package vn.gov.bluezone.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;

import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;

import vn.gov.bluezone.shared.Permission;

/**
 * Named permissions (decision 0024): a user's only authority is its role ({@code ROLE_PROVINCE_OFFICER});
 * the role hierarchy built from {@link Role#permissions()} grants each role its permissions
 * ({@code ROLE_PROVINCE_OFFICER > PERM_REMIND} …). Method security evaluates {@code @PreAuthorize}
 * with this hierarchy, and expands the templated meta-annotations {@code @Requires} and
 * {@code @ViewPermission}; Vaadin's navigation (and so the menu) checks {@code @ViewPermission}
 * through {@link PermissionViewAccessChecker}; the views' own checks go through {@link RolePermissions},
 * which reads the same hierarchy.
 */
@Configuration
class PermissionSecurity {

    /** The table of {@link Role#permissions()} as a role hierarchy, one line per role and permission. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        RoleHierarchyImpl.Builder builder = RoleHierarchyImpl.withRolePrefix("");
        for (Role role : Role.values()) {
            if (!role.permissions().isEmpty()) {
                builder.role(role.authority())
                        .implies(role.permissions().stream().map(Permission::authority).toArray(String[]::new));
            }
        }
        return builder.build();
    }

    /** Lets {@code @Requires(...)} and {@code @ViewPermission(...)} fill in their {@code @PreAuthorize} template. */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    /**
     * Navigation access: the views marked {@code @ViewPermission} by their permission, every other
     * view by Vaadin's annotations ({@code @PermitAll}, {@code @AnonymousAllowed}); replaces Spring
     * Boot's default configurer, which has only the annotation checker.
     */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            AnnotatedViewAccessChecker annotations, RolePermissions permissions) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new PermissionViewAccessChecker(annotations, permissions));
    }
}
