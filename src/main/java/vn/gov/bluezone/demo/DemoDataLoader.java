package vn.gov.bluezone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
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
 * Loads Long An as in 2020, the units of today (Tây Ninh since 1/7/2025, unless
 * {@code portal.demo.current-units=false}) and the demo accounts on first start; later starts find
 * them and do nothing. It runs as a lifecycle phase before the web server's (issue 17): once every
 * bean, transaction proxy and event listener is ready, but before the server accepts a request, so
 * the login page never serves while the demo accounts are still missing (an ApplicationRunner ran
 * after the server was up, and an early sign-in was refused as a wrong password).
 */
@Component
@Conditional(DemoDataEnabled.class)
class DemoDataLoader implements SmartLifecycle {

    /** Before the web server starts ({@code WebServerStartStopLifecycle}, DEFAULT_PHASE - 2048). */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    static final String UNITS = "reference/long-an-2020.csv";
    static final String POPULATION = "reference/long-an-district-population-2019.csv";
    static final String CENSUS = "Tổng điều tra dân số và nhà ở 1/4/2019";
    static final LocalDate CENSUS_DATE = LocalDate.of(2019, 4, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final HierarchyService hierarchy;
    private final UnitImportService unitImport;
    private final UserAdminService users;
    private final DemoCampaigns campaigns;
    private final DemoCurrentUnits currentUnits;
    private final boolean loadCurrentUnits;
    private final Environment environment;
    private volatile boolean loaded;

    DemoDataLoader(HierarchyService hierarchy, UnitImportService unitImport, UserAdminService users,
            DemoCampaigns campaigns, DemoCurrentUnits currentUnits,
            @Value("${portal.demo.current-units:true}") boolean loadCurrentUnits, Environment environment) {
        this.hierarchy = hierarchy;
        this.unitImport = unitImport;
        this.users = users;
        this.campaigns = campaigns;
        this.currentUnits = currentUnits;
        this.loadCurrentUnits = loadCurrentUnits;
        this.environment = environment;
    }

    @Override
    public void start() {
        // the condition again, on the run's environment: an AOT-processed build (decision 0037)
        // decided it at build time; in a normal start it has just held and holds again
        if (DemoDataEnabled.outcome(environment).isMatch()) {
            SystemAccess.runAsSystem(this::load);
        } else {
            // not the outcome's message: it would log the datasource URL
            log.info("Demo data: off for this run (portal.demo.enabled={}, embedded H2 or not), although the build "
                    + "included the loader", environment.getProperty("portal.demo.enabled", "auto"));
        }
        loaded = true;
    }

    /** Nothing to undo: the data stay for the next start. */
    @Override
    public void stop() {
        loaded = false;
    }

    @Override
    public boolean isRunning() {
        return loaded;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void load() {
        long start = System.nanoTime();
        if (!hasUnit(hierarchy, "80", DemoAccounts.LONG_AN_DAY)) {
            var result = timed("Long An units, census and offices' e-mail", () -> {
                var imported = unitImport.importGsoList(UNITS, read(UNITS));
                loadCensusPopulation();
                demoOfficeEmails();
                return imported;
            });
            log.info("Demo data: loaded Long An, {} units", result.created());
        }
        if (users.list(null, Pageable.ofSize(1)).isEmpty()) {
            timed("Long An accounts", () -> createAccounts(DemoAccounts.ALL));
        }
        if (loadCurrentUnits && timed("Tây Ninh 2025 units, successors and populations", currentUnits::load)) {
            timed("Tây Ninh accounts", () -> createAccounts(DemoAccounts.TODAY));
            log.info("Demo data: loaded Tây Ninh as in force since {}", DemoAccounts.TWO_LEVEL_DAY);
        }
        if (loadCurrentUnits && timed("Tây Ninh boundaries", currentUnits::loadBoundaries)) {
            log.info("Demo data: loaded the commune boundaries of Tây Ninh");
        }
        campaigns.load();
        log.info("Demo data: ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Runs a step and logs how long it took: the demo is loaded before the login page serves, so
     * its steps are the first start's cost (docs/benchmarks.md, "Cold start").
     */
    static <T> T timed(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        log.info("Demo data: {} in {} ms", step, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    static void timed(String step, Runnable work) {
        timed(step, () -> {
            work.run();
            return null;
        });
    }

    private void createAccounts(List<DemoAccounts.Account> accounts) {
        users.createAllWithPassword(accounts.stream().map(account -> new UserDetailsForm(account.username(),
                account.fullName(), null, null, account.role(), account.unitCode() == null ? null
                        : hierarchy.getByCode(account.unitCode(), account.unitDay()).id())).toList(),
                DemoAccounts.PASSWORD, false);
        log.info("Demo data: created {} demo accounts (password {})", accounts.size(), DemoAccounts.PASSWORD);
    }

    /** The districts' census figures and the province's, their sum, recorded in one call. */
    private void loadCensusPopulation() {
        long total = 0;
        Map<Long, Long> populations = new LinkedHashMap<>();
        String[] lines = new String(read(POPULATION), StandardCharsets.UTF_8).strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            long population = Long.parseLong(cells[2].strip());
            populations.put(longAn(cells[0].strip()).id(), population);
            total += population;
        }
        populations.put(longAn("80").id(), total);
        hierarchy.recordPopulations(populations, CENSUS, CENSUS_DATE);
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
        return hierarchy.getByCode(code, DemoAccounts.LONG_AN_DAY);
    }

    static boolean hasUnit(HierarchyService hierarchy, String code, LocalDate day) {
        try {
            hierarchy.getByCode(code, day);
            return true;
        } catch (OutOfScopeException e) {
            return false;
        }
    }

    static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Missing reference file " + path, e);
        }
    }

}
