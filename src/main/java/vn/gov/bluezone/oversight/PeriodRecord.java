package vn.gov.bluezone.oversight;

/** A commune's reporting record over a period: days on time, late and missing. */
public record PeriodRecord(long unitId, int onTime, int late, int missing) {
}
