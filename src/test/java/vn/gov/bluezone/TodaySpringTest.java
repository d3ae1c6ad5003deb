package vn.gov.bluezone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * A second Spring context, on its own database, for tests of today's units: a dated unit list
 * (Tây Ninh from 1/7/2025) ends every earlier unit, which the shared context of
 * {@link PortalSpringTest} must not see (its tests run Long An campaigns "today"). MariaDB when
 * {@code TODAY_DATASOURCE_URL} points at it (CI), otherwise an in-memory H2 in MariaDB mode; the
 * demo data loaded (Long An 2020 and its campaigns); the tests import what else they need
 * ({@link TodayUnits}), idempotently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=${TODAY_DATASOURCE_URL:jdbc:h2:mem:portal-today;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        "vaadin.launch-browser=false",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "portal.scheduling.enabled=false"
})
@Import({TestClockConfiguration.class, AsUser.class, ReportFixtures.class, TodayUnits.class})
public @interface TodaySpringTest {
}
