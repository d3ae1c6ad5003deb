package vn.gov.bluezone.compliance;

/**
 * A province on the national map for a day: the campaign running there, its summed figure in force,
 * target denominator and pace, and the light those give by the campaign's thresholds.
 */
public record ProvinceStanding(
        String provinceCode,
        String provinceName,
        long campaignId,
        String campaignName,
        long communes,
        long cumulative,
        long denominator,
        long paceInstalls,
        CoverageClass coverage) {
}
