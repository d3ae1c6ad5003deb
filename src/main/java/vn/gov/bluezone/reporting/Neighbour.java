package vn.gov.bluezone.reporting;

import java.time.LocalDate;

/**
 * A commune's submitted report next to the day being reported, as a submission needs it: its day,
 * its figure (the order of the figures) and its running counts (those of a first submission). Read
 * as a projection, not as the report entity: nothing of it is changed, so the persistence context
 * has nothing to load (the report's work rows) or to check for changes at each later flush (issue
 * 17: the two look-ups as entities were a third of a submission's CPU).
 */
record Neighbour(LocalDate reportDate, long cumulativeInstalls, Integer onTimeToDate, Integer lateToDate) {

    /** The same figures of a report entity at hand (the demo's seeding finds them in memory). */
    static Neighbour of(DailyReport report) {
        return report == null ? null : new Neighbour(report.getReportDate(), report.getCumulativeInstalls(),
                report.getOnTimeToDate(), report.getLateToDate());
    }
}
