package vn.gov.bluezone.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.oversight.CommuneStandings;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Times the compliance board through the real service (security, scope, SQL, rules, ranking) on
 * the database filled by {@link ScaleDataGenerator}: one province at both levels, the largest
 * province, and every province's board for the day (10,614 communes), on an early and a late day
 * of the campaign. Prints median and p95. With a third argument {@code parts}, times the queries a
 * board is made of, over every province, on the last day. Not a test: see docs/benchmarks.md.
 *
 * <p>Beside the national board and one province's board it times the baseline of issue 17: one
 * hand-written SQL statement computing the same figures from the tables ({@link BoardBaseline}),
 * read with plain JDBC, and prints the ratio portal / baseline. Before timing a day it checks that
 * the baseline's figures agree with the portal's board rows for every commune of every campaign,
 * and fails if any differs.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=$JAVA_HOME/bin/java \
 *     -Dexec.args="-cp %classpath vn.gov.bluezone.bench.BoardBenchmark jdbc:mariadb://127.0.0.1:3306/bluezone_bench 100"
 * </pre>
 */
public final class BoardBenchmark {

    static final int WARMUP = 5;
    static final int RUNS = 25;

    private BoardBenchmark() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/bluezone_bench";
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (ConfigurableApplicationContext context = BenchApplication.start(url)) {
            ComplianceBoardService board = context.getBean(ComplianceBoardService.class);
            CampaignService campaigns = context.getBean(CampaignService.class);
            if (args.length > 2 && "parts".equals(args[2])) {
                SystemAccess.runAsSystem(() -> parts(context, campaigns, days));
                return;
            }
            try (Connection jdbc = DriverManager.getConnection(url,
                    System.getenv().getOrDefault("BENCH_DB_USER", "root"),
                    System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""))) {
                if (args.length > 2 && "national".equals(args[2])) {
                    SystemAccess.runAsSystem(() -> national(board, campaigns, days, jdbc));
                    return;
                }
                SystemAccess.runAsSystem(() -> run(board, campaigns, days, jdbc));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void run(ComplianceBoardService board, CampaignService campaigns, int days, Connection jdbc) {
        List<CampaignDetails> all = campaigns.visibleCampaigns();
        CampaignDetails longAn = BenchProvinces.byCode(all, "80");
        CampaignDetails hanoi = BenchProvinces.byCode(all, "01");
        boolean twoLevel = BenchProvinces.twoLevel(all);
        String province80 = twoLevel ? "Tay Ninh 2025" : "Long An 2020";
        System.out.printf("data: %d campaigns, %d days, %s units%n", all.size(), days, twoLevel ? "2025" : "2020");
        for (int day : days >= 100 ? new int[] {10, 50, days} : new int[] {days}) {
            LocalDate date = longAn.startDate().plusDays(day - 1L);
            System.out.printf("%n-- day %d (%s) --%n", day, date);
            agree(board, all, date, jdbc);
            double[] province = time(province80 + ", communes", () -> board.board(longAn.id(), date, BoardLevel.COMMUNE).size());
            ratio(province, time("  baseline: hand-written SQL for the campaign, JDBC",
                    () -> BoardBaseline.rows(jdbc, date, longAn.id()).size()));
            if (!twoLevel) {
                time(province80 + ", districts (rolled up)", () -> board.board(longAn.id(), date, BoardLevel.DISTRICT).size());
            }
            time("Ha Noi, communes", () -> board.board(hanoi.id(), date, BoardLevel.COMMUNE).size());
            double[] oneByOne = time("every province's commune board, one by one", () -> all.stream()
                    .mapToInt(c -> board.board(c.id(), date, BoardLevel.COMMUNE).size()).sum());
            sameBoards(board, all, date);
            double[] national = time("national board, one pass (boards)", () -> board.boards(date).values().stream()
                    .mapToInt(List::size).sum());
            double[] baseline = time("  baseline: one hand-written SQL for every campaign, JDBC",
                    () -> BoardBaseline.rows(jdbc, date, null).size());
            System.out.printf("  one by one / baseline: %.2f (median)%n", oneByOne[0] / baseline[0]);
            ratio(national, baseline);
        }
    }

    /**
     * The national board alone on the last day, after checking it holds every province's board: one
     * pass, the baseline's one statement, the boards one by one, alternating so load hits them alike.
     */
    static void national(ComplianceBoardService board, CampaignService campaigns, int days, Connection jdbc) {
        List<CampaignDetails> all = campaigns.visibleCampaigns();
        LocalDate date = all.getFirst().startDate().plusDays(days - 1L);
        sameBoards(board, all, date);
        for (int round = 1; round <= 2; round++) {
            System.out.printf("-- round %d, day %d (%s) --%n", round, days, date);
            double[] national = time("national board, one pass (boards)", () -> board.boards(date).values().stream()
                    .mapToInt(List::size).sum());
            double[] baseline = time("  baseline: one hand-written SQL for every campaign, JDBC",
                    () -> BoardBaseline.rows(jdbc, date, null).size());
            double[] oneByOne = time("every province's commune board, one by one", () -> all.stream()
                    .mapToInt(c -> board.board(c.id(), date, BoardLevel.COMMUNE).size()).sum());
            System.out.printf("  one by one / baseline: %.2f (median)%n", oneByOne[0] / baseline[0]);
            ratio(national, baseline);
        }
    }

    /** The national board in one pass holds each province's own board, row for row; fails if not. */
    static void sameBoards(ComplianceBoardService board, List<CampaignDetails> all, LocalDate date) {
        Map<Long, List<BoardRow>> national = board.boards(date);
        for (CampaignDetails campaign : all) {
            if (!board.board(campaign.id(), date, BoardLevel.COMMUNE).equals(national.get(campaign.id()))) {
                throw new IllegalStateException("the national board DIFFERS from the board of campaign " + campaign.id()
                        + " on " + date);
            }
        }
        System.out.printf("national board in one pass equals every province's board: %d campaigns%n", national.size());
    }

    private static void ratio(double[] portal, double[] baseline) {
        System.out.printf("  ratio portal / baseline: %.2f (median), %.2f (p95)%n", portal[0] / baseline[0],
                portal[1] / baseline[1]);
    }

    /**
     * The baseline's figures against the portal's board rows, every commune of every campaign: the
     * figure in force, denominator, population, the campaign's and the last seven days' on-time,
     * late and missing counts, and the seven days' coverage trend. Fails on the first difference
     * (the trend's differences are counted first, to say how many communes differ).
     */
    static void agree(ComplianceBoardService board, List<CampaignDetails> all, LocalDate date, Connection jdbc) {
        Map<String, BoardBaseline.Row> baseline = new HashMap<>();
        for (BoardBaseline.Row row : BoardBaseline.rows(jdbc, date, null)) {
            baseline.put(row.campaignId() + "/" + row.unitId(), row);
        }
        int communes = 0;
        int trends = 0;
        String firstTrend = null;
        for (CampaignDetails campaign : all) {
            for (BoardRow row : board.board(campaign.id(), date, BoardLevel.COMMUNE)) {
                BoardBaseline.Row expected = baseline.remove(campaign.id() + "/" + row.unitId());
                String where = "campaign " + campaign.id() + ", unit " + row.unitId() + " on " + date;
                if (expected == null) {
                    throw new IllegalStateException("baseline DISAGREES with the board: no row for " + where);
                }
                String portal = "cumulative %d, denominator %d, population %d, campaign %d/%d/%d, week %d/%d/%d"
                        .formatted(row.cumulative(), row.denominator(), row.population(), row.onTimeCampaign(),
                                row.lateCampaign(), row.missingCampaign(), row.onTimeWeek(), row.lateWeek(),
                                row.missingWeek());
                String computed = "cumulative %d, denominator %d, population %d, campaign %d/%d/%d, week %d/%d/%d"
                        .formatted(expected.cumulative(), expected.denominator(), expected.population(),
                                expected.onTime(), expected.late(), expected.missing(), expected.onTimeWeek(),
                                expected.lateWeek(), expected.missingWeek());
                if (!portal.equals(computed)) {
                    throw new IllegalStateException("baseline DISAGREES with the board, " + where + ":\n  portal:   "
                            + portal + "\n  baseline: " + computed);
                }
                List<Double> trend = expected.figures().stream().map(f -> share(f, expected.denominator())).toList();
                if (!trend.equals(row.trend())) {
                    trends++;
                    if (firstTrend == null) {
                        firstTrend = where + ": portal " + row.trend() + ", baseline " + trend;
                    }
                }
                communes++;
            }
        }
        if (!baseline.isEmpty()) {
            throw new IllegalStateException("baseline DISAGREES: " + baseline.size() + " communes not on the boards");
        }
        System.out.printf("baseline agrees: %,d communes (figure in force, denominator, population, campaign and "
                + "week counts)%n", communes);
        if (trends > 0) {
            throw new IllegalStateException("baseline DISAGREES on the 7-day trend of " + trends + " communes, first: "
                    + firstTrend);
        }
        System.out.printf("7-day trend agrees: %,d communes%n", communes);
    }

    /** What the boards of every province cost, query by query. */
    static void parts(ConfigurableApplicationContext context, CampaignService campaigns, int days) {
        List<CampaignDetails> all = campaigns.visibleCampaigns();
        LocalDate date = all.getFirst().startDate().plusDays(days - 1L);
        var oversight = context.getBean(OversightService.class);
        var standings = context.getBean(CommuneStandings.class);
        time("communes of the day (oversight grid, unpaged)", () -> all.stream().mapToInt(c -> oversight.communes(
                OversightFilter.of(c.id(), date),
                Pageable.unpaged()).getNumberOfElements()).sum());
        time("campaign records (running counts)", () -> all.stream()
                .mapToInt(c -> standings.campaignRecords(c.id(), date).size()).sum());
        time("standings: the grid, the records and the last 7 days", () -> all.stream()
                .mapToInt(c -> standings.standings(c.id(), date).size()).sum());
        time("campaign lookups", () -> all.stream().mapToInt(c -> (int) campaigns.get(c.id()).id()).sum());
        var board = context.getBean(ComplianceBoardService.class);
        time("the boards themselves", () -> all.stream()
                .mapToInt(c -> board.board(c.id(), date, BoardLevel.COMMUNE).size()).sum());
    }

    /** The board's percentage (ComplianceBoardService.share): two decimals, half up. */
    private static double share(long part, long whole) {
        return whole <= 0 ? 0 : java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static double[] time(String label, Supplier<Integer> query) {
        for (int i = 0; i < WARMUP; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        double median = millis.get(RUNS / 2);
        double p95 = millis.get((int) Math.ceil(RUNS * 0.95) - 1);
        System.out.printf("%-55s median %7.1f ms   p95 %7.1f ms   (%d rows)%n", label, median, p95, size);
        return new double[] {median, p95};
    }
}
