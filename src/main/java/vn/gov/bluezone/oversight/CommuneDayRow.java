package vn.gov.bluezone.oversight;

import java.time.Instant;
import java.time.LocalDate;

import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReportStatus;

/**
 * One commune on one day. {@code cumulative} is the figure in force that day: the day's submitted
 * report, else the last one before it, else the installs at the start ({@code reported} tells
 * whether the day itself was reported, {@code figureDate} the day of the report the figure comes
 * from, null when the commune has never reported and the figure is only the installs at the start).
 * A figure that is not the day's own is shown with its day ({@link #carried()}) or not at all
 * ({@link #hasFigure()} false), never as a bare number or a percentage. {@code officialInstalls} is the count published by the
 * ministry or the operators for that day, when imported. {@code onTimeSoFar} and {@code lateSoFar}
 * are the commune's on-time and late reports of the campaign up to the day (running counts).
 */
public record CommuneDayRow(
        long unitId,
        String code,
        String name,
        String districtName,
        Long districtId,
        String districtCode,
        DayStatus status,
        Instant submittedAt,
        Long reportId,
        ReportStatus reportStatus,
        boolean reported,
        long cumulative,
        LocalDate figureDate,
        long newSincePrevious,
        long population,
        long smartphoneUsers,
        long denominator,
        long paceInstalls,
        Long officialInstalls,
        int onTimeSoFar,
        int lateSoFar) {

    /** The figure in force comes from an earlier report (the day itself was not reported). */
    public boolean carried() {
        return !reported && figureDate != null;
    }

    /** The commune has a reported figure in force (the day's or an earlier one's). */
    public boolean hasFigure() {
        return figureDate != null;
    }

    /** The commune's figure minus the official count, when there is one. */
    public Long differenceToOfficial() {
        return officialInstalls == null ? null : cumulative - officialInstalls;
    }

    public long gapToPace() {
        return cumulative - paceInstalls;
    }

    public boolean returned() {
        return reportStatus == ReportStatus.RETURNED;
    }
}
