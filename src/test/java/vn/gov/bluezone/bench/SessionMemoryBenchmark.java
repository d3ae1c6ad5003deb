package vn.gov.bluezone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;
import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestContextManager;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.communication.UidlWriter;
import com.zaxxer.hikari.HikariDataSource;

import vn.gov.bluezone.Application;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;
import vn.gov.bluezone.reporting.DayRow;
import vn.gov.bluezone.reporting.ui.DailyReportView;

/**
 * Measures the heap one open Vaadin session keeps after GC: N independent sessions (each its own
 * VaadinSession, UI and Spring Security context, made with browserless's application/user/window
 * contexts) are opened as a real user on a real view and all kept referenced; used heap after
 * repeated full GCs is read before and after, and the difference divided by N. Two cases: the
 * commune officer ({@code xa.duclapha}) on the daily report form of the live demo campaign, showing
 * its latest submitted day (filled form, history, signed-copy upload, the days grid), and the
 * province officer ({@code tinh.sotttt}) on the compliance board of campaign 4937 at commune level
 * on 20/8/2020 (188 rows). After building the view, each session does what the first response does
 * on a server: every grid gets the first page the browser asks for and the UIDL is written, so the
 * pending changes are cleared as they are after a real round trip. Also prints the classes that grew
 * most (class histogram difference per session) and checks that closing the sessions gives the
 * memory back. 50 sessions opened and closed first load classes and fill application-wide caches.
 *
 * <p>The Spring context is the tests' one ({@link PortalSpringTest}: in-memory H2 in MariaDB mode
 * with the Long An demo data, or the database in {@code SPRING_DATASOURCE_URL}); no server and no
 * frontend bundle are needed. Vaadin runs in production mode as deployed ({@code
 * -Dvaadin.productionMode=false} measures development mode, which also records where each component
 * was created). Browserless adds its mock request, response and HTTP session to each session (a few
 * KB); a real server adds its own HTTP session and push connection instead. Not a test: see
 * docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=$JAVA_HOME/bin/java \
 *     -Dexec.args="-Xmx1g -XX:+UseG1GC -cp %classpath vn.gov.bluezone.bench.SessionMemoryBenchmark 200"
 * </pre>
 * Arguments: sessions per case (default 200), the case ({@code commune}, {@code board} or
 * {@code both}, the default) and how many classes of the histogram to print (default 15).
 */
public final class SessionMemoryBenchmark {

    static final String COMMUNE_USER = "xa.duclapha";
    static final String PROVINCE_USER = "tinh.sotttt";
    static final String HISTORIC = "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)";
    static final LocalDate BOARD_DAY = LocalDate.of(2020, 8, 20);
    static final int BOARD_ROWS = 188;
    static final int WARMUP = 50;
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** Carries the tests' Spring configuration; never run as a test. */
    @PortalSpringTest
    static final class TestsContext {
    }

    /** How a case opens one session: returns a line describing what the view shows. */
    record Case(String label, String user, long targetBytes, Function<BrowserlessUIContext, String> open) {
    }

