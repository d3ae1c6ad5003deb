package vn.gov.bluezone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import vn.gov.bluezone.Application;
import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.TestClockConfiguration;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * Two application nodes on one database: the test's context and a second, separately started
 * application. Both run the campaign mail job at the same moment; each reminder is written once.
 */
@PortalSpringTest
class TwoNodesTest {

    @Autowired
    CampaignMailJobs jobs;
    @Autowired
    Outbox outbox;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Value("${spring.datasource.url}")
    String databaseUrl;
    @Value("${spring.datasource.username:sa}")
    String databaseUser;
    @Value("${spring.datasource.password:}")
    String databasePassword;

    ConfigurableApplicationContext secondNode;
    String originalEmail;

    @AfterEach
    void stop() {
        if (secondNode != null) {
            secondNode.close();
        }
        setEmail("27961", originalEmail);
        clock.reset();
    }

    void setEmail(String code, String email) {
        UnitSummary unit = as.call("admin", () -> hierarchy.getByCode(code));
        as.call("admin", () -> hierarchy.updateOfficeEmail(unit.id(), email, unit.version()));
    }

    @Test
    void twoNodesRunningTheReminderJobAtOnceWriteEachReminderOnce() throws Exception {
        clock.set(LocalDateTime.parse("2026-10-05T08:00:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        String name = "Chiến dịch hai máy " + System.nanoTime() % 100_000;
        fixtures.campaign(name, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 25));
        originalEmail = as.call("admin", () -> hierarchy.getByCode("27961").officeEmail());
        setEmail("27961", "ubnd@tanphu.bluezone.invalid");

        secondNode = new SpringApplicationBuilder(Application.class, TestClockConfiguration.class).run(
                "--server.port=0", "--vaadin.launch-browser=false", "--portal.demo.enabled=false",
                "--portal.scheduling.enabled=false", "--spring.main.allow-bean-definition-overriding=true",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=" + databaseUser,
                "--spring.datasource.password=" + databasePassword, "--logging.level.root=warn");
        CampaignMailJobs otherJobs = secondNode.getBean(CampaignMailJobs.class);
        MutableClock otherClock = secondNode.getBean(MutableClock.class);
        var at = LocalDateTime.parse("2026-10-05T14:30:00").atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        clock.set(at);
        otherClock.set(at);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (CampaignMailJobs node : List.of(jobs, otherJobs)) {
            runs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 3; i++) {
                    node.scheduled();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<OutboxView> reminders = as.call("admin", () -> outbox.list(null, PageRequest.of(0, 500))).getContent()
                .stream().filter(m -> m.kind() == MessageKind.REMINDER && m.body().contains(name)).toList();
        // one reminder per commune without a report (and with an address), however many nodes ran
        assertThat(reminders).extracting(OutboxView::recipients).contains("ubnd@tanphu.bluezone.invalid")
                .doesNotHaveDuplicates();
    }
}
