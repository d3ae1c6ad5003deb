package vn.gov.bluezone.oversight;

import java.time.LocalDate;

import vn.gov.bluezone.reporting.DayStatus;

/**
 * What the oversight grid shows: a campaign and a day, optionally one district (by code), one day
 * status and a coverage band (percent of the campaign's denominator, from inclusive, to exclusive).
 */
public record OversightFilter(long campaignId, LocalDate day, String districtCode, DayStatus status,
        Integer coverageFromPercent, Integer coverageToPercent) {

    public static OversightFilter of(long campaignId, LocalDate day) {
        return new OversightFilter(campaignId, day, null, null, null, null);
    }
}
