package vn.gov.bluezone.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.campaign.Thresholds;

/** The design's compliance rules on hand-made records, with the default thresholds. */
class ComplianceRulesTest {

    static final Thresholds DEFAULTS = Thresholds.defaults();

    static UnitRecord.Day onTime(long cumulative) {
        return new UnitRecord.Day(true, false, cumulative, false, false, false);
    }

    static UnitRecord.Day late(long cumulative) {
        return new UnitRecord.Day(true, true, cumulative, false, false, false);
    }

    static UnitRecord unit(long cumulative, long pace, List<UnitRecord.Day> days, boolean earlierRemind) {
        return new UnitRecord(cumulative, 6_000, 10_000, pace, days, earlierRemind);
    }

    static List<UnitRecord.Day> rising(long from) {
        List<UnitRecord.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(onTime(from + 10L * i));
        }
        return days;
    }

    @Test
    void theTrafficLightTurnsAtThePaceAndAtEightyPercentOfIt() {
        assertThat(ComplianceRules.light(1000, 1000, DEFAULTS)).isEqualTo(TrafficLight.GREEN);
        assertThat(ComplianceRules.light(800, 1000, DEFAULTS)).isEqualTo(TrafficLight.AMBER);
        assertThat(ComplianceRules.light(799, 1000, DEFAULTS)).isEqualTo(TrafficLight.RED);
        assertThat(ComplianceRules.light(0, 0, DEFAULTS)).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void aUnitOnPaceThatReportsEveryDayOnTimeIsNotFlagged() {
        Finding finding = ComplianceRules.assess(unit(1060, 1000, rising(1000), false), false, DEFAULTS);
        assertThat(finding.flags()).isEmpty();
        assertThat(finding.suggestion()).isEqualTo(Suggestion.NONE);
        assertThat(finding.light()).isEqualTo(TrafficLight.GREEN);
    }

    @Test
    void oneFlagSuggestsARemind() {
        Finding finding = ComplianceRules.assess(unit(700, 1000, rising(640), false), false, DEFAULTS);
        assertThat(finding.flags()).containsExactly(Flag.LOW_RESULT);
        assertThat(finding.reasons()).extracting(Finding.Reason::messageKey).containsExactly("compliance.reason.belowPace");
        assertThat(finding.suggestion()).isEqualTo(Suggestion.REMIND);
    }

    @Test
    void theBottomOfTheLevelIsLowEvenWhenAmber() {
        Finding finding = ComplianceRules.assess(unit(900, 1000, rising(840), false), true, DEFAULTS);
        assertThat(finding.light()).isEqualTo(TrafficLight.AMBER);
        assertThat(finding.flags()).containsExactly(Flag.LOW_RESULT);
    }

    @Test
    void aUnitWithNoReportsIsLowAndNotSeriousSoItIsCriticised() {
        List<UnitRecord.Day> none = Collections.nCopies(7, UnitRecord.Day.missing());
        Finding finding = ComplianceRules.assess(unit(100, 1000, none, false), false, DEFAULTS);
        assertThat(finding.flags()).containsExactlyInAnyOrder(Flag.LOW_RESULT, Flag.NOT_SERIOUS);
        assertThat(finding.reasons()).extracting(Finding.Reason::messageKey).contains("compliance.reason.missing");
        assertThat(finding.suggestion()).isEqualTo(Suggestion.CRITICISE);
    }

    @Test
    void twoMissingOrThreeLateInSevenDaysIsNotSerious() {
        List<UnitRecord.Day> twoMissing = rising(1000);
        twoMissing.set(2, UnitRecord.Day.missing());
        twoMissing.set(5, UnitRecord.Day.missing());
        assertThat(ComplianceRules.assess(unit(1100, 1000, twoMissing, false), false, DEFAULTS).flags())
                .containsExactly(Flag.NOT_SERIOUS);
        List<UnitRecord.Day> oneMissing = rising(1000);
        oneMissing.set(2, UnitRecord.Day.missing());
        assertThat(ComplianceRules.assess(unit(1100, 1000, oneMissing, false), false, DEFAULTS).flags()).isEmpty();

        List<UnitRecord.Day> threeLate = new ArrayList<>(List.of(late(1000), late(1010), late(1020), onTime(1030),
                onTime(1040), onTime(1050), onTime(1060)));
        assertThat(ComplianceRules.assess(unit(1100, 1000, threeLate, false), false, DEFAULTS).reasons())
                .extracting(Finding.Reason::messageKey).containsExactly("compliance.reason.late");
        threeLate.set(2, onTime(1020));
        assertThat(ComplianceRules.assess(unit(1100, 1000, threeLate, false), false, DEFAULTS).flags()).isEmpty();
    }

    @Test
    void theCampaignsOwnThresholdsDecide() {
        List<UnitRecord.Day> twoMissing = rising(1000);
        twoMissing.set(2, UnitRecord.Day.missing());
        twoMissing.set(5, UnitRecord.Day.missing());
        Thresholds lenient = new Thresholds(new BigDecimal("5"), new BigDecimal("50"),
                new BigDecimal("10"), 3, 3, 3, 2);
        assertThat(ComplianceRules.assess(unit(1100, 1000, twoMissing, false), false, lenient).flags()).isEmpty();
        // 600 of a pace of 1,000 is red at the default 80 % but amber at 50 %
        assertThat(ComplianceRules.assess(unit(600, 1000, rising(540), false), false, DEFAULTS).light())
                .isEqualTo(TrafficLight.RED);
        Finding amber = ComplianceRules.assess(unit(600, 1000, rising(540), false), false, lenient);
        assertThat(amber.light()).isEqualTo(TrafficLight.AMBER);
        assertThat(amber.flags()).isEmpty();
    }

    @Test
    void theSameFigureThreeReportsRunningIsNotSerious() {
        List<UnitRecord.Day> flat = new ArrayList<>(List.of(onTime(1000), onTime(1010), onTime(1020), onTime(1020),
                onTime(1020), onTime(1030), onTime(1040)));
        assertThat(ComplianceRules.assess(unit(1100, 1000, flat, false), false, DEFAULTS).reasons())
                .extracting(Finding.Reason::messageKey).containsExactly("compliance.reason.unchanged");
        flat.set(4, onTime(1025));
        assertThat(ComplianceRules.assess(unit(1100, 1000, flat, false), false, DEFAULTS).flags()).isEmpty();
    }

    @Test
    void emptyCampaignWorkInTwoReportsIsNotSerious() {
        List<UnitRecord.Day> days = rising(1000);
        days.set(1, new UnitRecord.Day(true, false, 1010, true, false, false));
        days.set(4, new UnitRecord.Day(true, false, 1040, true, false, false));
        assertThat(ComplianceRules.assess(unit(1100, 1000, days, false), false, DEFAULTS).reasons())
                .extracting(Finding.Reason::messageKey).containsExactly("compliance.reason.emptyWork");
    }

    @Test
    void aFallingCountFiguresAbovePopulationAndJumpsAreDataAnomalies() {
        List<UnitRecord.Day> falling = rising(1000);
        falling.set(3, onTime(900));
        Finding fell = ComplianceRules.assess(unit(1100, 1000, falling, false), false, DEFAULTS);
        assertThat(fell.flags()).containsExactly(Flag.DATA_ANOMALY);
        assertThat(fell.suggestion()).isEqualTo(Suggestion.REMIND);

        Finding above = ComplianceRules.assess(new UnitRecord(12_000, 6_000, 10_000, 1000, rising(11_900), false), false,
                DEFAULTS);
        assertThat(above.reasons()).extracting(Finding.Reason::messageKey).contains("compliance.reason.aboveLimits");

        List<UnitRecord.Day> jump = rising(1000);
        jump.set(6, new UnitRecord.Day(true, false, 1700, false, false, true));
        assertThat(ComplianceRules.assess(unit(1700, 1000, jump, false), false, DEFAULTS).reasons())
                .extracting(Finding.Reason::messageKey).containsExactly("compliance.reason.jump");
    }

    @Test
    void anyFlagAfterAnApprovedRemindSuggestsCriticism() {
        List<UnitRecord.Day> falling = rising(1000);
        falling.set(3, onTime(900));
        assertThat(ComplianceRules.assess(unit(1100, 1000, falling, true), false, DEFAULTS).suggestion())
                .isEqualTo(Suggestion.CRITICISE);
        assertThat(ComplianceRules.assess(unit(1100, 1000, rising(1000), true), false, DEFAULTS).suggestion())
                .isEqualTo(Suggestion.NONE);
    }

    static DistrictRecord district(long cumulative, long pace, int communes, int notSerious, int anomalous,
            List<Long> totals) {
        return new DistrictRecord(cumulative, 60_000, 100_000, pace, communes, notSerious, anomalous, totals, false);
    }

    @Test
    void aDistrictIsNotSeriousWhenHalfItsCommunesAreOrItsTotalStalls() {
        List<Long> rising = List.of(900L, 920L, 950L, 980L, 1000L, 1030L, 1060L);
        assertThat(ComplianceRules.assessDistrict(district(1060, 1000, 20, 9, 0, rising), false, DEFAULTS).flags())
                .isEmpty();
        Finding half = ComplianceRules.assessDistrict(district(1060, 1000, 20, 10, 0, rising), false, DEFAULTS);
        assertThat(half.flags()).containsExactly(Flag.NOT_SERIOUS);
        assertThat(half.reasons().getFirst().arguments()).containsExactly(10, 20);
        assertThat(half.suggestion()).isEqualTo(Suggestion.REMIND);

        Finding stalled = ComplianceRules.assessDistrict(district(1060, 1000, 20, 0, 0,
                List.of(900L, 950L, 1060L, 1060L, 1060L)), false, DEFAULTS);
        assertThat(stalled.reasons()).extracting(Finding.Reason::messageKey)
                .containsExactly("compliance.reason.districtUnchanged");
        assertThat(ComplianceRules.assessDistrict(district(1060, 1000, 20, 0, 0,
                List.of(900L, 1060L, 1060L)), false, DEFAULTS).flags()).isEmpty();
    }

    @Test
    void aDistrictBelowPaceWithCareLessCommunesIsCriticisedAndAnomaliesOfItsCommunesAreItsOwn() {
        Finding low = ComplianceRules.assessDistrict(district(700, 1000, 4, 2, 0,
                List.of(600L, 650L, 700L)), false, DEFAULTS);
        assertThat(low.flags()).containsExactlyInAnyOrder(Flag.LOW_RESULT, Flag.NOT_SERIOUS);
        assertThat(low.suggestion()).isEqualTo(Suggestion.CRITICISE);
        assertThat(low.light()).isEqualTo(TrafficLight.RED);

        Finding anomaly = ComplianceRules.assessDistrict(district(1060, 1000, 4, 0, 1,
                List.of(900L, 1100L, 1060L)), false, DEFAULTS);
        assertThat(anomaly.reasons()).extracting(Finding.Reason::messageKey)
                .containsExactly("compliance.reason.fell", "compliance.reason.communesAnomaly");
        assertThat(ComplianceRules.assessDistrict(district(1060, 1000, 4, 0, 0, List.of(1000L, 1060L)), true,
                DEFAULTS).reasons()).extracting(Finding.Reason::messageKey)
                .containsExactly("compliance.reason.bottomOfLevel");
        assertThat(ComplianceRules.assessDistrict(new DistrictRecord(1060, 60_000, 100_000, 1000, 4, 0, 0,
                List.of(1000L, 1060L), true), true, DEFAULTS).suggestion()).isEqualTo(Suggestion.CRITICISE);
    }

    @Test
    void aReprimandedUnitHasImprovedWhenItIsNearerThePaceOrAtIt() {
        // 700 of a pace of 1,000 at the dispatch (70 %); a week later the pace is 1,300
        assertThat(new FollowUp("05/UBND-VHXH", null, ReprimandLevel.REMIND, 700, 1000, 1000, 1300).improved())
                .isTrue();
        assertThat(new FollowUp("05/UBND-VHXH", null, ReprimandLevel.REMIND, 700, 1000, 850, 1300).improved())
                .isFalse();
        assertThat(new FollowUp("05/UBND-VHXH", null, ReprimandLevel.REMIND, 700, 1000, 700, 700).improved())
                .isTrue();
        assertThat(new FollowUp("05/UBND-VHXH", null, ReprimandLevel.REMIND, 700, 1000, 1000, 1300).installsSince())
                .isEqualTo(300);
    }
}
