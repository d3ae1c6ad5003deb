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
        TrafficLight light = lowResult(unit.cumulative(), unit.paceInstalls(), bottomOfLevel, thresholds, flags, reasons);

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

        return new Finding(light, flags, reasons, suggest(flags, unit.earlierApprovedRemind()));
    }

    /**
     * A district, rolled up from its communes: LOW_RESULT on the rolled-up figure against the
     * rolled-up pace, or in the bottom share of the districts; NOT_SERIOUS when at least half of
     * its communes are, or when the rolled-up count has not moved for {@code unchangedReports}
     * days; DATA_ANOMALY when the rolled-up count fell or exceeds population or denominator, or any
     * of its communes has an anomaly (the district checks its communes' figures).
     */
    public static Finding assessDistrict(DistrictRecord district, boolean bottomOfLevel, Thresholds thresholds) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Finding.Reason> reasons = new ArrayList<>();
        TrafficLight light = lowResult(district.cumulative(), district.paceInstalls(), bottomOfLevel, thresholds, flags,
                reasons);

        if (district.communes() > 0 && 2L * district.notSeriousCommunes() >= district.communes()) {
            add(flags, reasons, Flag.NOT_SERIOUS, "compliance.reason.communesNotSerious",
                    district.notSeriousCommunes(), district.communes());
        }
        if (unchangedRunOf(district.dailyTotals()) >= thresholds.unchangedReports()) {
            add(flags, reasons, Flag.NOT_SERIOUS, "compliance.reason.districtUnchanged", thresholds.unchangedReports());
        }
        if (fellIn(district.dailyTotals())) {
            add(flags, reasons, Flag.DATA_ANOMALY, "compliance.reason.fell");
        }
        if (district.cumulative() > district.population() || district.cumulative() > district.denominator()) {
            add(flags, reasons, Flag.DATA_ANOMALY, "compliance.reason.aboveLimits");
        }
        if (district.anomalousCommunes() > 0) {
            add(flags, reasons, Flag.DATA_ANOMALY, "compliance.reason.communesAnomaly", district.anomalousCommunes());
        }
        return new Finding(light, flags, reasons, suggest(flags, district.earlierApprovedRemind()));
    }

    private static TrafficLight lowResult(long cumulative, long paceInstalls, boolean bottomOfLevel, Thresholds thresholds,
            Set<Flag> flags, List<Finding.Reason> reasons) {
        TrafficLight light = light(cumulative, paceInstalls, thresholds);
        if (light == TrafficLight.RED) {
            add(flags, reasons, Flag.LOW_RESULT, "compliance.reason.belowPace", thresholds.lowResultPacePercent());
        } else if (bottomOfLevel) {
            add(flags, reasons, Flag.LOW_RESULT, "compliance.reason.bottomOfLevel", thresholds.bottomSharePercent());
        }
        return light;
    }

    /** REMIND for a flag; CRITICISE for LOW_RESULT with NOT_SERIOUS, or any flag after an approved REMIND. */
    static Suggestion suggest(Set<Flag> flags, boolean earlierApprovedRemind) {
        if (flags.isEmpty()) {
            return Suggestion.NONE;
        }
        return flags.contains(Flag.LOW_RESULT) && flags.contains(Flag.NOT_SERIOUS) || earlierApprovedRemind
                ? Suggestion.CRITICISE : Suggestion.REMIND;
    }

    /** The longest run of equal values in a row (a district's rolled-up count per day). */
    static int unchangedRunOf(List<Long> values) {
        int longest = 0;
        int run = 0;
        Long previous = null;
        for (Long value : values) {
            run = value.equals(previous) ? run + 1 : 1;
            previous = value;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    static boolean fellIn(List<Long> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) < values.get(i - 1)) {
                return true;
            }
        }
        return false;
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
