package vn.gov.bluezone.reporting;

/** The live readout of the form: counts only; screens format them (vi-VN) and derive percentages from them. */
public record ReportFigures(long cumulative, long newSinceYesterday, long population, long smartphoneUsers,
        long paceInstalls) {

    /** Installs ahead of (positive) or behind (negative) the day's target pace. */
    public long gapToPace() {
        return cumulative - paceInstalls;
    }
}
