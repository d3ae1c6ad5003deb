package vn.gov.bluezone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * One Spring context for every database-backed test: MariaDB when {@code SPRING_DATASOURCE_URL}
 * points at it (CI), otherwise an in-memory H2 in MariaDB mode; the Long An demo data and demo
 * accounts loaded; a clock the test can move; SMTP on GreenMail's test port and no scheduled jobs
 * (tests run the jobs themselves).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:portal-test;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "portal.demo.enabled=true",
        // Long An 2020 alone: the tests written against it create campaigns on it today
        "portal.demo.current-units=false",
        "vaadin.launch-browser=false",
        // mail goes to GreenMail's SMTP port; only the mail tests start GreenMail and run the sender
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "portal.scheduling.enabled=false"
})
@Import({TestClockConfiguration.class, AsUser.class, ReportFixtures.class})
public @interface PortalSpringTest {
}
