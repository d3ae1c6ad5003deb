package vn.gov.bluezone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataScopeTest {

    @Test
    void aScopeCoversItsUnitAndItsSubtreeOnly() {
        DataScope district = new DataScope("/80/802/");
        assertThat(district.covers("/80/802/")).isTrue();
        assertThat(district.covers("/80/802/27958/")).isTrue();
        assertThat(district.covers("/80/803/27991/")).isFalse();
        assertThat(district.covers("/80/")).isFalse();
        // a sibling whose code starts with the same digits is not inside
        assertThat(new DataScope("/80/80/").covers("/80/802/")).isFalse();
    }

    @Test
    void everythingCoversAllAndNothingCoversNone() {
        assertThat(DataScope.EVERYTHING.covers("/06/058/")).isTrue();
        assertThat(DataScope.NOTHING.covers("/80/")).isFalse();
        assertThat(DataScope.NOTHING.likePattern()).doesNotContain("%");
        assertThat(new DataScope("/80/").likePattern()).isEqualTo("/80/%");
    }

    @Test
    void theUnitCodeIsTheLastPartOfThePath() {
        assertThat(new DataScope("/80/802/27958/").unitCode()).isEqualTo("27958");
        assertThat(new DataScope("/80/").unitCode()).isEqualTo("80");
        assertThat(DataScope.EVERYTHING.unitCode()).isNull();
        assertThat(DataScope.NOTHING.unitCode()).isNull();
    }

    @Test
    void malformedPathsAreRejected() {
        assertThatThrownBy(() -> new DataScope("/80")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataScope(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
