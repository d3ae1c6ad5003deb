package vn.gov.bluezone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * Times the documents (data read, filled, exported to PDF) on the benchmark database and prints the
 * warm median and the peak heap while rendering. Run it with -Xmx1g (docs/benchmarks.md).
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/bluezone_bench";
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (ConfigurableApplicationContext context = BenchApplication.start(url)) {
            DocumentService documents = context.getBean(DocumentService.class);
            CampaignService campaigns = context.getBean(CampaignService.class);
            OversightService oversight = context.getBean(OversightService.class);
            SystemAccess.runAsSystem(() -> run(documents, campaigns, oversight, days));
        }
    }

    static void run(DocumentService documents, CampaignService campaigns, OversightService oversight, int days) {
        CampaignDetails longAn = campaigns.visibleCampaigns().stream().filter(c -> c.provincePath().equals("/80/"))
                .findFirst().orElseThrow();
        LocalDate day = longAn.startDate().plusDays(days - 1);
        long reportId = oversight.communes(new OversightFilter(longAn.id(), day, "802", null, null, null),
                PageRequest.of(0, 50)).stream().filter(CommuneDayRow::reported).findFirst().orElseThrow().reportId();
        System.out.printf("max heap %d MB, day %s%n", Runtime.getRuntime().maxMemory() / (1024 * 1024), day);
        time("commune daily report (1 page)", 3, 9, () -> documents.communeReportPdf(reportId));
        time("district summary, Huyen Duc Hoa (20 communes)", 3, 9,
                () -> documents.districtSummaryPdf(longAn.id(), day, "802"));
        time("provincial summary, Long An (15 districts, 188 communes)", 3, 9,
                () -> documents.provincialSummaryPdf(longAn.id(), day));
        time("national summary (10,614 communes, virtualized)", 1, 3, () -> documents.nationalSummaryPdf(day));
    }

    private static void time(String label, int warmup, int runs, Supplier<byte[]> render) {
        for (int i = 0; i < warmup; i++) {
            render.get();
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Double> millis = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = render.get().length;
            millis.add((System.nanoTime() - start) / 1e6);
        }
        sampler.interrupt();
        Collections.sort(millis);
        System.out.printf("%-58s median %8.1f ms   max %8.1f ms   peak heap %5d MB (%d MB before)   %,d bytes%n", label,
                millis.get(runs / 2), millis.getLast(), peak.get() / (1024 * 1024), before / (1024 * 1024), size);
    }
}
