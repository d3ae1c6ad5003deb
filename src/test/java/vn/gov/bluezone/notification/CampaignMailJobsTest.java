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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;

/**
 * The scheduled campaign mail on the injected clock: reminders before the cut-off only to communes
 * that have not reported, the district's list of missing communes after it, the morning summary;
 * each once, however often and from however many threads the job runs.
 */
@PortalSpringTest
class CampaignMailJobsTest {

    static final String FOCAL = "tong.hop@sotttt.bluezone.invalid";
    static final String[] CODES = {"27958", "27961", "802"};
    static final String[] EMAILS = {"ubnd@duclapha.bluezone.invalid", "ubnd@tanphu.bluezone.invalid",
        "vanthu@duchoa.bluezone.invalid"};

    @Autowired
    CampaignMailJobs jobs;
    @Autowired
    Outbox outbox;
    @Autowired
    DailyReportService reports;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    final String[] originals = new String[CODES.length];

    @BeforeEach
    void unitsHaveAddresses() {
        for (int i = 0; i < CODES.length; i++) {
            String code = CODES[i];
            originals[i] = as.call("admin", () -> hierarchy.getByCode(code).officeEmail());
            setEmail(CODES[i], EMAILS[i]);
        }
    }

    @AfterEach
    void reset() {
        for (int i = 0; i < CODES.length; i++) {
            setEmail(CODES[i], originals[i]);
        }
        clock.reset();
    }

    void setEmail(String code, String email) {
        UnitSummary unit = as.call("admin", () -> hierarchy.getByCode(code));
        as.call("admin", () -> hierarchy.updateOfficeEmail(unit.id(), email, unit.version()));
    }

    void at(String hanoi) {
        clock.set(LocalDateTime.parse(hanoi).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }

    List<OutboxEntry> messages(MessageKind kind, String campaignName) {
        return as.call("admin", () -> outbox.list(null, PageRequest.of(0, 500))).getContent().stream()
                .filter(m -> m.kind() == kind && (m.body().contains(campaignName) || m.subject().contains(campaignName)))
                .toList();
    }

    @Test
    void remindersGoOnlyToCommunesThatHaveNotReportedThenTheDistrictGetsTheMissingListAndTheDepartmentTheSummary() {
        at("2026-08-03T08:00:00");
        String name = "Chiến dịch nhắc " + System.nanoTime() % 100_000;
        CampaignDetails campaign = fixtures.campaign(name, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 20), FOCAL);
        at("2026-08-03T09:00:00");
        as.call(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, LocalDate.of(2026, 8, 3), 1100)));

        at("2026-08-03T13:30:00");
        jobs.run();
        assertThat(messages(MessageKind.REMINDER, name)).isEmpty();

        at("2026-08-03T14:10:00");
        jobs.run();
        jobs.run();
        List<OutboxEntry> reminders = messages(MessageKind.REMINDER, name);
        assertThat(reminders).singleElement().satisfies(m -> {
            assertThat(m.recipients()).isEqualTo("ubnd@tanphu.bluezone.invalid");
            assertThat(m.subject()).isEqualTo("Nhắc gửi báo cáo cài đặt Bluezone ngày 03/08/2026 trước 15:00");
            assertThat(m.body()).contains("Xã Tân Phú", "14:10");
        });

        at("2026-08-03T15:30:00");
        jobs.run();
        jobs.run();
        assertThat(messages(MessageKind.MISSING_LIST, name)).singleElement().satisfies(m -> {
            assertThat(m.recipients()).isEqualTo("vanthu@duchoa.bluezone.invalid");
            assertThat(m.body()).contains("- Xã Tân Phú").doesNotContain("Đức Lập Hạ");
        });
        assertThat(messages(MessageKind.REMINDER, name)).hasSize(1);

        at("2026-08-04T06:30:00");
        jobs.run();
        assertThat(messages(MessageKind.MORNING_SUMMARY, name)).isEmpty();
        at("2026-08-04T07:05:00");
        jobs.run();
        jobs.run();
        assertThat(messages(MessageKind.MORNING_SUMMARY, name)).singleElement().satisfies(m -> {
            assertThat(m.recipients()).isEqualTo(FOCAL);
            assertThat(m.body()).contains("Số xã, phường, thị trấn: 2", "Báo cáo đúng hạn: 1; trễ hạn: 0; không báo cáo: 1",
                    "2.100");
            // addressed to the campaign's receiving office by the short name the directory gives it
            assertThat(m.body()).startsWith("Kính gửi: " + campaign.receivingOffice().shortName() + ",")
                    .startsWith("Kính gửi: Sở TT&TT,");
        });
    }

    @Test
    void theJobRunFromTwoThreadsAtOnceWritesEachReminderOnce() throws Exception {
        at("2026-09-01T08:00:00");
        String name = "Chiến dịch hai nút " + System.nanoTime() % 100_000;
        fixtures.campaign(name, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 20), FOCAL);
        at("2026-09-01T14:30:00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                jobs.scheduled();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(messages(MessageKind.REMINDER, name)).extracting(OutboxEntry::recipients)
                .containsExactlyInAnyOrder("ubnd@duclapha.bluezone.invalid", "ubnd@tanphu.bluezone.invalid");
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'campaign-mail'", Integer.class))
                .isEqualTo(1);
    }
}
