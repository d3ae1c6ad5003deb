package vn.gov.bluezone.compliance;

import java.time.LocalDate;

/**
 * How a reprimanded unit has done since the dispatch: its figure and pace on the board day the
 * proposal came from and on the day shown. It has improved when it is at or above the pace now, or
 * closer to the pace (as a share of it) than it was.
 */
public record FollowUp(String dispatchReference, LocalDate dispatchOn, ReprimandLevel level, long cumulativeThen,
        long paceThen, long cumulativeNow, long paceNow) {

    public long installsSince() {
        return cumulativeNow - cumulativeThen;
    }

    /** The figure as a percentage of the pace, then and now. */
    public double paceShareThen() {
        return share(cumulativeThen, paceThen);
    }

    public double paceShareNow() {
        return share(cumulativeNow, paceNow);
    }

    public boolean improved() {
        return cumulativeNow >= paceNow || paceShareNow() > paceShareThen();
    }

    private static double share(long part, long whole) {
        return whole <= 0 ? 100 : 100.0 * part / whole;
    }
}
