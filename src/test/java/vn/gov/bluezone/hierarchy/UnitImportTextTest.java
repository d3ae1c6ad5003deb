package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditEntry;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * A GSO unit list whose names are decomposed and whose cells carry control, bidirectional and
 * zero-width characters is stored composed and clean, and found by a search typed the same way
 * (decision 0016).
 */
@PortalSpringTest
class UnitImportTextTest {

    @Autowired
    UnitImportService importer;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AuditLog auditLog;

    @Test
    void decomposedNamesAndInvisibleCharactersAreStoredCleanAndComposed() {
        String csv = "province_code,province_name,district_code,district_name,commune_code,commune_name\u200B\n"
                + "12," + nfd("Tỉnh Lai Châu") + "\u0000,105,\uFEFF" + nfd("Thành phố Lai Châu") + ",03386\u200B,"
                + "\"" + nfd("Phường Quyết\tThắng") + "\u202E\"\r\n"
                + "12," + nfd("Tỉnh Lai Châu") + ",105," + nfd("Thành phố Lai Châu") + ",\u206603387\u2069,"
                + nfd("Phường Tân") + "\u001B " + nfd("Phong") + "\u200F\n";
        UnitImportResult result = SystemAccess.runAsSystem(
                () -> importer.importGsoList("lai-chau-\u202Evsc.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.created() + result.updated() + result.unchanged()).isEqualTo(4);

        SystemAccess.runAsSystem(() -> {
            assertThat(hierarchy.getByCode("12").name()).isEqualTo("Tỉnh Lai Châu");
            UnitSummary district = hierarchy.getByCode("105");
            assertThat(district.name()).isEqualTo("Thành phố Lai Châu");
            assertThat(district.type()).isEqualTo("Thành phố");
            UnitSummary quyetThang = hierarchy.getByCode("03386");
            assertThat(quyetThang.name()).isEqualTo("Phường Quyết Thắng");
            assertThat(quyetThang.type()).isEqualTo("Phường");
            assertThat(quyetThang.path()).isEqualTo("/12/105/03386/");
            assertThat(hierarchy.getByCode("03387").name()).isEqualTo("Phường Tân Phong");
            // a search box typed decomposed, with an invisible character, finds the composed name
            assertThat(hierarchy.browse(new UnitFilter(nfd("quyết thắng") + "\u200B", null), PageRequest.of(0, 10))
                    .getContent()).extracting(UnitSummary::code).containsExactly("03386");
            // the file's name in the audit log reads as it is
            assertThat(auditLog.search(null, AuditAction.UNIT_IMPORTED, null, PageRequest.of(0, 100)).getContent())
                    .extracting(AuditEntry::getTarget).contains("lai-chau-vsc.csv")
                    .noneMatch(target -> target.contains("\u202E"));
        });
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
