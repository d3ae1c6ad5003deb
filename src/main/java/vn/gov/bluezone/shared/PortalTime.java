package vn.gov.bluezone.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's notion of "now". Every deadline is judged in Asia/Ho_Chi_Minh whatever the server's
 * own zone; code asks the injected {@link Clock}, never {@code LocalDate.now()} without one, so that
 * tests can pin the time.
 */
@Configuration(proxyBeanMethods = false)
public class PortalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock portalClock() {
        return Clock.system(ZONE);
    }
}
