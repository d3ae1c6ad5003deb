package vn.gov.bluezone.compliance;

import java.util.List;

/**
 * What the rules look at for a district on a day, rolled up from its communes: the summed figures
 * and pace, the summed count in force on each of the last seven days (oldest first), how many of
 * its communes are flagged NOT_SERIOUS and DATA_ANOMALY, and whether it had an approved REMIND
 * earlier in the campaign.
 */
public record DistrictRecord(
        long cumulative,
        long denominator,
        long population,
        long paceInstalls,
        int communes,
        int notSeriousCommunes,
        int anomalousCommunes,
        List<Long> dailyTotals,
        boolean earlierApprovedRemind) {
}
