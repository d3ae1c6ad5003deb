package vn.gov.bluezone.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How the mail outbox stands, for operators: messages waiting, messages given up, and the age of
 * the oldest one waiting. One statement over the outbox's status index, read at most every
 * {@link #FRESH} whoever asks (the health check, each Prometheus scrape), so monitoring costs the
 * database nothing worth measuring.
 * <p>
 * As a health indicator ("outbox": the bean name less "HealthIndicator"; in the readiness group): UP; DEGRADED (answered with 200, so a
 * load balancer keeps the node) when the oldest waiting message is older than
 * {@code portal.mail.backlog-warning} (default 30 minutes: mail is not going out, the node still
 * serves); DOWN only when the outbox cannot be read. Without a mail server configured, messages
 * wait by design for the administrator to read them (the embedded demo), and the outbox is UP.
 */
@Component("outboxHealthIndicator")
class OutboxBacklog implements HealthIndicator {

    /**
     * A status between UP and DOWN: the node serves, something needs an operator's eye. No
     * description, which the public answer would show: it says the status alone.
     */
    static final Status DEGRADED = new Status("DEGRADED");
    static final Duration FRESH = Duration.ofSeconds(10);

    record Snapshot(long pending, long failed, Duration oldestPending, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration warning;
    private final ObjectProvider<JavaMailSender> mailSender;
    private volatile Snapshot last;

    OutboxBacklog(JdbcTemplate jdbc, Clock clock, MeterRegistry registry, ObjectProvider<JavaMailSender> mailSender,
            @Value("${portal.mail.backlog-warning:PT30M}") Duration warning) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.clock = clock;
        this.warning = warning;
        Gauge.builder("portal.outbox.messages", this, b -> b.snapshot().pending()).tag("status", "pending")
                .description("Mail messages waiting to be sent (new or to be retried)").register(registry);
        Gauge.builder("portal.outbox.messages", this, b -> b.snapshot().failed()).tag("status", "failed")
                .description("Mail messages given up after the last attempt").register(registry);
        Gauge.builder("portal.outbox.oldest.pending", this, b -> b.snapshot().oldestPending().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest mail message waiting").register(registry);
    }

    /** The outbox as read at most {@link #FRESH} ago. */
    Snapshot snapshot() {
        Snapshot known = last;
        Instant now = clock.instant();
        if (known != null && !known.readAt().plus(FRESH).isBefore(now)
                && !known.readAt().isAfter(now)) {
            return known;
        }
        Snapshot read = jdbc.queryForObject("""
                select sum(case when status = 'PENDING' then 1 else 0 end) pending,
                       sum(case when status = 'FAILED' then 1 else 0 end) failed,
                       min(case when status = 'PENDING' then created_at end) oldest
                from outbox_message where status in ('PENDING', 'FAILED')
                """, (rs, n) -> {
            LocalDateTime oldest = rs.getObject("oldest", LocalDateTime.class);
            return new Snapshot(rs.getLong("pending"), rs.getLong("failed"),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(ZoneOffset.UTC), now).abs(), now);
        });
        last = read;
        return read;
    }

    @Override
    public Health health() {
        Snapshot backlog = snapshot();
        // without a mail server messages wait by design, for the administrator to read (the demo)
        boolean delivering = mailSender.getIfAvailable() != null;
        Health.Builder health = delivering && backlog.oldestPending().compareTo(warning) > 0 ? Health.status(DEGRADED)
                : Health.up();
        return health.withDetail("mailServer", delivering ? "configured" : "not configured")
                .withDetail("pending", backlog.pending()).withDetail("failed", backlog.failed())
                .withDetail("oldestPendingSeconds", backlog.oldestPending().toSeconds())
                .withDetail("warningAfterSeconds", warning.toSeconds()).build();
    }
}
