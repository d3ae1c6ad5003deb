package vn.gov.bluezone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/** Deadline and pace rules; the JVM runs in UTC (surefire sets it), the rules in Asia/Ho_Chi_Minh. */
class ReportingRulesTest {

    static final LocalDate DAY = LocalDate.of(2020, 8, 17);
    static final LocalTime CUTOFF = LocalTime.of(15, 0);

    static Instant hanoi(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    @Test
    void theServerRunsInUtcButTheCutoffIsHanoiTime() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
        assertThat(ReportingRules.cutoff(DAY, CUTOFF)).isEqualTo(Instant.parse("2020-08-17T08:00:00Z"));
    }

    @Test
    void fifteenOClockSharpIsOnTimeAndOneSecondLaterIsLate() {
        Instant evening = hanoi("2020-08-17T20:00:00");
        assertThat(ReportingRules.status(DAY, CUTOFF, hanoi("2020-08-17T14:59:59"), evening)).isEqualTo(DayStatus.ON_TIME);
        assertThat(ReportingRules.status(DAY, CUTOFF, hanoi("2020-08-17T15:00:00"), evening)).isEqualTo(DayStatus.ON_TIME);
        assertThat(ReportingRules.status(DAY, CUTOFF, hanoi("2020-08-17T15:00:01"), evening)).isEqualTo(DayStatus.LATE);
    }

    @Test
    void withoutASubmissionTheDayIsPendingUntilTheCutoffThenMissing() {
        assertThat(ReportingRules.status(DAY, CUTOFF, null, hanoi("2020-08-17T14:59:59"))).isEqualTo(DayStatus.PENDING);
        assertThat(ReportingRules.status(DAY, CUTOFF, null, hanoi("2020-08-17T15:00:00"))).isEqualTo(DayStatus.PENDING);
        assertThat(ReportingRules.status(DAY, CUTOFF, null, hanoi("2020-08-17T15:00:01"))).isEqualTo(DayStatus.MISSING);
    }

    @Test
    void theDayBoundaryIsMidnightInHanoiNotInUtc() {
        // 23:30 UTC on the 16th is already 06:30 on the 17th in Hanoi: on time for the 17th
        assertThat(ReportingRules.status(DAY, CUTOFF, Instant.parse("2020-08-16T23:30:00Z"), Instant.parse("2020-08-17T12:00:00Z")))
                .isEqualTo(DayStatus.ON_TIME);
        // a report for the 16th sent at 00:30 Hanoi on the 17th (17:30 UTC on the 16th) is late
        assertThat(ReportingRules.status(DAY.minusDays(1), CUTOFF, Instant.parse("2020-08-16T17:30:00Z"),
                Instant.parse("2020-08-17T12:00:00Z"))).isEqualTo(DayStatus.LATE);
    }

    @Test
    void paceIsLinearFromTheStartToTheTargetAndFlatAfterwards() {
        LocalDate start = LocalDate.of(2020, 8, 13);
        LocalDate target = LocalDate.of(2020, 8, 20);
        BigDecimal sixty = new BigDecimal("60");
        // 1000 smartphone users, 100 installs at start, 600 wanted on the 20th: 500 more over 7 days
        assertThat(ReportingRules.paceInstalls(start, target, start, 100, 1000, sixty)).isEqualTo(100);
        assertThat(ReportingRules.paceInstalls(start, target, start.plusDays(1), 100, 1000, sixty)).isEqualTo(172);
        assertThat(ReportingRules.paceInstalls(start, target, target.minusDays(1), 100, 1000, sixty)).isEqualTo(529);
        assertThat(ReportingRules.paceInstalls(start, target, target, 100, 1000, sixty)).isEqualTo(600);
        assertThat(ReportingRules.paceInstalls(start, target, target.plusDays(5), 100, 1000, sixty)).isEqualTo(600);
        assertThat(ReportingRules.paceInstalls(start, target, start.minusDays(1), 100, 1000, sixty)).isEqualTo(100);
    }

    @Test
    void aJumpIsMoreThanTheThresholdShareOfTheDenominator() {
        assertThat(ReportingRules.isJump(50, 1000, new BigDecimal("5"))).isFalse();
        assertThat(ReportingRules.isJump(51, 1000, new BigDecimal("5"))).isTrue();
    }

    @Test
    void signedCopiesAreRecognisedByContentAndTheirNamesCleaned() {
        assertThat(SignedCopyTypes.detect("%PDF-1.7\n".getBytes())).isEqualTo(SignedCopyTypes.PDF);
        assertThat(SignedCopyTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(SignedCopyTypes.JPEG);
        assertThat(SignedCopyTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isNull();
        assertThat(SignedCopyTypes.safeFileName("../../etc/passwd.pdf", SignedCopyTypes.PDF)).isEqualTo("passwd.pdf");
        assertThat(SignedCopyTypes.safeFileName("C:\\Users\\xa\\Báo cáo ngày 17.exe", SignedCopyTypes.PNG))
                .isEqualTo("Báo cáo ngày 17.png");
        assertThat(SignedCopyTypes.safeFileName("<script>.jpg", SignedCopyTypes.JPEG)).isEqualTo("script.jpg");
    }

    @Test
    void historyShowsEveryChangedFieldOldToNew() {
        assertThat(DailyReportService.diff(Map.of("cumulative", "100", "results", "a"),
                new LinkedHashMap<>(Map.of("cumulative", "150", "results", "a"))))
                .isEqualTo("cumulative: 100 → 150");
    }
}
