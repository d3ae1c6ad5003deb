package vn.gov.bluezone.oversight;

/**
 * A district subtotal, or the total of the whole scope ({@code districtCode} null): communes and
 * their statuses, and the summed figures, from which shares and the pace gap are computed.
 */
public record TotalRow(
        String districtCode,
        String districtName,
        long communes,
        long onTime,
        long late,
        long missing,
        long pending,
        long returned,
        long cumulative,
        long population,
        long smartphoneUsers,
        long denominator,
        long paceInstalls,
        long communesWithOfficial,
        long officialInstalls) {

    public long gapToPace() {
        return cumulative - paceInstalls;
    }
}
