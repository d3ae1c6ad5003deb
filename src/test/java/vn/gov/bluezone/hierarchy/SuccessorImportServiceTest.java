package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * The successor import, all or nothing, on a reform day of its own (1/1/2030, between the 2025
 * communes of Tây Ninh and themselves) so that the real table of 1/7/2025 stays as the other tests
 * of the context load it.
 */
@TodaySpringTest
class SuccessorImportServiceTest {

    static final LocalDate REFORM = LocalDate.of(2030, 1, 1);
    static final String HEADER = String.join(",", SuccessorTable.COLUMNS) + "\n";

    @Autowired
    SuccessorImportService imports;
    @Autowired
    LineageService lineage;
    @Autowired
    TodayUnits today;
    @Autowired
    AsUser as;

    @BeforeEach
    void load() {
        today.load();
    }

    SuccessorImportService.Result importRows(String rows) {
        try {
            return SystemAccess.runAsSystem(() -> imports.importSuccessors("successors.csv",
                    (HEADER + rows).getBytes(StandardCharsets.UTF_8), REFORM));
        } catch (ImportRejectedException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    /** The stored rows of the test's reform day, resolved or not, by source row. */
    List<Succession> stored() {
        return SystemAccess.runAsSystem(() -> Stream.concat(lineage.predecessorsUnder("/").stream(),
                lineage.unresolved().stream()).filter(s -> s.reformDate().equals(REFORM)).distinct()
                .sorted((a, b) -> Integer.compare(a.sourceRow(), b.sourceRow())).toList());
    }

    void refused(String file, int row, String key) {
        List<Succession> before = stored();
        assertThatThrownBy(() -> SystemAccess.runAsSystem(() -> imports.importSuccessors("successors.csv",
                file.getBytes(StandardCharsets.UTF_8), REFORM)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(row, key)));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aCleanTableIsStoredResolvedAndAgainReplaced() {
        var result = importRows("""
                27991,Xã Bến Lức,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80
                ,Xã Lương Hoà,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80
                ,,,,11948,Đặc khu Bạch Long Vĩ,31
                ,Xã Không Có,Huyện Không Có,Tỉnh Tây Ninh,99999,Xã Chưa Nhập,80
                """);
        // the special zone formed from no former commune is skipped; the last row resolves neither side
        assertThat(result).isEqualTo(new SuccessorImportService.Result(3, 2, 1, 1));
        List<Succession> rows = stored();
        assertThat(rows).extracting(Succession::sourceRow).containsExactly(2, 3, 5);
        assertThat(rows.get(1).oldUnitId()).as("resolved by name and province").isNotNull();
        assertThat(SystemAccess.runAsSystem(() -> lineage.unresolved())).anySatisfy(s -> {
            assertThat(s.sourceRow()).isEqualTo(5);
            assertThat(s.oldUnitId()).isNull();
            assertThat(s.newUnitId()).isNull();
            assertThat(s.newName()).isEqualTo("Xã Chưa Nhập");
        });

        importRows("27991,Xã Bến Lức,,Tỉnh Tây Ninh,27991,Xã Bến Lức,80\n");
        assertThat(stored()).singleElement().satisfies(s -> assertThat(s.newCode()).isEqualTo("27991"));
    }

    @Test
    void aFaultyTableIsRefusedByRowAndStoresNothing() {
        importRows("27991,Xã Bến Lức,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80\n");
        refused("old_code,old_commune_name\n27991,Xã Bến Lức\n", 1, "import.error.missingColumns");
        refused(HEADER + "27991,Xã Bến Lức,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80\n27A91,Xã X,,,28003,Xã Lương Hoà,80\n",
                3, "import.error.badCode");
        refused(HEADER + "27991,Xã Bến Lức,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80\n"
                + ",Xã <script>alert(1)</script>,Huyện A,Tỉnh B,28003,Xã Lương Hoà,80\n", 3, "import.error.badName");
        refused(HEADER + "27991,Xã Bến Lức,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80\n"
                + "27991,Xã Bến Lức,,Tỉnh Tây Ninh,28003,Xã Lương Hoà,80\n", 3, "import.error.duplicateSuccession");
        assertThat(stored()).singleElement().satisfies(s -> assertThat(s.newCode()).isEqualTo("28003"));
    }

    @Test
    void onlyUnitManagersImport() {
        assertThatThrownBy(() -> as.call(TodayUnits.TAY_NINH_OFFICER, () -> imports.importSuccessors("s.csv",
                (HEADER + "27991,Xã Bến Lức,,,28003,Xã Lương Hoà,80\n").getBytes(StandardCharsets.UTF_8), REFORM)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
