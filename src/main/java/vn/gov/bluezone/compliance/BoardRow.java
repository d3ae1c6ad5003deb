package vn.gov.bluezone.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit on the compliance board for a day: rank, figures, pace and gap, its reporting record
 * over the campaign and the last seven days (commune-days for a district), the seven-day coverage
 * trend (percent of the denominator, oldest first), the rules' finding, and the reprimand that
 * concerns it (an open or decided proposal, or the day's dismissal) with the follow-up since its
 * dispatch. {@code cumulative} is the figure in force (decision 0022): for a commune, the day's
 * report or the latest before it, from {@code figureDate} (null when the commune never reported);
 * for a district, the sum over its communes, of which {@code carriedCommunes} come from an earlier
 * day's report and {@code communesWithoutFigure} have no report at all. {@code actionable} tells whether the provincial officer can still propose or dismiss:
 * the unit is flagged, nothing is open for it, and nothing was proposed or dismissed for it that day.
 * {@code lineage} is set on the board of today's units only.
 */
public record BoardRow(
        int rank,
        BoardLevel level,
        long unitId,
        String code,
        String name,
        String parentName,
        int communes,
        long cumulative,
        LocalDate figureDate,
        int carriedCommunes,
        int communesWithoutFigure,
        long denominator,
        long population,
        long paceInstalls,
        int onTimeCampaign,
        int lateCampaign,
        int missingCampaign,
        int onTimeWeek,
        int lateWeek,
        int missingWeek,
        List<Double> trend,
        Finding finding,
        Proposal reprimand,
        FollowUp followUp,
        boolean actionable,
        Lineage lineage) {

    /**
     * On the board of today's units (decision 0031), what the row is made of: the former communes
     * that went to it whole ({@code MERGED}, their names), or a former commune split between several
     * new communes ({@code SPLIT}), whose successor the portal does not hold ({@code NOT_HELD}) — the
     * names of those new communes — or without any successor ({@code NO_SUCCESSOR}, none).
     */
    public record Lineage(Kind kind, List<String> names) {

        public enum Kind { MERGED, SPLIT, NOT_HELD, NO_SUCCESSOR }

        public Lineage {
            names = List.copyOf(names);
        }
    }

    /** The figure in force (a commune's) comes from a report of an earlier day than the board's. */
    public boolean carried(LocalDate day) {
        return figureDate != null && figureDate.isBefore(day);
    }

    /** At least one of the unit's communes has reported a figure; otherwise there is nothing to show. */
    public boolean hasFigure() {
        return communesWithoutFigure < communes;
    }

    public long gapToPace() {
        return cumulative - paceInstalls;
    }

    /** Coverage of the target denominator in percent, to two decimals (what the ranking uses). */
    public double coverage() {
        return ComplianceBoardService.share(cumulative, denominator);
    }

    /** On-time commune-days over expected commune-days of the campaign so far, in percent. */
    public double onTimeRate() {
        int expected = onTimeCampaign + lateCampaign + missingCampaign;
        return expected == 0 ? 100 : 100.0 * onTimeCampaign / expected;
    }

    BoardRow withRank(int newRank) {
        return new BoardRow(newRank, level, unitId, code, name, parentName, communes, cumulative, figureDate,
                carriedCommunes, communesWithoutFigure, denominator, population,
                paceInstalls, onTimeCampaign, lateCampaign, missingCampaign, onTimeWeek, lateWeek, missingWeek, trend,
                finding, reprimand, followUp, actionable, lineage);
    }
}
