package vn.gov.bluezone.oversight;

/**
 * A district subtotal, or the total of the whole scope ({@code districtCode} null): communes and
 * their statuses, and the summed figures in force, from which shares and the pace gap are computed;
 * {@code carriedCommunes} of the communes count with an earlier day's report (they did not report
 * that day) and {@code communesWithoutFigure} with the installs at the start (they never reported).
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
        long officialInstalls,
        long carriedCommunes,
        long communesWithoutFigure) {

    public long gapToPace() {
        return cumulative - paceInstalls;
    }
}
