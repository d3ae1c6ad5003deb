package vn.gov.bluezone.oversight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.FigureLimits;
import vn.gov.bluezone.shared.ImportProblem;
import vn.gov.bluezone.shared.ImportRejectedException;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.TabularFile;
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

    private final OfficialCountRepository counts;
    private final CampaignService campaigns;
    private final HierarchyService hierarchy;
    private final AuditLog auditLog;
    private final Clock clock;

    OfficialCountService(OfficialCountRepository counts, CampaignService campaigns, HierarchyService hierarchy,
            AuditLog auditLog, Clock clock) {
        this.counts = counts;
        this.campaigns = campaigns;
        this.hierarchy = hierarchy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_OFFICER')")
    @Transactional
    public int importCounts(long campaignId, String fileName, byte[] content, String source) {
        CampaignDetails campaign = campaigns.get(campaignId);
        String origin = VietnameseText.trimToNull(source);
        if (origin == null || origin.length() > 200) {
            throw new PortalException("official.error.source");
        }
        TabularFile file = TabularFile.read(content, MAX_BYTES);
        int code = file.header().indexOf("commune_code");
        int date = file.header().indexOf("date");
        int installs = file.header().indexOf("installs");
        List<ImportProblem> problems = new ArrayList<>();
        if (code < 0 || date < 0 || installs < 0) {
            problems.add(new ImportProblem(1, "import.error.missingColumns", "commune_code, date, installs"));
            throw new ImportRejectedException(problems);
        }
        Map<String, UnitSummary> communes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Object[]> accepted = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            UnitSummary commune = communes.computeIfAbsent(row.cell(code), c -> commune(c, campaign));
            LocalDate day = parse(row.cell(date));
            Long value = TabularFile.wholeNumber(row.cell(installs));
            if (commune == null) {
                problems.add(new ImportProblem(row.number(), "baseline.error.unknownCommune", row.cell(code)));
            } else if (day == null || day.isBefore(campaign.startDate()) || day.isAfter(LocalDate.now(clock))) {
                problems.add(new ImportProblem(row.number(), "official.error.date", row.cell(date)));
            } else if (value == null) {
                problems.add(new ImportProblem(row.number(), "baseline.error.notWholeNumber"));
            } else if (!FigureLimits.isPeopleCount(value)) {
                problems.add(new ImportProblem(row.number(), "figure.error.tooLarge"));
            } else if (!seen.add(commune.code() + "|" + day)) {
                problems.add(new ImportProblem(row.number(), "official.error.duplicate", commune.code(), row.cell(date)));
            } else {
                accepted.add(new Object[] {commune, day, value});
            }
            if (problems.size() >= 100) {
                break;
            }
        }
        if (file.rows().isEmpty()) {
            problems.add(new ImportProblem(2, "import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Instant now = clock.instant();
        for (Object[] values : accepted) {
            UnitSummary commune = (UnitSummary) values[0];
            LocalDate day = (LocalDate) values[1];
            OfficialCount count = counts.findByCampaignIdAndUnitIdAndCountDate(campaignId, commune.id(), day)
                    .orElseGet(() -> new OfficialCount(campaignId, commune.id(), day));
            count.set((Long) values[2], origin, actor, now);
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
            UnitSummary unit = hierarchy.getByCode(code);
            if (unit.level() != UnitLevel.COMMUNE || !unit.path().startsWith(campaign.provincePath())) {
                return null;
            }
            campaigns.baseline(campaign.id(), unit.id());
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
