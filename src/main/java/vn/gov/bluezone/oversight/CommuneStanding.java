package vn.gov.bluezone.oversight;

import java.util.List;

import vn.gov.bluezone.reporting.DayStatus;

/**
 * A commune of a campaign as of a day, as both the oversight grids and the compliance board read
 * it: the day's row (figure in force, status, running counts), its record over the campaign so far
 * and its recent days, oldest first (days before the campaign start and a day still open before
 * its cut-off are left out).
 */
public record CommuneStanding(CommuneDayRow day, PeriodRecord campaignRecord, List<StandingDay> recentDays) {

    public CommuneStanding {
        recentDays = List.copyOf(recentDays);
    }

    public long unitId() {
        return day.unitId();
    }

    public int recent(DayStatus status) {
        return (int) recentDays.stream().filter(d -> d.status() == status).count();
    }
}
