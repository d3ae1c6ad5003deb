package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.shared.Caller;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.DataScope;
import vn.gov.bluezone.shared.SystemAccess;

/** Who {@link Callers#current()} says is calling, for each role, nobody and the system. */
@PortalSpringTest
class CallerTest {

    static final String DUC_LAP_HA = "/80/802/27958/";
    static final String TAN_PHU = "/80/802/27961/";
    static final String BEN_LUC = "/80/803/";

    @Autowired
    Callers callers;
    @Autowired
    AsUser as;

    @Test
    void eachRoleIsItsNamesRoleUnitAndScope() {
        assertThat(as.call("admin", callers::current))
                .isEqualTo(new Caller("admin", "Quản trị hệ thống", "ADMIN", null, DataScope.EVERYTHING, false));
        assertThat(as.call("tinh.lanhdao", callers::current))
                .isEqualTo(new Caller("tinh.lanhdao", "Trần Văn Lãnh", "PROVINCE_CHAIR", "80", new DataScope("/80/"), false));
        assertThat(as.call("tinh.sotttt", callers::current))
                .isEqualTo(new Caller("tinh.sotttt", "Nguyễn Thị Thông", "PROVINCE_OFFICER", "80", new DataScope("/80/"), false));
        assertThat(as.call("huyen.duchoa", callers::current))
                .isEqualTo(new Caller("huyen.duchoa", "Lê Văn Hòa", "DISTRICT_OFFICER", "802", new DataScope("/80/802/"), false));
        assertThat(as.call("xa.duclapha", callers::current))
                .isEqualTo(new Caller("xa.duclapha", "Phạm Thị Lập", "COMMUNE_OFFICER", "27958", new DataScope(DUC_LAP_HA), false));
    }

    @Test
    void eachCallerCoversItsOwnPartOfTheTreeOnly() {
        Caller commune = as.call("xa.duclapha", callers::current);
        assertThat(commune.covers(DUC_LAP_HA)).isTrue();
        assertThat(commune.isOwnUnit(DUC_LAP_HA)).isTrue();
        assertThat(commune.covers(TAN_PHU)).isFalse();
        assertThat(commune.covers("/80/802/")).isFalse();

        Caller district = as.call("huyen.duchoa", callers::current);
        assertThat(district.covers(DUC_LAP_HA)).isTrue();
        assertThat(district.covers(TAN_PHU)).isTrue();
        assertThat(district.isOwnUnit(DUC_LAP_HA)).isFalse();
        assertThat(district.isOwnUnit("/80/802/")).isTrue();
        assertThat(district.covers(BEN_LUC)).isFalse();

        Caller province = as.call("tinh.sotttt", callers::current);
        assertThat(province.covers(BEN_LUC)).isTrue();
        assertThat(province.covers("/82/")).isFalse();

        Caller admin = as.call("admin", callers::current);
        assertThat(admin.covers("/82/")).isTrue();
        assertThat(admin.isOwnUnit("/")).isFalse();
        assertThat(admin.hasRole("ADMIN")).isTrue();
        assertThat(admin.isSystem()).isFalse();
    }

    @Test
    void nobodySignedInIsAnonymousAndCoversNothing() {
        Caller nobody = callers.current();
        assertThat(nobody).isEqualTo(Caller.anonymous());
        assertThat(nobody.isAnonymous()).isTrue();
        assertThat(nobody.isSystem()).isFalse();
        assertThat(nobody.role()).isNull();
        assertThat(nobody.covers(DUC_LAP_HA)).isFalse();
        assertThat(nobody.covers("/")).isFalse();
    }

    @Test
    void theSystemCoversEverythingAndTheUserComesBackAfterwards() {
        Caller inside = as.call("xa.duclapha", () -> SystemAccess.runAsSystem(callers::current));
        assertThat(inside).isEqualTo(Caller.system());
        assertThat(inside.isSystem()).isTrue();
        assertThat(inside.userName()).isEqualTo(SystemAccess.SYSTEM_USER);
        assertThat(inside.hasRole("ADMIN")).isTrue();
        assertThat(inside.covers(DUC_LAP_HA)).isTrue();
        assertThat(inside.covers("/82/")).isTrue();

        Caller afterwards = as.call("xa.duclapha", () -> {
            SystemAccess.runAsSystem(() -> { });
            return callers.current();
        });
        assertThat(afterwards.userName()).isEqualTo("xa.duclapha");
        assertThat(afterwards.isSystem()).isFalse();
        assertThat(callers.current().isAnonymous()).isTrue();
    }
}
