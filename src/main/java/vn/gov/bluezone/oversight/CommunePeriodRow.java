package vn.gov.bluezone.oversight;

/** A commune on the chosen day, with its reporting record over the chosen period. */
public record CommunePeriodRow(CommuneDayRow day, PeriodRecord period) {
}
