package vn.gov.bluezone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * The second test context: the demo as shipped, Long An as in 2020 (its units ended on 1/7/2025)
 * with campaign 4937 as history, and Tây Ninh as in force since 1/7/2025 with the live campaign and
 * its accounts. Its own database ({@code TODAY_DATASOURCE_URL} on MariaDB in CI, else an in-memory
 * H2), since the dated list ends the units the {@link PortalSpringTest} tests create campaigns on.
 * Tests that need more of today's units (Cao Bằng, the national successor table) load them through
 * {@link TodayUnits}, idempotently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=${TODAY_DATASOURCE_URL:jdbc:h2:mem:portal-today;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        "portal.demo.current-units=true",
        "vaadin.launch-browser=false",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "portal.scheduling.enabled=false"
})
@Import({TestClockConfiguration.class, AsUser.class, ReportFixtures.class, TodayUnits.class})
public @interface TodaySpringTest {
}
