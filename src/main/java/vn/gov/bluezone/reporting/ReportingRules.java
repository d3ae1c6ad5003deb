package vn.gov.bluezone.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import vn.gov.bluezone.shared.PortalTime;

/**
 * The arithmetic of the campaign, in one place and free of any framework: the cut-off instant of a
 * day in Asia/Ho_Chi_Minh, the status of a commune-day, and the target pace.
 */
public final class ReportingRules {

    private ReportingRules() {
    }

    /** The instant of the cut-off of {@code day}, e.g. 15:00 in Hanoi = 08:00 UTC. */
    public static Instant cutoff(LocalDate day, LocalTime cutoffTime) {
        return day.atTime(cutoffTime).atZone(PortalTime.ZONE).toInstant();
    }

    /**
     * On time when first submitted at or before the cut-off (15:00:00 is on time, 15:00:01 late);
     * without a submission, pending until the cut-off and missing after it.
     */
    public static DayStatus status(LocalDate day, LocalTime cutoffTime, Instant firstSubmittedAt, Instant now) {
        Instant cutoff = cutoff(day, cutoffTime);
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isAfter(cutoff) ? DayStatus.LATE : DayStatus.ON_TIME;
        }
        return now.isAfter(cutoff) ? DayStatus.MISSING : DayStatus.PENDING;
    }

    /**
     * The installs the target pace asks for on {@code day}: linear from the installs at the start
     * to target percent of the denominator on the target date, and the target itself afterwards.
     */
    public static long paceInstalls(LocalDate start, LocalDate target, LocalDate day, long installsAtStart,
            long denominator, BigDecimal targetPercent) {
        long goal = BigDecimal.valueOf(denominator).multiply(targetPercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
        if (!day.isAfter(start)) {
            return installsAtStart;
        }
        if (!day.isBefore(target)) {
            return goal;
        }
        long total = ChronoUnit.DAYS.between(start, target);
        long elapsed = ChronoUnit.DAYS.between(start, day);
        return installsAtStart + BigDecimal.valueOf(goal - installsAtStart).multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), 0, RoundingMode.CEILING).longValueExact();
    }

    /** Whether a day's new installs exceed the campaign's jump threshold (percent of the denominator). */
    public static boolean isJump(long newInstalls, long denominator, BigDecimal jumpPercent) {
        return BigDecimal.valueOf(newInstalls).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(denominator).multiply(jumpPercent)) > 0;
    }
}
