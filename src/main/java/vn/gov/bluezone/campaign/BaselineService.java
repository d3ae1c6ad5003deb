package vn.gov.bluezone.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.hierarchy.AdministrativeUnit;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
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
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * The baselines of a campaign: each commune's population, smartphone users and installs at the
 * start, which the targets and the shares are measured against. Everyone reads those of the
 * communes in their scope; whoever manages the campaign edits them one by one or imports a file.
 */
@Service
@Transactional(readOnly = true)
public class BaselineService {

    /** The largest baselines file accepted, in bytes. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    private static final TabularImport<BaselineRow> BASELINE_IMPORT = TabularImport.of(Formats.CSV_OR_XLSX,
            MAX_IMPORT_BYTES, HeaderCheck.eachRequired("commune_code", "population", "smartphone_users",
                    "installs_at_start"));

    /** One checked row of a baselines file. */
    private record BaselineRow(UnitSummary commune, long population, long smartphoneUsers, long installsAtStart) {
    }

    private final CampaignBaselineRepository baselines;
    private final CampaignAccess access;
    private final HierarchyService hierarchy;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    BaselineService(CampaignBaselineRepository baselines, CampaignAccess access, HierarchyService hierarchy,
            AuditLog auditLog, EntityManager entityManager, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.baselines = baselines;
        this.access = access;
        this.hierarchy = hierarchy;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
    }

    /**
     * The baseline of one commune, if the caller's scope covers it. That is also the campaign's
     * visibility check: a campaign has baselines only for communes under its province (the import
     * and the seeding take them from there), so a caller whose scope covers one of them is inside the
     * province or above it, which is what makes a campaign visible ({@code CampaignAccess.visible});
     * a submission, which has just read the campaign, is spared a second read of it (a query, and
     * the persistence context's flush check before it: issue 17).
     */
    @PreAuthorize("isAuthenticated()")
    public Baseline baseline(long campaignId, long unitId) {
        return baselines.findInScope(campaignId, unitId)
                .map(CampaignBaseline::view).orElseThrow(OutOfScopeException::new);
    }

