package vn.gov.bluezone.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.TabularFile;
import vn.gov.bluezone.shared.TabularImport;
import vn.gov.bluezone.shared.TabularImport.Formats;
import vn.gov.bluezone.shared.TabularImport.HeaderCheck;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Imports official install counts (CSV or XLSX: commune_code, date, installs) for a campaign, all or
 * nothing, each row checked; a count already imported for the same commune and day is replaced.
 */
@Service
public class OfficialCountService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final TabularImport<CountRow> COUNT_IMPORT = TabularImport.of(Formats.CSV_OR_XLSX, MAX_BYTES,
            HeaderCheck.allRequired("commune_code", "date", "installs"));

    /** One checked row of an official counts file. */
    private record CountRow(UnitSummary commune, LocalDate day, long installs) {
    }

    private final OfficialCountRepository counts;
    private final CampaignService campaigns;
    private final BaselineService baselines;
    private final HierarchyService hierarchy;
    private final AuditLog auditLog;
    private final Callers callers;
    private final Clock clock;

    OfficialCountService(OfficialCountRepository counts, CampaignService campaigns, BaselineService baselines, HierarchyService hierarchy,
            AuditLog auditLog, Callers callers, Clock clock) {
        this.counts = counts;
        this.campaigns = campaigns;
        this.baselines = baselines;
        this.hierarchy = hierarchy;
        this.auditLog = auditLog;
        this.callers = callers;
        this.clock = clock;
    }

    @Requires(Permission.IMPORT_OFFICIAL_COUNTS)
    @Transactional
    public int importCounts(long campaignId, String fileName, byte[] content, String source) {
        CampaignDetails campaign = campaigns.get(campaignId);
        String origin = VietnameseText.trimToNull(source);
        if (origin == null || origin.length() > 200) {
            throw new PortalException("official.error.source");
        }
        Map<String, UnitSummary> communes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<CountRow> accepted = COUNT_IMPORT.read(content, row -> {
            String code = row.cell("commune_code");
            String date = row.cell("date");
            UnitSummary commune = communes.computeIfAbsent(code, c -> commune(c, campaign));
            LocalDate day = parse(date);
            Long value = TabularFile.wholeNumber(row.cell("installs"));
            if (commune == null) {
                return row.refuse("baseline.error.unknownCommune", code);
            } else if (day == null || day.isBefore(campaign.startDate()) || day.isAfter(LocalDate.now(clock))) {
                return row.refuse("official.error.date", date);
            } else if (value == null) {
                return row.refuse("baseline.error.notWholeNumber");
            } else if (!FigureLimits.isPeopleCount(value)) {
                return row.refuse("figure.error.tooLarge");
            } else if (!seen.add(commune.code() + "|" + day)) {
                return row.refuse("official.error.duplicate", commune.code(), date);
            }
            return row.accept(new CountRow(commune, day, value));
        });
        String actor = callers.current().userName();
        Instant now = clock.instant();
        for (CountRow row : accepted) {
            OfficialCount count = counts.findByCampaignIdAndUnitIdAndCountDate(campaignId, row.commune().id(), row.day())
                    .orElseGet(() -> new OfficialCount(campaignId, row.commune().id(), row.day()));
            count.set(row.installs(), origin, actor, now);
            counts.save(count);
        }
        auditLog.record(AuditAction.OFFICIAL_COUNTS_IMPORTED, InputText.line(fileName), campaign.provincePath(),
                "rows=" + accepted.size() + "; source=" + origin);
        return accepted.size();
    }

    /** A commune of the campaign: in its province and with a baseline in it. */
    private UnitSummary commune(String code, CampaignDetails campaign) {
        if (code == null || !code.matches("\\d{1,10}")) {
            return null;
        }
        try {
            UnitSummary unit = hierarchy.getByCodeUnder(code, campaign.provincePath());
            if (unit.level() != UnitLevel.COMMUNE) {
                return null;
            }
            baselines.baseline(campaign.id(), unit.id());
            return unit;
        } catch (OutOfScopeException e) {
            return null;
        }
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
