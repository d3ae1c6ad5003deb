package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;

class GsoUnitListTest {

    private static final String HEADER =
            "province_code,province_name,district_code,district_name,district_type,commune_code,commune_name,commune_type\n";

    @Test
    void longAnHasOneProvinceFifteenDistrictsAnd188Communes() {
        List<GsoUnitList.Entry> entries = GsoUnitList.parse(
                TestUnits.resource("reference/long-an-2020.csv").getBytes(StandardCharsets.UTF_8));
        assertThat(entries).hasSize(1 + 15 + 188);
        assertThat(entries.stream().filter(e -> e.level() == UnitLevel.DISTRICT)).hasSize(15);
        GsoUnitList.Entry duclapha = entries.stream().filter(e -> e.code().equals("27958")).findFirst().orElseThrow();
        assertThat(duclapha.name()).isEqualTo("Xã Đức Lập Hạ");
        assertThat(duclapha.parentCode()).isEqualTo("802");
        assertThat(entries.getFirst().type()).isEqualTo("Tỉnh");
    }

    @Test
    void theWholeNationalListParsesWithTypesTakenFromNamesWhateverTheirCase() {
        List<GsoUnitList.Entry> entries = GsoUnitList.parse(TestUnits.nationalList().getBytes(StandardCharsets.UTF_8));
        assertThat(entries.stream().filter(e -> e.level() == UnitLevel.COMMUNE)).hasSize(10_614);
        assertThat(entries.stream().filter(e -> e.level() == UnitLevel.PROVINCE)).hasSize(63);
        assertThat(entries.stream().filter(e -> e.name().equals("Thành Phố Bắc Kạn")).findFirst().orElseThrow().type())
                .isEqualTo("Thành phố");
        assertThat(entries.stream().filter(e -> e.name().equals("Thành phố Hà Nội")).findFirst().orElseThrow().type())
                .isEqualTo("Thành phố Trung ương");
    }

    @Test
    void aTwoLevelListPutsCommunesDirectlyUnderTheProvince() {
        List<GsoUnitList.Entry> entries = GsoUnitList.parse(TestUnits.provinceAsTwoLevels("06"));
        assertThat(entries.stream().filter(e -> e.level() == UnitLevel.DISTRICT)).isEmpty();
        assertThat(entries.stream().filter(e -> e.level() == UnitLevel.COMMUNE))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.parentCode()).isEqualTo("06"));
    }

    @Test
    void unknownAndMissingColumnsAreReportedOnRowOne() {
        assertThat(problems("province_code,province_name,ward_code,commune_name\n80,Tỉnh Long An,1,Xã A\n"))
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .contains(Tuple.tuple(1, "import.error.unknownColumn"),
                        Tuple.tuple(1, "import.error.missingColumns"));
    }

    @Test
    void aDuplicateCommuneCodeNamesBothRows() {
        List<ImportProblem> problems = problems(HEADER
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27958,Xã Đức Lập Hạ,Xã\n"
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27958,Xã Đức Lập Hạ,Xã\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.messageKey()).isEqualTo("import.error.duplicateCode");
            assertThat(p.arguments()).containsExactly("27958", 2);
        });
    }

    @Test
    void aDistrictUnderTwoProvincesIsAParentMismatch() {
        List<ImportProblem> problems = problems(HEADER
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27958,Xã Đức Lập Hạ,Xã\n"
                + "82,Tỉnh Tiền Giang,802,Huyện Đức Hòa,Huyện,27961,Xã Tân Phú,Xã\n");
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "import.error.parentMismatch"));
    }

    @Test
    void aMissingParentCodeIsReportedByRow() {
        List<ImportProblem> problems = problems(HEADER
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27958,Xã Đức Lập Hạ,Xã\n"
                + "80,Tỉnh Long An,,Huyện Đức Hòa,Huyện,27961,Xã Tân Phú,Xã\n");
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(Tuple.tuple(3, "import.error.missingParent"));
    }

    @Test
    void aFileSavedInALegacyVietnameseEncodingIsRefusedByRow() {
        String text = HEADER + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27958,Xã Đức Lập Hạ,Xã\n";
        byte[] windows1258 = text.getBytes(Charset.forName("windows-1258"));
        assertThatThrownBy(() -> GsoUnitList.parse(windows1258))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::messageKey)
                        .containsExactly(Tuple.tuple(2, "import.error.encoding")));
    }

    @Test
    void badRowsAreAllReportedNotJustTheFirst() {
        List<ImportProblem> problems = problems(HEADER
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27958\n"
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27A61,Xã Tân Phú,Xã\n"
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Huyện,27964,<script>alert(1)</script>,Xã\n"
                + "80,Tỉnh Long An,802,Huyện Đức Hòa,Làng,27967,Xã Đức Hòa Thượng,Xã\n");
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                Tuple.tuple(2, "import.error.columnCount"),
                Tuple.tuple(3, "import.error.badCode"),
                Tuple.tuple(4, "import.error.badName"),
                Tuple.tuple(5, "import.error.badType"));
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThat(problems("")).extracting(ImportProblem::messageKey).containsExactly("import.error.empty");
        assertThat(problems(HEADER)).extracting(ImportProblem::messageKey).containsExactly("import.error.noRows");
    }

    private static List<ImportProblem> problems(String csv) {
        try {
            GsoUnitList.parse(csv.getBytes(StandardCharsets.UTF_8));
        } catch (ImportRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }
}
