package vn.gov.bluezone.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.LineageService;
import vn.gov.bluezone.hierarchy.Succession;
import vn.gov.bluezone.shared.Caller;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * A campaign of former communes shown on the communes of today (decision 0031): the campaign's
 * standings ({@link CommuneStandings}, the one read model of decision 0028) assigned to the
 * successors the lineage tables name.
 *
 * <p>Who may read it: a caller to whom the campaign is visible reads the communes of its scope, as
 * on the board; a caller whose scope holds new communes that former communes of the campaign
 * became part of reads the history of the territory it administers today — only the rows of its
 * new communes, the figures read as the system after that check. Anyone else is told the campaign
 * does not exist.
 */
@Service
@Transactional(readOnly = true)
public class LineageRollupService {

    private final CommuneStandings standings;
    private final CampaignService campaigns;
    private final LineageService lineage;
    private final NamedParameterJdbcTemplate jdbc;
    private final Callers callers;
    private final Clock clock;

    LineageRollupService(CommuneStandings standings, CampaignService campaigns, LineageService lineage,
            NamedParameterJdbcTemplate jdbc, Callers callers, Clock clock) {
        this.standings = standings;
        this.campaigns = campaigns;
        this.lineage = lineage;
        this.jdbc = jdbc;
        this.callers = callers;
        this.clock = clock;
    }

    /** A campaign the caller may see on today's units, and the day the view opens on. */
    public record LineageCampaign(CampaignDetails campaign, LocalDate lastDay, boolean territoryHistory) {
    }

    /**
     * The campaigns whose communes have successors and that the caller may see rolled up: the
     * visible ones, and those of former communes that became part of communes in its scope; the
     * latest first.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public List<LineageCampaign> campaigns() {
        List<Long> ids = jdbc.queryForList("""
                select distinct b.campaign_id from campaign_baseline b
                  join unit_succession s on s.old_unit_id = b.unit_id
                 where s.old_unit_path like :scope or s.new_unit_path like :scope
                """, new MapSqlParameterSource("scope", callers.current().scope().likePattern()), Long.class);
        Map<Long, CampaignDetails> visible = campaigns.visibleCampaigns().stream()
                .collect(Collectors.toMap(CampaignDetails::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<LineageCampaign> result = new ArrayList<>();
        for (long id : ids) {
            CampaignDetails campaign = visible.get(id);
            boolean history = campaign == null;
            if (history) {
                campaign = SystemAccess.runAsSystem(() -> campaigns.get(id));
            }
            result.add(new LineageCampaign(campaign, lastDay(campaign, today), history));
        }
        result.sort(Comparator.comparing((LineageCampaign c) -> c.campaign().startDate()).reversed()
                .thenComparing(c -> c.campaign().id()));
        return result;
    }

    /**
     * The campaign on the day rolled up onto today's communes; {@link OutOfScopeException} when the
     * campaign is neither visible to the caller nor part of the history of its communes.
     */
    @Requires(Permission.READ_OVERSIGHT)
    public LineageRollup rollup(long campaignId, LocalDate day) {
        CampaignDetails visible = visibleOrNull(campaignId);
        if (visible != null) {
            List<CommuneDayRow> communes = standings.standings(campaignId, day).stream().map(CommuneStanding::day)
                    .toList();
            List<Succession> successions = lineage.successorsOf(communes.stream().map(CommuneDayRow::unitId).toList());
            return LineageRollup.of(campaignId, visible.name(), day, false, communes, successions, path -> true);
        }
        Caller caller = callers.current();
        if (!holdsSuccessorsOf(campaignId)) {
            throw new OutOfScopeException();
        }
        // checked: the caller administers today communes that former communes of the campaign became part of
        return SystemAccess.runAsSystem(() -> {
            CampaignDetails campaign = campaigns.get(campaignId);
            List<CommuneDayRow> all = standings.standings(campaignId, day).stream().map(CommuneStanding::day).toList();
            List<Succession> successions = lineage.successorsOf(all.stream().map(CommuneDayRow::unitId).toList());
            Set<Long> formers = new HashSet<>();
            for (Succession succession : successions) {
                if (succession.newUnitPath() != null && caller.covers(succession.newUnitPath())) {
                    formers.add(succession.oldUnitId());
                }
            }
            List<CommuneDayRow> communes = all.stream().filter(c -> formers.contains(c.unitId())).toList();
            return LineageRollup.of(campaignId, campaign.name(), day, true, communes,
                    successions.stream().filter(s -> formers.contains(s.oldUnitId())).toList(),
                    path -> path != null && caller.covers(path));
        });
    }

    /** The campaign's last day so far: its closing day, else its target date, never after today. */
    static LocalDate lastDay(CampaignDetails campaign, LocalDate today) {
        LocalDate last = campaign.closedOn() != null ? campaign.closedOn() : campaign.targetDate();
        LocalDate capped = last.isAfter(today) ? today : last;
        return capped.isBefore(campaign.startDate()) ? campaign.startDate() : capped;
    }

    /** Asked through the list, so that a campaign out of scope does not end the transaction with an exception. */
    private CampaignDetails visibleOrNull(long campaignId) {
        return campaigns.visibleCampaigns().stream().filter(c -> c.id() == campaignId).findFirst().orElse(null);
    }

    /** Whether a commune of the caller's scope is the successor of a commune of the campaign. */
    private boolean holdsSuccessorsOf(long campaignId) {
        Long count = jdbc.queryForObject("""
                select count(*) from campaign_baseline b
                  join unit_succession s on s.old_unit_id = b.unit_id
                 where b.campaign_id = :campaign and s.new_unit_path like :scope
                """, new MapSqlParameterSource("campaign", campaignId)
                .addValue("scope", callers.current().scope().likePattern()), Long.class);
        return count != null && count > 0;
    }
}
