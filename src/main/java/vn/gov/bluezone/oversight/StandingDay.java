package vn.gov.bluezone.oversight;

import java.time.LocalDate;

import vn.gov.bluezone.reporting.DayStatus;

/**
 * One of a commune's recent days that has passed its cut-off or been reported: its status, the
 * figure in force at the end of it (the day's report, else carried from before) and what the
 * compliance rules read from the day's report (all false on a missing day).
 */
public record StandingDay(
        LocalDate date,
        DayStatus status,
        long figureInForce,
        boolean withoutWork,
        boolean aboveLimits,
        boolean jumpFlagged) {

    public boolean reported() {
        return status == DayStatus.ON_TIME || status == DayStatus.LATE;
    }
}
