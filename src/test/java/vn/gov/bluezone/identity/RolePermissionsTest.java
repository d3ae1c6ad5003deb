package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.shared.Permission;

/**
 * The table of roles and permissions in docs/architecture.md is {@link Role#permissions()}, cell by
 * cell: a change to who may do what shows in the documentation (and in review) or fails here.
 */
class RolePermissionsTest {

    static final Path ARCHITECTURE = Path.of("docs/architecture.md");

    @Test
    void theDocumentedTableIsTheCode() throws IOException {
        List<String> lines = Files.readAllLines(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = lines.indexOf(lines.stream().filter(line -> line.startsWith("| permission |")).findFirst()
                .orElseThrow());
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        List<String> table = lines.subList(start, end);
        List<String> columns = cells(table.getFirst());
        List<Role> roles = columns.subList(2, columns.size()).stream().map(Role::valueOf).toList();
        assertThat(roles).as("one column per role, in the enum's order").containsExactly(Role.values());

        Map<Role, Set<Permission>> documented = new EnumMap<>(Role.class);
        Arrays.stream(Role.values()).forEach(role -> documented.put(role, EnumSet.noneOf(Permission.class)));
        Set<Permission> rows = EnumSet.noneOf(Permission.class);
        for (String line : table) {
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(line);
            Permission permission = Permission.valueOf(cells.get(0).replace("`", ""));
            assertThat(rows.add(permission)).as("%s listed once", permission).isTrue();
            for (int i = 0; i < roles.size(); i++) {
                String cell = cells.get(i + 2);
                assertThat(cell).as("%s / %s", permission, roles.get(i)).isIn("", "✓");
                if (cell.equals("✓")) {
                    documented.get(roles.get(i)).add(permission);
                }
            }
        }
        assertThat(rows).as("every permission has a row").containsExactlyInAnyOrder(Permission.values());
        for (Role role : Role.values()) {
            assertThat(documented.get(role)).as("documented permissions of %s", role)
                    .containsExactlyInAnyOrderElementsOf(role.permissions());
        }
    }

    @Test
    void everyPermissionIsHeldBySomeRole() {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        Arrays.stream(Role.values()).forEach(role -> held.addAll(role.permissions()));
        assertThat(held).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void theTableCannotBeChangedAtRunTime() {
        Set<Permission> permissions = Role.COMMUNE_OFFICER.permissions();
        assertThatThrownBy(() -> permissions.add(Permission.ADMINISTER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void delegationFollowsTheManagePermissions() {
        for (Role role : Role.values()) {
            for (Role other : Role.values()) {
                assertThat(role.manages().contains(other)).as("%s manages %s", role, other)
                        .isEqualTo(role.permissions().contains(other.managedWith()));
            }
        }
    }

    /** The cells of a Markdown table row, trimmed, without the outer pipes. */
    private static List<String> cells(String row) {
        String inner = row.trim().substring(1, row.trim().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
