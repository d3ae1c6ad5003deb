package vn.gov.bluezone.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The campaign's thresholds: the daily jump that needs confirmation (percent of the denominator)
 * and the compliance rules' limits (used by the compliance board).
 */
@Embeddable
public record Thresholds(
        @Column(name = "jump_threshold_percent") BigDecimal jumpPercent,
        @Column(name = "low_result_pace_percent") BigDecimal lowResultPacePercent,
        @Column(name = "bottom_share_percent") BigDecimal bottomSharePercent,
        @Column(name = "missing_limit") int missingLimit,
        @Column(name = "late_limit") int lateLimit,
        @Column(name = "unchanged_reports") int unchangedReports,
        @Column(name = "empty_work_reports") int emptyWorkReports) {

    public static Thresholds defaults() {
        return new Thresholds(new BigDecimal("5.00"), new BigDecimal("80.00"), new BigDecimal("10.00"), 2, 3, 3, 2);
    }
}