    /** An open session and what its view shows. */
    record Session(BrowserlessUserContext user, String shows) {
    }

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String which = args.length > 1 ? args[1] : "both";
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        System.setProperty("logging.level.root", "warn");
        // as deployed, unless asked otherwise: development mode also records where each component was created
        if (System.getProperty("vaadin.productionMode") == null) {
            System.setProperty("vaadin.productionMode", "true");
        }
        System.setProperty("spring.main.banner-mode", "off");
        ApplicationContext spring = new TestContextManager(TestsContext.class).getTestContext().getApplicationContext();
        try (SecuredBrowserlessApplicationContext<Authentication> app =
                SpringBrowserlessApplicationContext.createSecured(spring, Application.class)) {
            UserDetailsService users = spring.getBean(UserDetailsService.class);
            DataSource database = spring.getBean(DataSource.class);
            System.out.printf("JVM %s, %s, max heap %d MB, GC %s; %d sessions per case%n",
                    System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), ManagementFactory.getGarbageCollectorMXBeans()
                            .stream().map(gc -> gc.getName()).toList(), sessions);
            if (!"board".equals(which)) {
                run(app, users, database, new Case("commune officer, daily report form", COMMUNE_USER, 250 * 1024,
                        SessionMemoryBenchmark::openReportForm), sessions, top);
            }
            if (!"commune".equals(which)) {
                run(app, users, database, new Case("province officer, compliance board at commune level", PROVINCE_USER,
                        1024 * 1024, SessionMemoryBenchmark::openBoard), sessions, top);
            }
        } finally {
            ((ConfigurableApplicationContext) spring).close();
        }
    }

    static void run(SecuredBrowserlessApplicationContext<Authentication> app, UserDetailsService users,
            DataSource database, Case test, int sessions, int top) throws Exception {
        System.out.printf("%n-- %s (%s) --%n", test.label(), test.user());
        // the first sessions load classes, fill application-wide caches and warm the JIT
        List<Session> open = new ArrayList<>();
        for (int i = 0; i < WARMUP; i++) {
            open.add(open(app, users, test));
        }
        String shows = open.getLast().shows();
        String mode = open.getLast().user().getSession().getConfiguration().isProductionMode() ? "production mode"
                : "development mode";
        open.forEach(session -> session.user().close());
        open.clear();

        long before = settledHeap(database);
        Map<String, long[]> histogramBefore = histogram();
        AtomicInteger nodes = new AtomicInteger();
        long started = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            open.add(open(app, users, test));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        UI last = open.getLast().user().getSession().getUIs().iterator().next();
        last.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes.incrementAndGet());
        long after = settledHeap(database);
        Map<String, long[]> histogramAfter = histogram();
        Reference.reachabilityFence(open);
        open.forEach(session -> session.user().close());
        open.clear();
        // browserless keeps each closed user (session shell, mock request, login): about 20 KB not given back
        long closed = settledHeap(database);
        double perSession = (after - before) / (double) sessions;
        System.out.printf("view: %s; %s, %d state nodes per UI; opened in %.1f s%n", shows, mode, nodes.get(),
                seconds);
        System.out.printf("used heap after GC: %.1f MB before, %.1f MB with %d sessions, %.1f MB after closing them%n",
                mb(before), mb(after), sessions, mb(closed));
        System.out.printf("per session: %.1f KB (target ≤ %d KB): %s; freed when they close: %.1f KB each%n",
                perSession / 1024, test.targetBytes() / 1024, perSession <= test.targetBytes() ? "met" : "NOT met",
                (after - closed) / (double) sessions / 1024);
        Map<String, long[]> growth = new HashMap<>();
        histogramAfter.forEach((name, counts) -> {
            long[] was = histogramBefore.getOrDefault(name, new long[2]);
            growth.put(name, new long[] {counts[0] - was[0], counts[1] - was[1]});
        });
        Map<String, Long> byOrigin = new TreeMap<>();
        growth.forEach((name, counts) -> byOrigin.merge(origin(name), counts[1], Long::sum));
        System.out.printf("growth per session by the package of the object's class (shallow sizes): %s%n",
                byOrigin.entrySet().stream().map(e -> String.format("%s %.1f KB", e.getKey(),
                        e.getValue() / (double) sessions / 1024)).toList());
        System.out.printf("largest growth per session (class histogram after minus before):%n");
        System.out.printf("%12s %12s  %s%n", "bytes", "instances", "class");
        growth.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%12.0f %12.1f  %s%n", e.getValue()[1] / (double) sessions,
                        e.getValue()[0] / (double) sessions, e.getKey()));
    }

    /** A new session logged in as the case's user, with one window on the case's view. */
    static Session open(SecuredBrowserlessApplicationContext<Authentication> app, UserDetailsService users,
            Case test) {
        BrowserlessUserContext user = app.newUser(login(users, test.user()));
        return new Session(user, test.open().apply(user.newWindow()));
    }

    /** The token login puts in the security context, with the user loaded the way login loads it. */
    static Authentication login(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** The form opens on the live demo campaign; the commune then picks its latest submitted day. */
    @SuppressWarnings("unchecked")
    static String openReportForm(BrowserlessUIContext window) {
        window.navigate(DailyReportView.class);
        Select<CampaignDetails> campaign = window.find(Select.class).id("report-campaign");
        Grid<DayRow> days = window.find(Grid.class).id("report-days");
        LocalDate reported = days.getGenericDataView().getItems().filter(d -> d.reportId() != null)
                .map(DayRow::date).max(Comparator.naturalOrder()).orElseThrow();
        window.test(window.find(DatePicker.class).id("report-date")).setValue(reported);
        String cumulative = window.find(TextField.class).id("report-cumulative").getValue();
        if (campaign.getValue() == null || cumulative.isBlank()) {
            throw new IllegalStateException("the report form shows no report");
        }
        respond(window);
        return String.format("%s, report of %s, cumulative %s, %d days listed", campaign.getValue().name(), reported,
                cumulative, days.getGenericDataView().getItems().count());
    }

    /** The board of campaign 4937 on its last day at commune level, as the province officer sees it. */
    @SuppressWarnings("unchecked")
    static String openBoard(BrowserlessUIContext window) {
        window.navigate(ComplianceBoardView.class);
        window.test((Select<CampaignDetails>) window.find(Select.class).id("board-campaign")).selectItem(HISTORIC);
        window.test(window.find(DatePicker.class).id("board-day")).setValue(BOARD_DAY);
        ((Select<BoardLevel>) window.find(Select.class).id("board-level")).setValue(BoardLevel.COMMUNE);
        Grid<BoardRow> grid = window.find(Grid.class).id("board-grid");
        long rows = grid.getGenericDataView().getItems().count();
        if (rows != BOARD_ROWS) {
            throw new IllegalStateException("the board shows " + rows + " rows");
        }
        respond(window);
        return String.format("%s, %s, communes, %d rows", HISTORIC, BOARD_DAY, rows);
    }

    /**
     * What the first response does on a server: the browser asks every grid for its first page,
     * then the changes are written out (data generated, components rendered, pending changes and
     * JavaScript calls cleared).
     */
    @SuppressWarnings("rawtypes")
    static void respond(BrowserlessUIContext window) {
        window.roundTrip();
        for (Grid grid : window.find(Grid.class).all()) {
            grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
        }
        UI ui = window.getUI();
        ui.accessSynchronously(() -> new UidlWriter().createUidl(ui, false));
    }

    /**
     * Used heap after full collections, once it no longer shrinks. The pooled connections are
     * renewed first: an embedded H2 keeps per-connection state that grows with every execution of a
     * cached statement reading a derived table (its derived-table index cache, emptied only when the
     * connection parses a new statement), about 150 KB per board built here; it belongs to the
     * database, not to the sessions, and MariaDB has nothing of the kind in this JVM.
     */
    static long settledHeap(DataSource database) throws InterruptedException {
        if (database instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
            Thread.sleep(1000);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(200);
            long now = memory.getHeapMemoryUsage().getUsed();
            if (i >= 3 && now >= used - 64 * 1024) {
                return Math.min(now, used);
            }
            used = Math.min(used, now);
        }
        return used;
    }

    /** Instances and bytes per class, live objects only (the command collects first). */
    static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    /** Where a class comes from: the application, Vaadin, browserless's mocks, or the JDK (collections, strings, arrays). */
    static String origin(String className) {
        if (className.startsWith("vn.gov.bluezone.")) {
            return "application";
        }
        if (className.startsWith("com.vaadin.browserless.")) {
            return "browserless";
        }
        if (className.startsWith("com.vaadin.")) {
            return "vaadin";
        }
        if (className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("[")) {
            return "jdk";
        }
        return "other";
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
