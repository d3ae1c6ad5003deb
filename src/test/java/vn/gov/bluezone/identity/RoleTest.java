package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.hierarchy.UnitLevel;

class RoleTest {

    @Test
    void eachRoleFitsExactlyOneLevel() {
        assertThat(Role.PROVINCE_CHAIR.fits(UnitLevel.PROVINCE)).isTrue();
        assertThat(Role.PROVINCE_OFFICER.fits(UnitLevel.DISTRICT)).isFalse();
        assertThat(Role.DISTRICT_OFFICER.fits(UnitLevel.DISTRICT)).isTrue();
        assertThat(Role.DISTRICT_OFFICER.fits(UnitLevel.COMMUNE)).isFalse();
        assertThat(Role.COMMUNE_OFFICER.fits(UnitLevel.COMMUNE)).isTrue();
        assertThat(Role.ADMIN.fits(null)).isTrue();
        assertThat(Role.ADMIN.fits(UnitLevel.PROVINCE)).isFalse();
    }

    @Test
    void delegationGoesDownwardOnly() {
        assertThat(Role.ADMIN.manages()).containsExactlyInAnyOrder(Role.values());
        assertThat(Role.PROVINCE_OFFICER.manages()).containsExactlyInAnyOrder(Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);
        assertThat(Role.DISTRICT_OFFICER.manages()).containsExactly(Role.COMMUNE_OFFICER);
        assertThat(Role.PROVINCE_CHAIR.manages()).isEmpty();
        assertThat(Role.COMMUNE_OFFICER.manages()).isEmpty();
    }

    @Test
    void passwordPolicy() {
        assertThat(PasswordPolicy.problem("short1", "x")).isEqualTo("password.error.tooShort");
        assertThat(PasswordPolicy.problem("onlyletterslong", "x")).isEqualTo("password.error.letterAndDigit");
        assertThat(PasswordPolicy.problem("huyen.duchoa2020", "huyen.duchoa")).isEqualTo("password.error.containsUsername");
        assertThat(PasswordPolicy.problem("Bluezone@2020", "huyen.duchoa")).isNull();
        String temporary = PasswordPolicy.temporaryPassword();
        assertThat(PasswordPolicy.problem(temporary, "someone")).isNull();
        assertThat(temporary).isNotEqualTo(PasswordPolicy.temporaryPassword());
    }
}
