package vn.gov.bluezone.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.gov.bluezone.campaign.Thresholds;

/**
 * The compliance rules of the design, with the campaign's thresholds, free of any framework:
 * <ul>
 * <li>LOW_RESULT: coverage below {@code lowResultPacePercent} of the pace, or in the bottom
 * {@code bottomSharePercent} of its level (decided by the caller, who sees the whole level);</li>
 * <li>NOT_SERIOUS: at least {@code missingLimit} missing or {@code lateLimit} late reports in the
 * last 7 days; the cumulative count unchanged over {@code unchangedReports} reports in a row; the
 * campaign-work section empty in {@code emptyWorkReports} reports;</li>
 * <li>DATA_ANOMALY: the cumulative count fell; installs above population or denominator; a jump
 * above the threshold;</li>
 * <li>suggestion: REMIND for one flag; CRITICISE for LOW_RESULT with NOT_SERIOUS, or for any flag
 * after an earlier approved REMIND in the same campaign.</li>
 * </ul>
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static TrafficLight light(long cumulative, long paceInstalls, Thresholds thresholds) {
        if (cumulative >= paceInstalls) {
            return TrafficLight.GREEN;
        }
        return BigDecimal.valueOf(cumulative).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(paceInstalls).multiply(thresholds.lowResultPacePercent())) >= 0
                ? TrafficLight.AMBER : TrafficLight.RED;
    }

    public static Finding assess(UnitRecord unit, boolean bottomOfLevel, Thresholds thresholds) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Finding.Reason> reasons = new ArrayList<>();
        TrafficLight light = light(unit.cumulative(), unit.paceInstalls(), thresholds);

        if (light == TrafficLight.RED) {
            add(flags, reasons, Flag.LOW_RESULT, "compliance.reason.belowPace", thresholds.lowResultPacePercent());
        } else if (bottomOfLevel) {
            add(flags, reasons, Flag.LOW_RESULT, "compliance.reason.bottomOfLevel", thresholds.bottomSharePercent());
        }

        List<UnitRecord.Day> days = unit.lastSevenDays();
        long missing = days.stream().filter(d -> !d.submitted()).count();
        long late = days.stream().filter(d -> d.submitted() && d.late()).count();
        if (missing >= thresholds.missingLimit()) {
            add(flags, reasons, Flag.NOT_SERIOUS, "compliance.reason.missing", missing);
        }
        if (late >= thresholds.lateLimit()) {
            add(flags, reasons, Flag.NOT_SERIOUS, "compliance.reason.late", late);
        }
        if (unchangedRun(days) >= thresholds.unchangedReports()) {
            add(flags, reasons, Flag.NOT_SERIOUS, "compliance.reason.unchanged", thresholds.unchangedReports());
        }
        long emptyWork = days.stream().filter(d -> d.submitted() && d.workEmpty()).count();
        if (emptyWork >= thresholds.emptyWorkReports()) {
            add(flags, reasons, Flag.NOT_SERIOUS, "compliance.reason.emptyWork", emptyWork);
        }

        if (fell(days)) {
            add(flags, reasons, Flag.DATA_ANOMALY, "compliance.reason.fell");
        }
        if (unit.cumulative() > unit.population() || unit.cumulative() > unit.denominator()
                || days.stream().anyMatch(d -> d.submitted() && d.aboveLimits())) {
            add(flags, reasons, Flag.DATA_ANOMALY, "compliance.reason.aboveLimits");
        }
        if (days.stream().anyMatch(d -> d.submitted() && d.jump())) {
            add(flags, reasons, Flag.DATA_ANOMALY, "compliance.reason.jump", thresholds.jumpPercent());
        }

        Suggestion suggestion;
        if (flags.isEmpty()) {
            suggestion = Suggestion.NONE;
        } else if (flags.contains(Flag.LOW_RESULT) && flags.contains(Flag.NOT_SERIOUS) || unit.earlierApprovedRemind()) {
            suggestion = Suggestion.CRITICISE;
        } else {
            suggestion = Suggestion.REMIND;
        }
        return new Finding(light, flags, reasons, suggestion);
    }

    /** The longest run of submitted reports in a row with the same cumulative count. */
    static int unchangedRun(List<UnitRecord.Day> days) {
        int longest = 0;
        int run = 0;
        Long previous = null;
        for (UnitRecord.Day day : days) {
            if (!day.submitted()) {
                continue;
            }
            run = previous != null && previous == day.cumulative() ? run + 1 : 1;
            previous = day.cumulative();
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static boolean fell(List<UnitRecord.Day> days) {
        Long previous = null;
        for (UnitRecord.Day day : days) {
            if (!day.submitted()) {
                continue;
            }
            if (previous != null && day.cumulative() < previous) {
                return true;
            }
            previous = day.cumulative();
        }
        return false;
    }

    private static void add(Set<Flag> flags, List<Finding.Reason> reasons, Flag flag, String key, Object... arguments) {
        flags.add(flag);
        reasons.add(new Finding.Reason(flag, key, List.of(arguments)));
    }
}
