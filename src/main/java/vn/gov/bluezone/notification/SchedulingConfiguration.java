package vn.gov.bluezone.notification;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import java.net.InetAddress;
import java.net.UnknownHostException;

import vn.gov.bluezone.shared.DatabaseErrors;

/**
 * Scheduled jobs (mail delivery, reminders), each under a ShedLock lock in the shared database so
 * that several application nodes run it once. {@code portal.scheduling.enabled=false} turns them
 * off (the tests run the jobs themselves on the injected clock).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    /**
     * Locks on the database's clock, so nodes with skewed clocks agree. The database product is named
     * from the URL rather than detected, because detection on the first use fails if the database
     * is down at that moment. The lock row says which node holds it (host and process). Counted for
     * monitoring ({@link CountedLocks}).
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${spring.datasource.url}") String url,
            MeterRegistry meters) {
        JdbcTemplateLockProvider.Configuration.Builder builder = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime()
                .withLockedByValue(ProcessHandle.current().pid() + "@" + hostName());
        if (url.startsWith("jdbc:mariadb:")) {
            builder.withDatabaseProduct(DatabaseProduct.MARIA_DB);
        } else if (url.startsWith("jdbc:h2:")) {
            builder.withDatabaseProduct(DatabaseProduct.H2);
        }
        return new CountedLocks(new JdbcTemplateLockProvider(builder.build()), meters);
    }

    /**
     * The jobs' scheduler. A run that fails because the database is down (the lock itself cannot be
     * taken) is one warning line, not a stack trace every few seconds; the job runs again on its
     * next turn once the database is back.
     */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("portal-jobs-");
        scheduler.setErrorHandler(error -> {
            if (DatabaseErrors.unavailable(error)) {
                log.warn("Scheduled job skipped, database unavailable: {}", error.toString());
            } else {
                log.error("Scheduled job failed", error);
            }
        });
        return scheduler;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Enabled {
    }
}
