package vn.gov.bluezone.compliance;

import java.util.List;

/**
 * What the rules look at for one unit on one day: its figures, and its reports of the last seven
 * days, oldest first (a missing day is a report with {@code submitted = false}).
 */
public record UnitRecord(
        long cumulative,
        long denominator,
        long population,
        long paceInstalls,
        List<Day> lastSevenDays,
        boolean earlierApprovedRemind) {

    /** One day of the unit's reporting. */
    public record Day(boolean submitted, boolean late, long cumulative, boolean workEmpty, boolean aboveLimits,
            boolean jump) {

        public static Day missing() {
            return new Day(false, false, 0, true, false, false);
        }
    }
}
