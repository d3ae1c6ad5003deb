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
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.hierarchy.LineageService;
import vn.gov.bluezone.hierarchy.Succession;
import vn.gov.bluezone.oversight.CampaignTotal;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.CommuneStanding;
import vn.gov.bluezone.oversight.CommuneStandings;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.StandingDay;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.oversight.PeriodRecord;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The compliance board: every commune (or district, rolled up from its communes; or, for a campaign
 * of former communes, every commune of today they became part of) of the caller's scope on a day, assessed by {@link ComplianceRules} with the campaign's thresholds, ranked by
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
    private final LineageService lineage;
    private final OversightService oversight;
    private final MeterRegistry meters;

    ComplianceBoardService(CommuneStandings standings, CampaignService campaigns,
            ReprimandProposalRepository proposals, LineageService lineage, OversightService oversight,
            MeterRegistry meters) {
        this.meters = meters;
        this.oversight = oversight;
        this.standings = standings;
        this.campaigns = campaigns;
        this.proposals = proposals;
        this.lineage = lineage;
    }

    /** The commune-level board. */
    @Requires(Permission.READ_OVERSIGHT)
    public List<BoardRow> communes(long campaignId, LocalDate day) {
        return board(campaignId, day, BoardLevel.COMMUNE);
    }

    @Requires(Permission.READ_OVERSIGHT)
    public List<BoardRow> board(long campaignId, LocalDate day, BoardLevel level) {
        return timed(level.name(), () -> {
            CampaignDetails campaign = campaigns.get(campaignId);
            return board(campaign, day, level, standings.standings(campaign, day), proposals.upTo(campaignId, day));
        });
    }

    /** The time to build a board ({@code portal.board.build}, by level; "NATIONAL" for {@link #boards}). */
    private <T> T timed(String level, Supplier<T> build) {
        return Timer.builder("portal.board.build").description("Time to build a compliance board")
                .tag("level", level).register(meters).record(build);
    }

    /**
     * The national board: the commune board of every campaign running on the day (not a draft,
     * started, not closed before it) that the caller may read, by campaign, each ranked within its
     * province as {@link #board} ranks it and equal to it. Read in one pass (issue 17): the
     * campaigns, standings and proposals of all of them together, not a board's statements per
     * province.
     */
    @Requires(Permission.READ_NATIONAL_SUMMARY)
    public Map<Long, List<BoardRow>> boards(LocalDate day) {
        return timed("NATIONAL", () -> nationalBoards(day));
    }

    private Map<Long, List<BoardRow>> nationalBoards(LocalDate day) {
        List<CampaignDetails> running = campaigns.visibleCampaigns().stream()
                .filter(c -> c.status() != CampaignStatus.DRAFT && c.acceptsReportsFor(day)).toList();
        if (running.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CommuneStanding>> communes = standings.standings(running, day);
        Map<Long, List<ReprimandProposal>> proposed = new HashMap<>();
        proposals.upToInCampaigns(running.stream().map(CampaignDetails::id).toList(), day)
                .forEach(p -> proposed.computeIfAbsent(p.getCampaignId(), id -> new ArrayList<>()).add(p));
        Map<Long, List<BoardRow>> boards = new LinkedHashMap<>();
        for (CampaignDetails campaign : running) {
            boards.put(campaign.id(), board(campaign, day, BoardLevel.COMMUNE, communes.get(campaign.id()),
                    proposed.getOrDefault(campaign.id(), List.of())));
        }
        return boards;
    }

    /** A board of communes already read, with the campaign's proposals up to the day. */
    private List<BoardRow> board(CampaignDetails campaign, LocalDate day, BoardLevel level,
            List<CommuneStanding> communes, List<ReprimandProposal> upToDay) {
        Reprimands reprimands = new Reprimands(upToDay, day);
        Set<Long> bottomCommunes = bottomOf(communes, CommuneStanding::unitId,
                s -> share(s.day().cumulative(), s.day().denominator()), campaign);
        List<Tally> tallies = new ArrayList<>();
        for (CommuneStanding commune : communes) {
            tallies.add(tally(commune, campaign, bottomCommunes.contains(commune.unitId()),
                    reprimands.earlierApprovedRemind(commune.unitId())));
        }
        List<BoardRow> rows = switch (level) {
            case COMMUNE -> tallies.stream().map(t -> t.row(reprimands)).toList();
            case DISTRICT -> rolledUp(districts(tallies), BoardLevel.DISTRICT, campaign, reprimands);
            case TODAY -> rolledUp(today(tallies), BoardLevel.TODAY, campaign, null);
        };
        return ranked(rows);
    }

    /**
     * Every province with a campaign running on the day, for the national map: the campaign's total
     * and its light ({@link ComplianceRules#light}, the rule of the board's rows) — one campaign per
     * province, the latest started when several run.
     */
    @Requires(Permission.READ_NATIONAL_SUMMARY)
    public List<ProvinceStanding> provinces(LocalDate day) {
        Map<String, ProvinceStanding> byProvince = new LinkedHashMap<>();
        for (CampaignTotal running : oversight.campaignTotals(day)) {
            CampaignDetails campaign = campaigns.get(running.campaignId());
            ProvinceStanding earlier = byProvince.get(running.provinceCode());
            if (earlier != null && !campaign.startDate().isAfter(campaigns.get(earlier.campaignId()).startDate())) {
                continue;
            }
            TotalRow total = oversight.total(OversightFilter.of(campaign.id(), day));
            CoverageClass coverage = total.communesWithoutFigure() >= total.communes() ? CoverageClass.NONE
                    : CoverageClass.valueOf(ComplianceRules.light(total.cumulative(), total.paceInstalls(),
                            campaign.thresholds()).name());
            byProvince.put(running.provinceCode(), new ProvinceStanding(running.provinceCode(), running.provinceName(),
                    campaign.id(), campaign.name(), total.communes(), total.cumulative(), total.denominator(),
                    total.paceInstalls(), coverage));
        }
        return List.copyOf(byProvince.values());
    }

    /**
     * The province of today that the communes of a board of today's units ({@link BoardLevel#TODAY}
     * rows) belong to, for its map: the unit above its first commune of today, read through a
     * successor row the caller may read; empty when no row is a commune of today.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public Optional<Long> todayProvince(List<BoardRow> todayRows) {
        return todayRows.stream().filter(r -> r.lineage() != null && r.lineage().kind() == BoardRow.Lineage.Kind.MERGED)
                .findFirst().flatMap(r -> lineage.parentOfSuccessor(r.unitId()));
    }

    /**
     * Whether the campaign can be ranked on today's units: its former communes (visible to the
     * caller) became part of communes the portal holds (decision 0031).
     */
    @Requires(Permission.READ_OVERSIGHT)
    public boolean hasTodayUnits(long campaignId) {
        return lineage.hasSuccessorsUnder(campaigns.get(campaignId).provincePath());
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

    /** The communes of each district. */
    private static List<Sum> districts(List<Tally> tallies) {
        Map<Long, List<Tally>> byDistrict = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            if (tally.commune().districtId() != null) {
                byDistrict.computeIfAbsent(tally.commune().districtId(), id -> new ArrayList<>()).add(tally);
            }
        }
        return byDistrict.values().stream().map(members -> {
            CommuneDayRow first = members.getFirst().commune();
            return new Sum(first.districtId(), first.districtCode(), first.districtName(), null, members);
        }).toList();
    }

    /**
     * The former communes on the communes of today they became part of (decision 0031): one row
     * per new commune summing the former communes that went to it whole, named beside it; a former
     * commune split between several new communes, or without a successor the portal holds, is a
     * row of its own saying so — never apportioned, never dropped, so the rows add up to the
     * campaign.
     */
    private List<Sum> today(List<Tally> tallies) {
        Map<Long, List<Succession>> byFormer = new HashMap<>();
        for (Succession s : lineage.successorsOf(tallies.stream().map(t -> t.commune().unitId()).toList())) {
            List<Succession> list = byFormer.computeIfAbsent(s.oldUnitId(), id -> new ArrayList<>());
            if (list.stream().noneMatch(other -> other.newCode().equals(s.newCode()))) {
                list.add(s);
            }
        }
        Map<Long, List<Tally>> byNew = new LinkedHashMap<>();
        Map<Long, Succession> newUnits = new HashMap<>();
        List<Sum> sums = new ArrayList<>();
        for (Tally tally : tallies) {
            CommuneDayRow commune = tally.commune();
            List<Succession> successors = byFormer.getOrDefault(commune.unitId(), List.of());
            if (successors.size() == 1 && successors.getFirst().newUnitId() != null) {
                Succession successor = successors.getFirst();
                newUnits.putIfAbsent(successor.newUnitId(), successor);
                byNew.computeIfAbsent(successor.newUnitId(), id -> new ArrayList<>()).add(tally);
            } else {
                BoardRow.Lineage.Kind kind = successors.isEmpty() ? BoardRow.Lineage.Kind.NO_SUCCESSOR
                        : successors.size() > 1 ? BoardRow.Lineage.Kind.SPLIT : BoardRow.Lineage.Kind.NOT_HELD;
                String name = commune.districtName() == null ? commune.name()
                        : commune.name() + " (" + commune.districtName() + ")";
                sums.add(new Sum(commune.unitId(), commune.code(), name, new BoardRow.Lineage(kind,
                        successors.stream().map(Succession::newName).toList()), List.of(tally)));
            }
        }
        byNew.forEach((id, members) -> {
            Succession successor = newUnits.get(id);
            List<String> formers = members.stream().map(t -> t.commune().name())
                    .sorted(Comparator.comparing(VietnameseText::sortKey)).toList();
            sums.add(new Sum(id, successor.newCode(), successor.newName(),
                    new BoardRow.Lineage(BoardRow.Lineage.Kind.MERGED, formers), members));
        });
        return sums;
    }

    /**
     * Rows of units made of communes: their figures, records and daily counts summed, then the rules
     * for such units. {@code reprimands} null: the rows are for reading only (today's units of an
     * earlier campaign: proposals concern the campaign's own units).
     */
    private static List<BoardRow> rolledUp(List<Sum> sums, BoardLevel level, CampaignDetails campaign,
            Reprimands reprimands) {
        Set<Long> bottom = bottomOf(sums, Sum::unitId, s -> share(s.cumulative, s.denominator), campaign);
        List<BoardRow> rows = new ArrayList<>();
        for (Sum sum : sums) {
            DistrictRecord record = new DistrictRecord(sum.cumulative, sum.denominator, sum.population, sum.pace,
                    sum.members.size(),
                    (int) sum.members.stream().filter(t -> t.finding().flags().contains(Flag.NOT_SERIOUS)).count(),
                    (int) sum.members.stream().filter(t -> t.finding().flags().contains(Flag.DATA_ANOMALY)).count(),
                    sum.daily, reprimands != null && reprimands.earlierApprovedRemind(sum.unitId));
            // a commune of today made of one former commune reads as that commune: its own finding
            Finding finding = level == BoardLevel.TODAY && sum.members.size() == 1 ? sum.members.getFirst().finding()
                    : ComplianceRules.assessDistrict(record, bottom.contains(sum.unitId), campaign.thresholds());
            rows.add(new BoardRow(0, level, sum.unitId, sum.code, sum.name, null,
                    sum.members.size(), sum.cumulative, null, sum.carried, sum.withoutFigure, sum.denominator,
                    sum.population, sum.pace, sum.onTimeCampaign,
                    sum.lateCampaign, sum.missingCampaign, sum.onTimeWeek, sum.lateWeek, sum.missingWeek,
                    sum.daily.stream().map(v -> share(v, sum.denominator)).toList(), finding,
                    reprimands == null ? null : reprimands.shown(sum.unitId),
                    reprimands == null ? null : reprimands.followUp(sum.unitId, sum.cumulative, sum.pace),
                    reprimands != null && reprimands.actionable(sum.unitId, finding), sum.lineage));
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
                    reprimands.actionable(commune.unitId(), finding), null);
        }
    }

    /** Communes summed into one unit of the board: a district, or a commune of today with its former communes. */
    private static final class Sum {
        final long unitId;
        final String code;
        final String name;
        final BoardRow.Lineage lineage;
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

        Sum(long unitId, String code, String name, BoardRow.Lineage lineage, List<Tally> members) {
            this.unitId = unitId;
            this.code = code;
            this.name = name;
            this.lineage = lineage;
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

        long unitId() {
            return unitId;
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
