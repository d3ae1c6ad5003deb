package vn.gov.bluezone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.MutableClock;

/** The rule of the per-address throttle, on a clock the test moves. */
class SignInThrottleTest {

    private final MutableClock clock = MutableClock.systemNow();
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void anAddressIsHeldBackAtTheLimitUntilTheWindowHasPassed() {
        Instant first = clock.instant();
        assertThat(throttle.recordFailure("203.0.113.5")).isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.recordFailure("203.0.113.5")).isFalse();
        assertThat(throttle.isThrottled("203.0.113.5")).isFalse();
        assertThat(throttle.recordFailure("203.0.113.5")).as("the failure that reaches the limit").isTrue();
        assertThat(throttle.isThrottled("203.0.113.5")).isTrue();
        assertThat(throttle.throttledUntil("203.0.113.5")).isEqualTo(first.plus(Duration.ofMinutes(15)));
        assertThat(throttle.recordFailure("203.0.113.5")).as("reported once, not at every later failure").isFalse();
        // other addresses are not affected
        assertThat(throttle.isThrottled("203.0.113.6")).isFalse();
        assertThat(throttle.throttledUntil("203.0.113.6")).isNull();

        clock.set(first.plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(throttle.isThrottled("203.0.113.5")).isTrue();
        clock.set(first.plus(Duration.ofMinutes(15)));
        assertThat(throttle.isThrottled("203.0.113.5")).isFalse();
        assertThat(throttle.recordFailure("203.0.113.5")).as("a new window starts from one").isFalse();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        throttle.recordFailure("2001:db8:1:2::1");
        throttle.recordFailure("2001:db8:1:2:aaaa::2");
        throttle.recordFailure("2001:0db8:0001:0002:ffff:ffff:ffff:ffff");
        assertThat(throttle.isThrottled("2001:db8:1:2::99")).isTrue();
        assertThat(throttle.isThrottled("2001:db8:1:3::1")).isFalse();
        assertThat(SignInThrottle.key("2001:db8:1:2::1")).isEqualTo(SignInThrottle.key("2001:db8:1:2:ffff::"));
        assertThat(SignInThrottle.key(null)).isEqualTo("unknown");
    }
}
