package vn.gov.bluezone.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardLevel;
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
            SystemAccess.runAsSystem(() -> run(board, campaigns, days));
        }
    }

    static void run(ComplianceBoardService board, CampaignService campaigns, int days) {
        List<CampaignDetails> all = campaigns.visibleCampaigns();
        CampaignDetails longAn = BenchProvinces.byCode(all, "80");
        CampaignDetails hanoi = BenchProvinces.byCode(all, "01");
        boolean twoLevel = BenchProvinces.twoLevel(all);
        String province80 = twoLevel ? "Tay Ninh 2025" : "Long An 2020";
        System.out.printf("data: %d campaigns, %d days, %s units%n", all.size(), days, twoLevel ? "2025" : "2020");
        for (int day : days >= 100 ? new int[] {10, 50, days} : new int[] {days}) {
            LocalDate date = longAn.startDate().plusDays(day - 1L);
            System.out.printf("%n-- day %d (%s) --%n", day, date);
            time(province80 + ", communes", () -> board.board(longAn.id(), date, BoardLevel.COMMUNE).size());
            if (!twoLevel) {
                time(province80 + ", districts (rolled up)", () -> board.board(longAn.id(), date, BoardLevel.DISTRICT).size());
            }
            time("Ha Noi, communes", () -> board.board(hanoi.id(), date, BoardLevel.COMMUNE).size());
            time("national: every province's commune board", () -> all.stream()
                    .mapToInt(c -> board.board(c.id(), date, BoardLevel.COMMUNE).size()).sum());
        }
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

    private static void time(String label, Supplier<Integer> query) {
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
        System.out.printf("%-55s median %7.1f ms   p95 %7.1f ms   (%d rows)%n", label, millis.get(RUNS / 2),
                millis.get((int) Math.ceil(RUNS * 0.95) - 1), size);
    }
}
