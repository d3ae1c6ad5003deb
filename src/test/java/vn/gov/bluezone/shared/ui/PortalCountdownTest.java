package vn.gov.bluezone.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The countdown element gets the server's seconds left and the bundles' texts as properties. */
class PortalCountdownTest {

    @Test
    void theBrowserGetsTheSecondsLeftAndTheTexts() {
        PortalCountdown countdown = new PortalCountdown();
        countdown.show(Duration.ofSeconds(3725).plusMillis(400), "Còn", "Hạn nộp ngày 13/08/2020: 15:00");
        assertThat(countdown.getElement().getTag()).isEqualTo("portal-countdown");
        assertThat(countdown.getRemainingSeconds()).isEqualTo(3725);
        assertThat(countdown.getElement().getProperty("timePrefix")).isEqualTo("Còn");
        assertThat(countdown.getLabel()).isEqualTo("Hạn nộp ngày 13/08/2020: 15:00");
    }

    @Test
    void aPassedCutoffCountsNothing() {
        PortalCountdown countdown = new PortalCountdown();
        countdown.show(Duration.ofMinutes(-5), "Còn", "Đã quá giờ chốt");
        assertThat(countdown.getRemainingSeconds()).isZero();
        assertThat(countdown.getLabel()).isEqualTo("Đã quá giờ chốt");
    }
}
