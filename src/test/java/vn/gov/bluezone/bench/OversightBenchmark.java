package vn.gov.bluezone.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Times the oversight queries through the real services (Spring context, security, SQL) on the
 * database filled by {@link ScaleDataGenerator}, and prints median and p95 per query. Not a test:
 * see docs/benchmarks.md.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath vn.gov.bluezone.bench.OversightBenchmark jdbc:mariadb://127.0.0.1:3306/bluezone_bench 100"
 * </pre>
 */
public final class OversightBenchmark {

    static final int WARMUP = 5;
    static final int RUNS = 25;

    private OversightBenchmark() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/bluezone_bench";
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (ConfigurableApplicationContext context = BenchApplication.start(url)) {
            OversightService oversight = context.getBean(OversightService.class);
            CampaignService campaigns = context.getBean(CampaignService.class);
            SystemAccess.runAsSystem(() -> run(oversight, campaigns, days));
        }
    }

    static void run(OversightService oversight, CampaignService campaigns, int days) {
        List<CampaignDetails> all = campaigns.visibleCampaigns();
        CampaignDetails longAn = BenchProvinces.byCode(all, "80");
        CampaignDetails hanoi = BenchProvinces.byCode(all, "01");
        boolean twoLevel = BenchProvinces.twoLevel(all);
        System.out.printf("data: %d campaigns, %d days%n", all.size(), days);
        for (int day : new int[] {10, days}) {
            LocalDate date = longAn.startDate().plusDays(day - 1);
            System.out.printf("%n-- day %d (%s) --%n", day, date);
            time((twoLevel ? "Tay Ninh 2025" : "Long An 2020") + " grid: first page (50) + totals", () -> {
                var filter = OversightFilter.of(longAn.id(), date);
                return oversight.communes(filter, PageRequest.of(0, 50)).getNumberOfElements()
                        + oversight.totals(filter).size();
            });
            time("Ha Noi (largest): first page + totals", () -> {
                var filter = OversightFilter.of(hanoi.id(), date);
                return oversight.communes(filter, PageRequest.of(0, 50)).getNumberOfElements()
                        + oversight.totals(filter).size();
            });
            time("national totals (every commune, one campaign per province)", () -> oversight.campaignTotals(date).size());
            LocalDate from = date.minusDays(29).isBefore(longAn.startDate()) ? longAn.startDate() : date.minusDays(29);
            if (!twoLevel) {
                time("district 30-day coverage series (Huyen Duc Hoa)", () -> oversight.coverageSeries(
                        new OversightFilter(longAn.id(), date, "802", null, null, null), from, date).size());
            }
            time("province 30-day coverage series", () -> oversight.coverageSeries(
                    OversightFilter.of(longAn.id(), date), from, date).size());
        }
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
