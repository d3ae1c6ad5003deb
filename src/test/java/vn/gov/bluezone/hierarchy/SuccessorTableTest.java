package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;

/** The successor table's parsing: every problem by row, nothing read from a file with one. */
class SuccessorTableTest {

    static final String HEADER = "old_commune_code,old_commune_name,old_district_name,old_province_name,"
            + "new_commune_code,new_commune_name,new_province_code\n";

    @Test
    void readsRowsByCodeAndByName() {
        List<SuccessorTable.Entry> rows = SuccessorTable.parse(bytes(HEADER
                + "27958,Xã Đức Lập Hạ,Huyện Đức Hòa,Tỉnh Long An,27964,Xã Đức Lập,80\n"
                + ",Xã Tân Hòa,Huyện Bến Lức,Tỉnh Long An,27991,Xã Bến Lức,80\n"
                + ",Xã Tân Hòa,Huyện Bến Lức,Tỉnh Long An,28003,Xã Lương Hoà,80\n"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).oldKey()).isEqualTo("27958");
        assertThat(rows.get(1).oldCode()).isNull();
        assertThat(rows.get(1).oldKey()).isEqualTo(rows.get(2).oldKey());
        assertThat(rows.get(2).row()).isEqualTo(4);
    }

    @Test
    void refusesTheWholeFileWithEveryProblemByRow() {
        String file = HEADER
                + "27958,Xã Đức Lập Hạ,Huyện Đức Hòa,Tỉnh Long An,27964,Xã Đức Lập,80\n"
                + "27958,Xã Đức Lập Hạ,Huyện Đức Hòa,Tỉnh Long An,27964,Xã Đức Lập,80\n"
                + "abc,Xã A,Huyện B,Tỉnh C,27964,Xã Đức Lập,80\n"
                + ",,Huyện B,Tỉnh C,27964,Xã Đức Lập,80\n"
                + "27961,Xã Tân Phú,Huyện Đức Hòa,Tỉnh Long An,,Xã Đức Lập,80\n"
                + "27961,Xã Tân Phú,Huyện Đức Hòa,Tỉnh Long An,27964,<script>alert(1)</script>,80\n"
                + "27961,Xã Tân Phú,Huyện Đức Hòa,Tỉnh Long An,27964\n";
        assertThatThrownBy(() -> SuccessorTable.parse(bytes(file)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "import.error.duplicateSuccession"),
                                org.assertj.core.groups.Tuple.tuple(4, "import.error.badCode"),
                                org.assertj.core.groups.Tuple.tuple(5, "import.error.badName"),
                                org.assertj.core.groups.Tuple.tuple(6, "import.error.missingCode"),
                                org.assertj.core.groups.Tuple.tuple(7, "import.error.badName"),
                                org.assertj.core.groups.Tuple.tuple(8, "import.error.columnCount")));
    }

    @Test
    void refusesAFileWithoutTheColumns() {
        assertThatThrownBy(() -> SuccessorTable.parse(bytes("old_code,new_code\n1,2\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::messageKey).containsExactly("import.error.missingColumns"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
