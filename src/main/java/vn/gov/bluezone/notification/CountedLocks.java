package vn.gov.bluezone.notification;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The scheduled jobs' lock provider, counted: each turn of a job either takes its lock and runs
 * ({@code portal.jobs.runs}, timed until the lock is released) or finds another node holding it and
 * skips ({@code portal.jobs.skips}), by job name. On one node a skip means the previous run has not
 * released its lock yet; across nodes, skips are the other nodes' turns.
 */
final class CountedLocks implements LockProvider {

    private final LockProvider locks;
    private final MeterRegistry meters;

    CountedLocks(LockProvider locks, MeterRegistry meters) {
        this.locks = locks;
        this.meters = meters;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        String job = configuration.getName();
        Optional<SimpleLock> lock = locks.lock(configuration);
        if (lock.isEmpty()) {
            Counter.builder("portal.jobs.skips").description("Scheduled job turns skipped: the lock was held")
                    .tag("job", job).register(meters).increment();
            return lock;
        }
        Timer.Sample started = Timer.start(meters);
        SimpleLock held = lock.get();
        return Optional.of(new SimpleLock() {
            @Override
            public void unlock() {
                try {
                    held.unlock();
                } finally {
                    started.stop(Timer.builder("portal.jobs.runs").description("Scheduled job runs, until the lock is released")
                            .tag("job", job).register(meters));
                }
            }

            @Override
            public Optional<SimpleLock> extend(Duration lockAtMostFor, Duration lockAtLeastFor) {
                return held.extend(lockAtMostFor, lockAtLeastFor);
            }
        });
    }
}
