package vn.gov.bluezone.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.CommuneStanding;
import vn.gov.bluezone.oversight.CommuneStandings;
import vn.gov.bluezone.oversight.StandingDay;
import vn.gov.bluezone.oversight.PeriodRecord;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * The compliance board: every commune (or district, rolled up from its communes) of the caller's
 * scope on a day, assessed by {@link ComplianceRules} with the campaign's thresholds, ranked by
 * coverage then on-time rate, with the reprimand that concerns each unit and the follow-up since
 * its dispatch. Reads the communes' standings ({@link CommuneStandings}, the read model the
 * oversight grids read too) and the campaign's proposals; it computes no day status of its own.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceBoardService {


    private final CommuneStandings standings;
    private final CampaignService campaigns;
    private final ReprimandProposalRepository proposals;

    ComplianceBoardService(CommuneStandings standings, CampaignService campaigns,
            ReprimandProposalRepository proposals) {
        this.standings = standings;
        this.campaigns = campaigns;
        this.proposals = proposals;
    }

    /** The commune-level board. */
    @Requires(Permission.READ_OVERSIGHT)
    public List<BoardRow> communes(long campaignId, LocalDate day) {
        return board(campaignId, day, BoardLevel.COMMUNE);
    }

    @Requires(Permission.READ_OVERSIGHT)
    public List<BoardRow> board(long campaignId, LocalDate day, BoardLevel level) {
        CampaignDetails campaign = campaigns.get(campaignId);
        List<CommuneStanding> communes = standings.standings(campaignId, day);
        Reprimands reprimands = new Reprimands(proposals.upTo(campaignId, day), day);
        Set<Long> bottomCommunes = bottomOf(communes, CommuneStanding::unitId,
                s -> share(s.day().cumulative(), s.day().denominator()), campaign);
        List<Tally> tallies = new ArrayList<>();
        for (CommuneStanding commune : communes) {
            tallies.add(tally(commune, campaign, bottomCommunes.contains(commune.unitId()),
                    reprimands.earlierApprovedRemind(commune.unitId())));
        }
        List<BoardRow> rows = level == BoardLevel.COMMUNE
                ? tallies.stream().map(t -> t.row(reprimands)).toList()
                : districts(tallies, campaign, reprimands);
        return ranked(rows);
    }

    /** One commune's standing put to the rules: its recent days as the rules read them. */
    private static Tally tally(CommuneStanding standing, CampaignDetails campaign, boolean bottom,
            boolean earlierRemind) {
        CommuneDayRow commune = standing.day();
        List<UnitRecord.Day> week = standing.recentDays().stream()
                .map(d -> d.reported() ? new UnitRecord.Day(true, d.status() == DayStatus.LATE, d.figureInForce(),
                        d.withoutWork(), d.aboveLimits(), d.jumpFlagged()) : UnitRecord.Day.missing())
                .toList();
        UnitRecord record = new UnitRecord(commune.cumulative(), commune.denominator(), commune.population(),
                commune.paceInstalls(), week, earlierRemind);
        Finding finding = ComplianceRules.assess(record, bottom, campaign.thresholds());
        return new Tally(commune, standing.campaignRecord(), standing.recent(DayStatus.ON_TIME),
                standing.recent(DayStatus.LATE), standing.recent(DayStatus.MISSING),
                standing.recentDays().stream().map(StandingDay::figureInForce).toList(), finding);
    }

    /** District rows: the communes' figures, records and daily counts summed, then the district rules. */
    private List<BoardRow> districts(List<Tally> tallies, CampaignDetails campaign, Reprimands reprimands) {
        Map<Long, List<Tally>> byDistrict = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            if (tally.commune().districtId() != null) {
                byDistrict.computeIfAbsent(tally.commune().districtId(), id -> new ArrayList<>()).add(tally);
            }
        }
        List<Sum> sums = byDistrict.entrySet().stream().map(e -> new Sum(e.getKey(), e.getValue())).toList();
        Set<Long> bottomDistricts = bottomOf(sums, Sum::districtId, s -> share(s.cumulative, s.denominator), campaign);
        List<BoardRow> rows = new ArrayList<>();
        for (Sum sum : sums) {
            DistrictRecord record = new DistrictRecord(sum.cumulative, sum.denominator, sum.population, sum.pace,
                    sum.members.size(),
                    (int) sum.members.stream().filter(t -> t.finding().flags().contains(Flag.NOT_SERIOUS)).count(),
                    (int) sum.members.stream().filter(t -> t.finding().flags().contains(Flag.DATA_ANOMALY)).count(),
                    sum.daily, reprimands.earlierApprovedRemind(sum.districtId));
            Finding finding = ComplianceRules.assessDistrict(record, bottomDistricts.contains(sum.districtId),
                    campaign.thresholds());
            CommuneDayRow first = sum.members.getFirst().commune();
            rows.add(new BoardRow(0, BoardLevel.DISTRICT, sum.districtId, first.districtCode(), first.districtName(), null,
                    sum.members.size(), sum.cumulative, null, sum.carried, sum.withoutFigure, sum.denominator,
                    sum.population, sum.pace, sum.onTimeCampaign,
                    sum.lateCampaign, sum.missingCampaign, sum.onTimeWeek, sum.lateWeek, sum.missingWeek,
                    sum.daily.stream().map(v -> share(v, sum.denominator)).toList(), finding,
                    reprimands.shown(sum.districtId), reprimands.followUp(sum.districtId, sum.cumulative, sum.pace),
                    reprimands.actionable(sum.districtId, finding)));
        }
        return rows;
    }

    private static List<BoardRow> ranked(List<BoardRow> rows) {
        List<BoardRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(BoardRow::coverage).reversed()
                .thenComparing(Comparator.comparing(BoardRow::onTimeRate).reversed()));
        List<BoardRow> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).withRank(i + 1));
        }
        return ranked;
    }

    /** The units in the bottom share (the campaign's percent, rounded up) of their level by coverage. */
    private static <T> Set<Long> bottomOf(List<T> units, ToLongFunction<T> id,
            ToDoubleFunction<T> coverage, CampaignDetails campaign) {
        int bottom = (int) Math.ceil(units.size() * campaign.thresholds().bottomSharePercent().doubleValue() / 100);
        List<T> byCoverage = new ArrayList<>(units);
        byCoverage.sort(Comparator.comparingDouble(coverage));
        Set<Long> ids = new HashSet<>();
        byCoverage.subList(0, Math.min(bottom, byCoverage.size())).forEach(u -> ids.add(id.applyAsLong(u)));
        return ids;
    }

    static double share(long part, long whole) {
        return whole <= 0 ? 0 : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** One commune assessed: what its row shows and what its district sums. */
    private record Tally(CommuneDayRow commune, PeriodRecord overall, int onTimeWeek, int lateWeek, int missingWeek,
            List<Long> carriedByDay, Finding finding) {

        BoardRow row(Reprimands reprimands) {
            return new BoardRow(0, BoardLevel.COMMUNE, commune.unitId(), commune.code(), commune.name(),
                    commune.districtName(), 1, commune.cumulative(), commune.figureDate(), commune.carried() ? 1 : 0,
                    commune.hasFigure() ? 0 : 1, commune.denominator(), commune.population(),
                    commune.paceInstalls(), overall.onTime(), overall.late(), overall.missing(), onTimeWeek, lateWeek,
                    missingWeek, carriedByDay.stream().map(v -> share(v, commune.denominator())).toList(), finding,
                    reprimands.shown(commune.unitId()),
                    reprimands.followUp(commune.unitId(), commune.cumulative(), commune.paceInstalls()),
                    reprimands.actionable(commune.unitId(), finding));
        }
    }

    /** A district's communes summed. */
    private static final class Sum {
        final long districtId;
        final List<Tally> members;
        long cumulative;
        int carried;
        int withoutFigure;
        long denominator;
        long population;
        long pace;
        int onTimeCampaign;
        int lateCampaign;
        int missingCampaign;
        int onTimeWeek;
        int lateWeek;
        int missingWeek;
        final List<Long> daily = new ArrayList<>();

        Sum(long districtId, List<Tally> members) {
            this.districtId = districtId;
            this.members = members;
            for (Tally t : members) {
                cumulative += t.commune().cumulative();
                carried += t.commune().carried() ? 1 : 0;
                withoutFigure += t.commune().hasFigure() ? 0 : 1;
                denominator += t.commune().denominator();
                population += t.commune().population();
                pace += t.commune().paceInstalls();
                onTimeCampaign += t.overall().onTime();
                lateCampaign += t.overall().late();
                missingCampaign += t.overall().missing();
                onTimeWeek += t.onTimeWeek();
                lateWeek += t.lateWeek();
                missingWeek += t.missingWeek();
                for (int i = 0; i < t.carriedByDay().size(); i++) {
                    if (daily.size() <= i) {
                        daily.add(0L);
                    }
                    daily.set(i, daily.get(i) + t.carriedByDay().get(i));
                }
            }
        }

        long districtId() {
            return districtId;
        }
    }

    /** The campaign's proposals up to the board day, by unit. */
    static final class Reprimands {
        private final Map<Long, List<ReprimandProposal>> byUnit = new HashMap<>();
        private final LocalDate day;

        Reprimands(List<ReprimandProposal> upToDay, LocalDate day) {
            this.day = day;
            upToDay.forEach(p -> byUnit.computeIfAbsent(p.getUnitId(), id -> new ArrayList<>()).add(p));
        }

        /** An approved REMIND from an earlier board day of the campaign. */
        boolean earlierApprovedRemind(long unitId) {
            return byUnit.getOrDefault(unitId, List.of()).stream().anyMatch(p -> p.getStatus() == ProposalStatus.APPROVED
                    && p.getLevel() == ReprimandLevel.REMIND && p.getBoardDay().isBefore(day));
        }

        /** What the board shows: the latest open or approved proposal, or one decided or dismissed that day. */
        Proposal shown(long unitId) {
            ReprimandProposal shown = null;
            for (ReprimandProposal p : byUnit.getOrDefault(unitId, List.of())) {
                if (p.getStatus() == ProposalStatus.PROPOSED || p.getStatus() == ProposalStatus.APPROVED
                        || p.getBoardDay().equals(day)) {
                    shown = p;
                }
            }
            return shown == null ? null : shown.view(null, null);
        }

        boolean actionable(long unitId, Finding finding) {
            return finding.suggestion() != Suggestion.NONE && byUnit.getOrDefault(unitId, List.of()).stream()
                    .noneMatch(p -> p.getStatus() == ProposalStatus.PROPOSED || p.getBoardDay().equals(day));
        }

        /** Since the latest dispatched reprimand from an earlier board day: the figures then and now. */
        FollowUp followUp(long unitId, long cumulativeNow, long paceNow) {
            Proposal latest = null;
            for (ReprimandProposal p : byUnit.getOrDefault(unitId, List.of())) {
                if (p.getDispatchId() != null && p.getBoardDay().isBefore(day)) {
                    latest = p.view(null, null);
                }
            }
            return latest == null ? null : new FollowUp(latest.dispatchReference(), latest.dispatchOn(), latest.level(),
                    latest.cumulativeThen(), latest.paceThen(), cumulativeNow, paceNow);
        }
    }
}