    @PreAuthorize("isAuthenticated()")
    public Page<Baseline> baselines(long campaignId, String text, Pageable pageable) {
        access.visible(campaignId);
        String pattern = text == null || text.isBlank() ? null : VietnameseText.likeContains(text);
        Pageable sorted = pageable.isPaged()
                ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("unit.path"))
                : Pageable.unpaged(Sort.by("unit.path"));
        return baselines.findInScope(campaignId, pattern, sorted)
                .map(CampaignBaseline::view);
    }

    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public Baseline updateBaseline(long campaignId, long unitId, long population, long smartphoneUsers,
            long installsAtStart, long expectedVersion) {
        access.managed(campaignId, null);
        CampaignBaseline baseline = baselines.findInScope(campaignId, unitId)
                .orElseThrow(OutOfScopeException::new);
        if (baseline.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        String problem = baselineProblem(population, smartphoneUsers, installsAtStart);
        if (problem != null) {
            throw new ValidationException(Map.of("baseline", problem));
        }
        Baseline before = baseline.view();
        baseline.set(population, smartphoneUsers, installsAtStart, false);
        auditLog.record(AuditAction.BASELINE_UPDATED, before.unitCode() + " " + before.unitName(),
                baseline.getUnit().getPath(), before.population() + "/" + before.smartphoneUsers() + "/"
                        + before.installsAtStart() + " → " + population + "/" + smartphoneUsers + "/" + installsAtStart);
        return baseline.view();
    }

    /**
     * Imports baselines from CSV or XLSX with columns commune_code, population, smartphone_users,
     * installs_at_start: every row is checked first, and only a clean file is written.
     */
    @Requires(Permission.MANAGE_CAMPAIGNS)
    @Transactional
    public int importBaselines(long campaignId, String fileName, byte[] content) {
        Campaign campaign = access.managed(campaignId, null);
        String provincePath = campaign.getProvince().getPath();
        Set<String> seen = new HashSet<>();
        List<BaselineRow> accepted = BASELINE_IMPORT.read(content, row -> {
            String code = row.cell("commune_code");
            Long population = TabularFile.wholeNumber(row.cell("population"));
            Long smartphones = TabularFile.wholeNumber(row.cell("smartphone_users"));
            Long installs = TabularFile.wholeNumber(row.cell("installs_at_start"));
            UnitSummary unit = communeOf(code, provincePath);
            if (unit == null) {
                return row.refuse("baseline.error.unknownCommune", code);
            } else if (!seen.add(code)) {
                return row.refuse("import.error.duplicateCode", code, "—");
            } else if (population == null || smartphones == null || installs == null) {
                return row.refuse("baseline.error.notWholeNumber");
            }
            String problem = baselineProblem(population, smartphones, installs);
            return problem != null ? row.refuse(problem)
                    : row.accept(new BaselineRow(unit, population, smartphones, installs));
        });
        Map<String, CampaignBaseline> existing = new HashMap<>();
        baselines.findAcrossScopesByCampaign(campaignId).forEach(b -> existing.put(b.getUnit().getCode(), b));
        int changed = 0;
        for (BaselineRow row : accepted) {
            CampaignBaseline baseline = existing.get(row.commune().code());
            if (baseline == null) {
                baseline = baselines.save(new CampaignBaseline(campaignId,
                        entityManager.getReference(AdministrativeUnit.class, row.commune().id())));
            }
            if (baseline.set(row.population(), row.smartphoneUsers(), row.installsAtStart(), false)) {
                changed++;
            }
        }
        auditLog.record(AuditAction.BASELINE_IMPORTED, InputText.line(fileName), provincePath, "rows=" + accepted.size() + "; changed=" + changed);
        return changed;
    }

    /** A demo baseline of one unit: estimated figures set without an import file. */
    public record EstimatedBaseline(long unitId, long population, long smartphoneUsers, long installsAtStart) {
    }

    /**
     * Demo seeding: sets baselines without an import file, marked as estimates, in one transaction
     * (issue 17: a transaction per commune slowed the demo's first start). The campaign's baselines
     * are read once; one it has is set through its entity, as before. The new ones, all of them on a
     * first start, are inserted in one JDBC batch: their ids are the database's own (IDENTITY), so
     * Hibernate inserted each alone, and then updated it with its figures (issue 17, the second
     * pass). The batch writes the rows that pair of statements left, version 1 included, so a
     * seeded baseline reads as an imported one (also inserted, then set).
     */
    @Requires(Permission.ADMINISTER)
    @Transactional
    public void seedEstimatedBaselines(long campaignId, List<EstimatedBaseline> estimates) {
        Map<Long, CampaignBaseline> existing = new HashMap<>();
        baselines.findAcrossScopesByCampaign(campaignId).forEach(b -> existing.put(b.getUnit().getId(), b));
        List<EstimatedBaseline> created = new ArrayList<>();
        for (EstimatedBaseline estimate : estimates) {
            CampaignBaseline baseline = existing.get(estimate.unitId());
            if (baseline == null) {
                created.add(estimate);
            } else {
                baseline.set(estimate.population(), estimate.smartphoneUsers(), estimate.installsAtStart(), true);
            }
        }
        entityManager.flush();
        jdbc.batchUpdate("""
                insert into campaign_baseline (campaign_id, unit_id, population, smartphone_users, installs_at_start,
                       estimated, version)
                values (?, ?, ?, ?, ?, ?, 1)
                """, created, 500, (statement, estimate) -> {
            statement.setLong(1, campaignId);
            statement.setLong(2, estimate.unitId());
            statement.setLong(3, estimate.population());
            statement.setLong(4, estimate.smartphoneUsers());
            statement.setLong(5, estimate.installsAtStart());
            statement.setBoolean(6, true);
        });
    }

    private UnitSummary communeOf(String code, String provincePath) {
        if (code == null || !code.matches("\\d{1,10}")) {
            return null;
        }
        try {
            UnitSummary unit = hierarchy.getByCodeUnder(code, provincePath);
            return unit.level() == UnitLevel.COMMUNE ? unit : null;
        } catch (OutOfScopeException e) {
            return null;
        }
    }

    static String baselineProblem(long population, long smartphoneUsers, long installsAtStart) {
        if (population < 0 || smartphoneUsers < 0 || installsAtStart < 0) {
            return "baseline.error.negative";
        }
        if (population > FigureLimits.MAX_PEOPLE) {
            return "figure.error.tooLarge";
        }
        if (smartphoneUsers > population) {
            return "baseline.error.smartphonesAbovePopulation";
        }
        if (installsAtStart > population) {
            return "baseline.error.installsAbovePopulation";
        }
        return null;
    }
}
