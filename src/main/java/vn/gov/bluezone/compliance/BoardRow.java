package vn.gov.bluezone.compliance;

import java.util.List;

/**
 * One unit on the compliance board for a day: rank, figures, pace and gap, light, its reporting
 * record over the campaign and the last seven days, the seven-day coverage trend (percent of the
 * denominator, oldest first) and the rules' finding.
 */
public record BoardRow(
        int rank,
        long unitId,
        String code,
        String name,
        String parentName,
        long cumulative,
        long denominator,
        long population,
        long paceInstalls,
        int onTimeCampaign,
        int lateCampaign,
        int missingCampaign,
        int onTimeWeek,
        int lateWeek,
        int missingWeek,
        List<Double> trend,
        Finding finding) {

    public long gapToPace() {
        return cumulative - paceInstalls;
    }

    /** On-time commune-days over expected commune-days of the campaign so far, in percent. */
    public double onTimeRate() {
        int expected = onTimeCampaign + lateCampaign + missingCampaign;
        return expected == 0 ? 100 : 100.0 * onTimeCampaign / expected;
    }
}
