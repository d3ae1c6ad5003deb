package vn.gov.bluezone.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitLevelTest {

    @Test
    void aCommuneMaySitUnderADistrictOrDirectlyUnderAProvince() {
        assertThat(UnitLevel.COMMUNE.mayHaveParent(UnitLevel.DISTRICT)).isTrue();
        assertThat(UnitLevel.COMMUNE.mayHaveParent(UnitLevel.PROVINCE)).isTrue();
        assertThat(UnitLevel.COMMUNE.mayHaveParent(null)).isFalse();
        assertThat(UnitLevel.DISTRICT.mayHaveParent(UnitLevel.PROVINCE)).isTrue();
        assertThat(UnitLevel.DISTRICT.mayHaveParent(UnitLevel.DISTRICT)).isFalse();
        assertThat(UnitLevel.PROVINCE.mayHaveParent(null)).isTrue();
        assertThat(UnitLevel.PROVINCE.mayHaveParent(UnitLevel.PROVINCE)).isFalse();
    }

    @Test
    void typesComeFromTheNamePrefix() {
        assertThat(UnitLevel.DISTRICT.typeFromName("Thị xã Kiến Tường")).isEqualTo("Thị xã");
        assertThat(UnitLevel.COMMUNE.typeFromName("Thị trấn Hậu Nghĩa")).isEqualTo("Thị trấn");
        assertThat(UnitLevel.COMMUNE.typeFromName("Phường 5")).isEqualTo("Phường");
        assertThat(UnitLevel.PROVINCE.typeFromName("Tỉnh Long An")).isEqualTo("Tỉnh");
        assertThat(UnitLevel.COMMUNE.typeFromName("Ấp Bắc")).isNull();
    }

    @Test
    void pathsAndDepthFollowTheParent() {
        AdministrativeUnit province = new AdministrativeUnit("80", "Tỉnh Long An", "Tỉnh", UnitLevel.PROVINCE, null, null);
        AdministrativeUnit district = new AdministrativeUnit("802", "Huyện Đức Hòa", "Huyện", UnitLevel.DISTRICT, province, null);
        AdministrativeUnit commune = new AdministrativeUnit("27958", "Xã Đức Lập Hạ", "Xã", UnitLevel.COMMUNE, district, null);
        AdministrativeUnit direct = new AdministrativeUnit("27961", "Xã Tân Phú", "Xã", UnitLevel.COMMUNE, province, null);
        assertThat(commune.getPath()).isEqualTo("/80/802/27958/");
        assertThat(commune.getDepth()).isEqualTo(3);
        assertThat(direct.getPath()).isEqualTo("/80/27961/");
        assertThat(direct.getDepth()).isEqualTo(2);
    }
}
