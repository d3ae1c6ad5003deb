package vn.gov.bluezone.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.bluezone.hierarchy.BoundaryImportService;
import vn.gov.bluezone.hierarchy.BoundaryService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.LineageService;
import vn.gov.bluezone.hierarchy.Succession;
import vn.gov.bluezone.hierarchy.SuccessorImportService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.hierarchy.UnitSummary;

/**
 * The units of today for the demo: Tây Ninh (code 80) as in force since 1/7/2025, two levels, 96
 * communes, with its successor table from the Long An and Tây Ninh communes of before. Commune
 * populations are not published for the new communes: the demo estimates each as the sum of its
 * former communes' demo estimates (a former commune split between several new ones shares evenly;
 * one the portal does not hold — old Tây Ninh, code 72, is not loaded — counts as Long An's mean),
 * and says so in the population's source. The communes' boundaries come from the shipped map
 * ({@value #BOUNDARIES}, decision 0032), imported like any boundary file, so the demo has a map.
 */
@Component
class DemoCurrentUnits {

    static final String UNITS = "reference/tay-ninh-2025.csv";
    static final String SUCCESSORS = "reference/successors-tay-ninh-2025.csv";
    static final String BOUNDARIES = "geo/tay-ninh-2025-communes.geojson";
    static final String ESTIMATE = "Ước tính cho trình diễn từ dân số các xã cũ (không phải số liệu chính thức)";

    private final HierarchyService hierarchy;
    private final UnitImportService unitImport;
    private final SuccessorImportService successorImport;
    private final LineageService lineage;
    private final DemoCampaigns campaigns;
    private final BoundaryImportService boundaryImport;
    private final BoundaryService boundaries;

    DemoCurrentUnits(HierarchyService hierarchy, UnitImportService unitImport, SuccessorImportService successorImport,
            LineageService lineage, DemoCampaigns campaigns, BoundaryImportService boundaryImport,
            BoundaryService boundaries) {
        this.hierarchy = hierarchy;
        this.unitImport = unitImport;
        this.successorImport = successorImport;
        this.lineage = lineage;
        this.campaigns = campaigns;
        this.boundaryImport = boundaryImport;
        this.boundaries = boundaries;
    }

    /** Runs as the system after Long An is loaded; returns whether it loaded anything. */
    boolean load() {
        if (DemoDataLoader.hasUnit(hierarchy, "80", DemoAccounts.TWO_LEVEL_DAY)
                && DemoAccounts.TWO_LEVEL_DAY.equals(hierarchy.getByCode("80", DemoAccounts.TWO_LEVEL_DAY).validFrom())) {
            return false;
        }
        unitImport.importGsoList(UNITS, DemoDataLoader.read(UNITS), DemoAccounts.TWO_LEVEL_DAY);
        successorImport.importSuccessors(SUCCESSORS, DemoDataLoader.read(SUCCESSORS), DemoAccounts.TWO_LEVEL_DAY);
        estimatePopulations();
        return true;
    }

    /**
     * Runs as the system once the units of today are there: imports Tây Ninh's commune boundaries
     * when its communes have none (a database of a demo from before the maps gets them too); returns
     * whether it imported.
     */
    boolean loadBoundaries() {
        UnitSummary province = hierarchy.getByCode("80", DemoAccounts.TWO_LEVEL_DAY);
        if (!boundaries.shapedUnder(province.id()).isEmpty()) {
            return false;
        }
        boundaryImport.importBoundaries(BOUNDARIES, DemoDataLoader.read(BOUNDARIES));
        return true;
    }

    private void estimatePopulations() {
        UnitSummary longAn = hierarchy.getByCode("80", DemoAccounts.LONG_AN_DAY);
        List<UnitSummary> formerCommunes = campaigns.communesOf(longAn);
        long[] formerPopulations = campaigns.longAnPopulations(formerCommunes);
        Map<Long, Long> formerEstimate = new HashMap<>();
        long formerTotal = 0;
        for (int i = 0; i < formerCommunes.size(); i++) {
            formerEstimate.put(formerCommunes.get(i).id(), formerPopulations[i]);
            formerTotal += formerPopulations[i];
        }
        long mean = formerTotal / formerCommunes.size();

        UnitSummary province = hierarchy.getByCode("80", DemoAccounts.TWO_LEVEL_DAY);
        List<Succession> rows = lineage.predecessorsUnder(province.path());
        Map<Long, Long> shares = new HashMap<>();
        for (Succession row : rows) {
            if (row.oldUnitId() != null) {
                shares.merge(row.oldUnitId(), 1L, Long::sum);
            }
        }
        Map<Long, Long> estimate = new HashMap<>();
        for (Succession row : rows) {
            long part = row.oldUnitId() == null || !formerEstimate.containsKey(row.oldUnitId()) ? mean
                    : formerEstimate.get(row.oldUnitId()) / shares.get(row.oldUnitId());
            estimate.merge(row.newUnitId(), part, Long::sum);
        }
        long total = 0;
        Map<Long, Long> populations = new LinkedHashMap<>();
        for (UnitSummary commune : campaigns.communesOf(province)) {
            long population = estimate.getOrDefault(commune.id(), mean);
            populations.put(commune.id(), population);
            total += population;
        }
        populations.put(province.id(), total);
        hierarchy.recordPopulations(populations, ESTIMATE, DemoAccounts.TWO_LEVEL_DAY);
    }
}
