package vn.gov.bluezone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class VietnameseFormatsTest {

    @Test
    void theDispatchBaselineIsElevenPercentNotOne() {
        assertThat(VietnameseFormats.count(187_315)).isEqualTo("187.315");
        assertThat(VietnameseFormats.count(1_688_547)).isEqualTo("1.688.547");
        assertThat(VietnameseFormats.percent(187_315, 1_688_547)).isEqualTo("11,09 %");
        assertThat(VietnameseFormats.percent(187_315, 1_688_547, Locale.forLanguageTag("vi-VN"))).isEqualTo("11,09 %");
        assertThat(VietnameseFormats.percent(187_315, 1_688_547, Locale.ENGLISH)).isEqualTo("11.09%");
        // the English UI groups digits the English way
        assertThat(VietnameseFormats.count(396_296, Locale.ENGLISH)).isEqualTo("396,296");
        assertThat(VietnameseFormats.count(396_296, Locale.forLanguageTag("vi-VN"))).isEqualTo("396.296");
        assertThat(VietnameseFormats.count(396_296, null)).isEqualTo("396.296");
    }

    @Test
    void percentOfNothingIsADashNotADivisionByZero() {
        assertThat(VietnameseFormats.percent(5, 0)).isEqualTo("—");
        assertThat(VietnameseFormats.percent(1, 3)).isEqualTo("33,33 %");
        assertThat(VietnameseFormats.percent(2_000_000, 1_000_000)).isEqualTo("200,00 %");
    }

    @Test
    void datesAreDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseFormats.date(LocalDate.of(2020, 8, 7))).isEqualTo("07/08/2020");
    }

    @Test
    void instantsAreShownInVietnamTimeWhateverTheServerZone() {
        // 08:00 UTC is 15:00 in Hanoi; the surefire JVM runs in UTC.
        assertThat(VietnameseFormats.dateTime(Instant.parse("2020-08-17T08:00:00Z"))).isEqualTo("17/08/2020 15:00:00");
        assertThat(VietnameseFormats.dateTime(Instant.parse("2020-08-17T17:30:00Z"))).isEqualTo("18/08/2020 00:30:00");
    }
}
