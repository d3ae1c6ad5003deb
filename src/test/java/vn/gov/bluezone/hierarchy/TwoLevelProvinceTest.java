package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.identity.AccountService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.ValidationException;

/**
 * The post-2025 model, province → commune, with no code change: Tỉnh Bắc Kạn's real communes put
 * directly under the province. Users, scope and browsing work as in the three-level Long An.
 */
@PortalSpringTest
class TwoLevelProvinceTest {

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    UnitImportService importer;

    @Autowired
    UserAdminService users;

    @Autowired
    AccountService accounts;

    @Autowired
    AsUser as;

    @Test
    void aTwoLevelProvinceWorksEndToEnd() {
        byte[] bacKan = TestUnits.provinceAsTwoLevels("06");
        long communes = new String(bacKan, StandardCharsets.UTF_8).lines().count() - 1;
        SystemAccess.runAsSystem(() -> importer.importGsoList("bac-kan-2-levels.csv", bacKan));

        UnitSummary province = SystemAccess.runAsSystem(() -> hierarchy.getByCode("06"));
        UnitSummary commune = SystemAccess.runAsSystem(() -> hierarchy.browse(
                new UnitFilter(null, UnitLevel.COMMUNE), PageRequest.of(0, 1000)).stream()
                .filter(c -> c.path().startsWith("/06/")).findFirst().orElseThrow());
        assertThat(commune.path()).isEqualTo("/06/" + commune.code() + "/");
        assertThat(commune.parentCode()).isEqualTo("06");

        String officer = "two.level.officer";
        String communeUser = "two.level.commune";
        AtomicReference<String> issued = new AtomicReference<>();
        SystemAccess.runAsSystem(() -> {
            if (users.list(officer, PageRequest.of(0, 1)).isEmpty()) {
                users.createWithPassword(new UserDetailsForm(officer, "Hoàng Văn Cán", null, null,
                        Role.PROVINCE_OFFICER, province.id()), "Bluezone@2025", false);
            }
        });

        as.run(officer, () -> {
            assertThat(hierarchy.count(new UnitFilter(null, UnitLevel.COMMUNE))).isEqualTo(communes);
            assertThat(hierarchy.count(new UnitFilter(null, UnitLevel.DISTRICT))).isZero();
            assertThatThrownBy(() -> hierarchy.getByCode("80")).isInstanceOf(OutOfScopeException.class);
            // the province officer manages commune users directly; a district role has nowhere to sit
            if (users.list(communeUser, PageRequest.of(0, 1)).isEmpty()) {
                issued.set(users.create(new UserDetailsForm(communeUser, "Đinh Thị Xã", null, null,
                        Role.COMMUNE_OFFICER, commune.id())).temporaryPassword());
            }
            assertThatThrownBy(() -> users.create(new UserDetailsForm("two.level.district", "Không Có Huyện", null,
                    null, Role.DISTRICT_OFFICER, commune.id())))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("role", "user.error.roleLevel"));
        });

        if (issued.get() != null) {
            // the issued password opens nothing until the commune officer has chosen their own
            assertThatThrownBy(() -> as.run(communeUser, () -> hierarchy.browse(UnitFilter.ALL, PageRequest.of(0, 10))))
                    .isInstanceOf(AccessDeniedException.class);
            as.run(communeUser, () -> accounts.changePassword(issued.get(), "Bac-Kan-2025", "Bac-Kan-2025"));
        }
        as.run(communeUser, () -> {
            List<UnitSummary> visible = hierarchy.browse(UnitFilter.ALL, PageRequest.of(0, 10)).getContent();
            assertThat(visible).extracting(UnitSummary::code).containsExactly(commune.code());
        });
    }
}
