package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.Guards;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Every role × (own unit, a unit inside its scope, a unit outside it) × every action of this issue,
 * through the real services on the real database. Whether a role may act at all comes from the one
 * table, {@link Role#permissions()}, read against the guard of the method each action calls
 * ({@link Guards}; the table itself is pinned by {@code RolePermissionsTest}); where it may act comes
 * from the scope (the administrator's is every province, anyone else's its own unit's subtree) and,
 * for managing an account, from the delegation rules ({@link Role#manages()}).
 */
@PortalSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Each action and the service method it calls. */
    enum Action {
        VIEW_UNIT(HierarchyService.class, "get"), VIEW_USER(UserAdminService.class, "get"),
        MANAGE_USER(UserAdminService.class, "update"), IMPORT_UNITS(UnitImportService.class, "importGsoList"),
        READ_AUDIT(AuditLog.class, "search");

        final Method method;
        /** Whether the action concerns a unit or a user, so that the scope applies. */
        final boolean scoped;

        Action(Class<?> service, String method) {
            this.method = Guards.method(service, method);
            this.scoped = service != UnitImportService.class && service != AuditLog.class;
        }
    }

    enum Where { OWN, INSIDE, OUTSIDE }

    /** The demo account of each role and the unit codes standing for its own unit, inside and outside. */
    record Subject(String username, String own, String inside, String outside) {

        String at(Where where) {
            return switch (where) {
                case OWN -> own;
                case INSIDE -> inside;
                case OUTSIDE -> outside;
            };
        }
    }

    static final Map<Role, Subject> SUBJECTS = Map.of(
            Role.ADMIN, new Subject("admin", "80", "802", "82"),
            Role.PROVINCE_CHAIR, new Subject("tinh.lanhdao", "80", "27958", "82"),
            Role.PROVINCE_OFFICER, new Subject("tinh.sotttt", "80", "27958", "82"),
            Role.DISTRICT_OFFICER, new Subject("huyen.duchoa", "802", "27958", "803"),
            Role.COMMUNE_OFFICER, new Subject("xa.duclapha", "27958", "27958", "27961"));

    /** The user standing at each unit of the matrix: the demo accounts plus three at the outside units. */
    static final Map<String, String> USER_AT = Map.of(
            "80", "tinh.sotttt", "802", "huyen.duchoa", "27958", "xa.duclapha",
            "82", "matrix.tiengiang", "803", "matrix.benluc", "27961", "matrix.tanphu");

    /** The role of the user standing at each unit. */
    static final Map<String, Role> ROLE_AT = Map.of(
            "80", Role.PROVINCE_OFFICER, "802", Role.DISTRICT_OFFICER, "27958", Role.COMMUNE_OFFICER,
            "82", Role.PROVINCE_OFFICER, "803", Role.DISTRICT_OFFICER, "27961", Role.COMMUNE_OFFICER);

    @Autowired
    HierarchyService hierarchy;
    @Autowired
    UnitImportService importer;
    @Autowired
    UserAdminService users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AsUser as;

    @BeforeAll
    void outsideUnitsAndTheirUsers() {
        SystemAccess.runAsSystem(() -> {
            importer.importGsoList("tien-giang.csv", TestUnits.province("82"));
            createIfMissing("matrix.tiengiang", Role.PROVINCE_OFFICER, "82");
            createIfMissing("matrix.benluc", Role.DISTRICT_OFFICER, "803");
            createIfMissing("matrix.tanphu", Role.COMMUNE_OFFICER, "27961");
        });
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Action action : Action.values()) {
                for (Where where : Where.values()) {
                    cells.add(Arguments.of(role, action, where, expected(role, action, where)));
                }
            }
        }
        return cells.stream();
    }

    /** Allowed when the table lets the role call the method, on a unit in its scope, a user it manages. */
    static boolean expected(Role role, Action action, Where where) {
        boolean inScope = !action.scoped || where != Where.OUTSIDE || role == Role.ADMIN;
        boolean delegated = action != Action.MANAGE_USER
                || role.manages().contains(ROLE_AT.get(SUBJECTS.get(role).at(where)));
        return Guards.allows(role, action.method) && inScope && delegated;
    }

    @ParameterizedTest(name = "{0} {1} {2} → allowed={3}")
    @MethodSource("cells")
    void cell(Role role, Action action, Where where, boolean allowed) {
        Subject subject = SUBJECTS.get(role);
        String code = subject.at(where);
        long unitId = SystemAccess.runAsSystem(() -> hierarchy.getByCode(code).id());
        UserSummary target = SystemAccess.runAsSystem(() -> users.list(USER_AT.get(code), PageRequest.of(0, 5))
                .stream().filter(u -> u.username().equals(USER_AT.get(code))).findFirst().orElseThrow());

        Runnable attempt = switch (action) {
            case VIEW_UNIT -> () -> hierarchy.get(unitId);
            case VIEW_USER -> () -> users.get(target.id());
            case MANAGE_USER -> () -> users.update(target.id(), new UserDetailsForm(null, target.fullName(),
                    target.email(), target.phone(), target.role(), target.unitId()), target.version());
            case IMPORT_UNITS -> () -> importer.importGsoList("long-an.csv",
                    TestUnits.resource("reference/long-an-2020.csv").getBytes(StandardCharsets.UTF_8));
            case READ_AUDIT -> () -> auditLog.search(null, null, null, PageRequest.of(0, 1));
        };
        boolean wasAllowed = as.call(subject.username(), () -> {
            try {
                attempt.run();
                return true;
            } catch (AccessDeniedException | OutOfScopeException denied) {
                return false;
            }
        });
        assertThat(wasAllowed).as("%s %s %s", role, action, where).isEqualTo(allowed);
    }

    private void createIfMissing(String username, Role role, String unitCode) {
        if (users.list(username, PageRequest.of(0, 1)).isEmpty()) {
            users.createWithPassword(new UserDetailsForm(username, "Người Kiểm Thử " + unitCode, null, null, role,
                    hierarchy.getByCode(unitCode).id()), "Bluezone@2020", false);
        }
    }
}
