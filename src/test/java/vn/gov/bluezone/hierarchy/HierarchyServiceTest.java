package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.VietnameseText;

@PortalSpringTest
class HierarchyServiceTest {

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    UnitImportService importer;

    @Test
    @WithUserDetails("huyen.duchoa")
    void aDistrictOfficerSeesExactlyTheTwentyCommunesOfDucHoaInVietnameseOrder() {
        List<UnitSummary> communes = hierarchy.browse(new UnitFilter(null, UnitLevel.COMMUNE), PageRequest.of(0, 100))
                .getContent();
        assertThat(communes).hasSize(20).allSatisfy(c -> assertThat(c.parentName()).isEqualTo("Huyện Đức Hòa"));
        assertThat(communes).extracting(UnitSummary::name)
                .isSortedAccordingTo(Comparator.comparing(VietnameseText::sortKey))
                .contains("Thị trấn Hậu Nghĩa", "Xã Đức Lập Hạ", "Xã Hựu Thạnh");
        // "Xã Đức …" sorts after "Xã Hựu …"? No: Đ comes right after D, before H.
        assertThat(communes.stream().map(UnitSummary::name).toList().indexOf("Xã Đức Lập Hạ"))
                .isLessThan(communes.stream().map(UnitSummary::name).toList().indexOf("Xã Hựu Thạnh"));
        assertThat(hierarchy.count(UnitFilter.ALL)).isEqualTo(21);
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void searchWorksWithoutDiacriticsAndStaysInScope() {
        assertThat(hierarchy.browse(new UnitFilter("duc lap", null), PageRequest.of(0, 10)).getContent())
                .extracting(UnitSummary::name).containsExactly("Xã Đức Lập Hạ", "Xã Đức Lập Thượng");
        // Bến Lức communes exist but are outside Đức Hòa
        assertThat(hierarchy.browse(new UnitFilter("Ben Luc", null), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(hierarchy.browse(new UnitFilter("%", null), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aUnitOutsideTheScopeLooksLikeNoUnitAtAll() {
        long benLuc = idOf("803");
        assertThatThrownBy(() -> hierarchy.get(benLuc)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> hierarchy.get(Long.MAX_VALUE)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> hierarchy.getByCode("80")).isInstanceOf(OutOfScopeException.class);
        assertThat(hierarchy.getByCode("27958").name()).isEqualTo("Xã Đức Lập Hạ");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void theProvinceSeesAllOfLongAnWithCensusPopulations() {
        assertThat(hierarchy.count(new UnitFilter(null, UnitLevel.COMMUNE))).isEqualTo(188);
        assertThat(hierarchy.count(new UnitFilter(null, UnitLevel.DISTRICT))).isEqualTo(15);
        UnitSummary province = hierarchy.getByCode("80");
        assertThat(province.population()).isEqualTo(1_688_547L);
        assertThat(hierarchy.getByCode("802").population()).isEqualTo(315_711L);
        assertThat(hierarchy.getByCode("802").populationSource()).contains("2019");
    }

    @Test
    @WithUserDetails("admin")
    void importingTheSameFileAgainChangesNothing() {
        byte[] longAn = TestUnits.resource("reference/long-an-2020.csv").getBytes(StandardCharsets.UTF_8);
        UnitImportResult again = importer.importGsoList("long-an-2020.csv", longAn);
        assertThat(again).isEqualTo(new UnitImportResult(0, 0, 204, 0));
        assertThat(hierarchy.getByCode("802").population()).isEqualTo(315_711L);
    }

    @Test
    @WithUserDetails("admin")
    void aFileWithOneBadRowStoresNothingAtAll() {
        String camau = new String(TestUnits.province("96"), StandardCharsets.UTF_8);
        long before = hierarchy.count(UnitFilter.ALL);
        byte[] broken = (camau + "96,Tỉnh Cà Mau,964,Huyện Thới Bình,,12A45,Xã Lỗi,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importGsoList("camau.csv", broken))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(camau.lines().count() + 1)));
        assertThat(hierarchy.count(UnitFilter.ALL)).isEqualTo(before);
        assertThatThrownBy(() -> hierarchy.getByCode("96")).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    @WithUserDetails("admin")
    void aStoredUnitCannotBeMovedToAnotherParentByAFile() {
        String moved = "province_code,province_name,district_code,district_name,commune_code,commune_name\n"
                + "80,Tỉnh Long An,803,Huyện Bến Lức,27958,Xã Đức Lập Hạ\n";
        assertThatThrownBy(() -> importer.importGsoList("moved.csv", moved.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.row()).isEqualTo(2);
                            assertThat(p.messageKey()).isEqualTo("import.error.storedParentMismatch");
                        }));
        assertThat(hierarchy.getByCode("27958").parentCode()).isEqualTo("802");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void onlyTheAdministratorImports() {
        byte[] longAn = TestUnits.resource("reference/long-an-2020.csv").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importGsoList("x.csv", longAn))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String code) {
        return SystemAccess.runAsSystem(() -> hierarchy.getByCode(code).id());
    }
}
