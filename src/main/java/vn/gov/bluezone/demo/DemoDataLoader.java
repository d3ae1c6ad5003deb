package vn.gov.bluezone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitImportService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Loads Long An and the demo accounts on first start; later starts find them and do nothing.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    static final String UNITS = "reference/long-an-2020.csv";
    static final String POPULATION = "reference/long-an-district-population-2019.csv";
    static final String CENSUS = "Tổng điều tra dân số và nhà ở 1/4/2019";
    static final LocalDate CENSUS_DATE = LocalDate.of(2019, 4, 1);
    /** A day of the 2020 dispatch: the Long An units of that day are the demo's history. */
    static final LocalDate LONG_AN_DAY = LocalDate.of(2020, 8, 13);
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final HierarchyService hierarchy;
    private final UnitImportService unitImport;
    private final UserAdminService users;
    private final DemoCampaigns campaigns;

    DemoDataLoader(HierarchyService hierarchy, UnitImportService unitImport, UserAdminService users,
            DemoCampaigns campaigns) {
        this.hierarchy = hierarchy;
        this.unitImport = unitImport;
        this.users = users;
        this.campaigns = campaigns;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.runAsSystem(this::load);
    }

    void load() {
        if (!hasUnit("80", LONG_AN_DAY)) {
            var result = unitImport.importGsoList(UNITS, read(UNITS));
            loadCensusPopulation();
            demoOfficeEmails();
            log.info("Demo data: loaded Long An, {} units", result.created());
        }
        if (users.list(null, Pageable.ofSize(1)).isEmpty()) {
            for (DemoAccounts.Account account : DemoAccounts.ALL) {
                Long unitId = account.unitCode() == null ? null : longAn(account.unitCode()).id();
                users.createWithPassword(new UserDetailsForm(account.username(), account.fullName(), null, null,
                        account.role(), unitId), DemoAccounts.PASSWORD, false);
            }
            log.info("Demo data: created {} demo accounts (password {})", DemoAccounts.ALL.size(), DemoAccounts.PASSWORD);
        }
        campaigns.load();
        log.info("Demo data: ready");
    }

    private void loadCensusPopulation() {
        long total = 0;
        String[] lines = new String(read(POPULATION), StandardCharsets.UTF_8).strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            long population = Long.parseLong(cells[2].strip());
            hierarchy.recordPopulation(longAn(cells[0].strip()).id(), population, CENSUS, CENSUS_DATE);
            total += population;
        }
        hierarchy.recordPopulation(longAn("80").id(), total, CENSUS, CENSUS_DATE);
    }

    /**
     * Office addresses for the demo district and commune, so that reminders and missing lists show
     * in the outbox (example.vn: nothing real is ever addressed).
     */
    private void demoOfficeEmails() {
        for (String[] unit : new String[][] {{"802", "vanthu.duchoa@example.vn"}, {"27958", "ubnd.duclapha@example.vn"}}) {
            var summary = longAn(unit[0]);
            hierarchy.updateOfficeEmail(summary.id(), unit[1], summary.version());
        }
    }

    /** A unit of Long An as it stood in August 2020. */
    private UnitSummary longAn(String code) {
        return hierarchy.getByCode(code, LONG_AN_DAY);
    }

    private boolean hasUnit(String code, LocalDate day) {
        try {
            hierarchy.getByCode(code, day);
            return true;
        } catch (OutOfScopeException e) {
            return false;
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Missing reference file " + path, e);
        }
    }

}
