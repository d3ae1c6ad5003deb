package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.ui.ViewPermission;

/**
 * The role hierarchy grants each role exactly its permissions of {@link Role#permissions()} (and
 * nothing to a permission or an unknown authority), and the views' and the navigation's checks read
 * it the same way.
 */
class PermissionSecurityTest {

    final RoleHierarchy hierarchy = PermissionSecurity.roleHierarchy();
    final RolePermissions permissions = new RolePermissions(hierarchy);
    final Router router = mock(Router.class);

    @Test
    void eachRoleReachesExactlyItsPermissions() {
        for (Role role : Role.values()) {
            Set<String> expected = Stream.concat(Stream.of(role.authority()),
                    role.permissions().stream().map(Permission::authority)).collect(Collectors.toSet());
            assertThat(reachable(role.authority())).as("authorities of %s", role).isEqualTo(expected);
        }
    }

    @Test
    void permissionsAndUnknownAuthoritiesImplyNothing() {
        for (Permission permission : Permission.values()) {
            assertThat(reachable(permission.authority())).containsExactly(permission.authority());
        }
        assertThat(reachable("ROLE_SOMEONE")).containsExactly("ROLE_SOMEONE");
    }

    @Test
    void aCallerHoldsAPermissionThroughItsRoleOnly() {
        var officer = UsernamePasswordAuthenticationToken.authenticated("huyen", null,
                List.of(new SimpleGrantedAuthority(Role.DISTRICT_OFFICER.authority())));
        assertThat(permissions.holds(officer, Permission.REMIND)).isTrue();
        assertThat(permissions.holds(officer, Permission.PROPOSE_REPRIMAND)).isFalse();
        var notAuthenticated = new TestingAuthenticationToken("x", null, Role.ADMIN.authority());
        notAuthenticated.setAuthenticated(false);
        assertThat(permissions.holds(notAuthenticated, Permission.ADMINISTER)).isFalse();
        assertThat(permissions.holds(null, Permission.ADMINISTER)).isFalse();
    }

    @Test
    void aViewWithAPermissionOpensForTheRolesHoldingIt() {
        PermissionViewAccessChecker checker = new PermissionViewAccessChecker(new AnnotatedViewAccessChecker(),
                permissions);
        for (Role role : Role.values()) {
            var user = UsernamePasswordAuthenticationToken.authenticated("u", null,
                    List.of(new SimpleGrantedAuthority(role.authority())));
            NavigationContext context = new NavigationContext(router, RemindersOnly.class, new Location("reminders"),
                    RouteParameters.empty(), user, authority -> false, false);
            assertThat(checker.check(context).decision()).as("%s opening a REMIND view", role)
                    .isEqualTo(role.permissions().contains(Permission.REMIND) ? AccessCheckDecision.ALLOW
                            : AccessCheckDecision.DENY);
        }
        NavigationContext anonymous = new NavigationContext(router, RemindersOnly.class, new Location("reminders"),
                RouteParameters.empty(), null, authority -> false, false);
        assertThat(checker.check(anonymous).decision()).isEqualTo(AccessCheckDecision.DENY);
    }

    private Set<String> reachable(String authority) {
        Collection<? extends GrantedAuthority> authorities = hierarchy
                .getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(authority)));
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    @ViewPermission(Permission.REMIND)
    static class RemindersOnly extends Component {
    }
}
