package vn.gov.bluezone.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.MutableClock;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserAdminService;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.KeptStandings;
import vn.gov.bluezone.reporting.ReportDetails;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.reporting.ReportInput;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.SystemAccess;

/**
 * The kept standings (decision 0036) stay exact: after a randomised series of submissions on time
 * and late, late reports of days already past, amendments and returns for correction, on six
 * communes over two weeks, the board's standings and the grid's rows read through the kept rows
 * equal those computed from the reports alone, for today and for earlier days, and the kept rows
 * equal the ones rebuilt from the reports.
 */
@PortalSpringTest
class KeptStandingsTest {

    static final LocalDate START = LocalDate.of(2026, 4, 6);
    static final int DAYS = 14;
    /** Xã Hiệp Hòa, Đức Lập Thượng, Đức Lập Hạ, Tân Phú, Mỹ Hạnh Bắc, Đức Hòa Thượng (Huyện Đức Hòa). */
    static final List<String> COMMUNES = List.of("27952", "27955", "27958", "27961", "27964", "27967");
    static final long INSTALLS_AT_START = 1000;

    @Autowired
    DailyReportService reports;
    @Autowired
    CommuneStandings standings;
    @Autowired
    OversightService oversight;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    UserAdminService users;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    AsUser as;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keptStandingsEqualWhatTheReportsSayAfterARandomisedSeries() {
        at(START, LocalTime.of(7, 0));
        StringBuilder csv = new StringBuilder("commune_code,population,smartphone_users,installs_at_start\n");
        COMMUNES.forEach(code -> csv.append(code).append(",10000,6000,").append(INSTALLS_AT_START).append('\n'));
        CampaignDetails campaign = fixtures.campaign("Chiến dịch giữ số liệu " + System.nanoTime() % 1_000_000,
                START, START.plusDays(30), null, csv.toString());
        SystemAccess.runAsSystem(() -> COMMUNES.forEach(code -> {
            if (users.list(officer(code), PageRequest.of(0, 1)).isEmpty()) {
                users.createWithPassword(new UserDetailsForm(officer(code), "Cán bộ xã " + code, null, null,
                        Role.COMMUNE_OFFICER, hierarchy.getByCode(code).id()), "Bluezone@2020", false);
            }
        }));
        Random random = new Random(20260406L);
        Map<String, TreeMap<LocalDate, Long>> figures = new HashMap<>();
        COMMUNES.forEach(code -> figures.put(code, new TreeMap<>()));
        Map<String, Integer> done = new TreeMap<>();

        for (int n = 0; n < DAYS; n++) {
            LocalDate today = START.plusDays(n);
            for (String code : COMMUNES) {
                TreeMap<LocalDate, Long> own = figures.get(code);
                int roll = random.nextInt(100);
                if (roll < 60) {
                    at(today, LocalTime.of(8 + random.nextInt(7), random.nextInt(60)));
                    submit(code, campaign, today, own, random, done, "on time");
                } else if (roll < 80) {
                    at(today, LocalTime.of(15, 0).plusSeconds(1 + random.nextInt(20_000)));
                    submit(code, campaign, today, own, random, done, "late");
                }
                // a day missed earlier, reported now
                LocalDate missed = today.minusDays(1 + random.nextInt(4));
                if (!missed.isBefore(START) && !own.containsKey(missed) && random.nextInt(100) < 25) {
                    at(today, LocalTime.of(16, random.nextInt(60)));
                    submit(code, campaign, missed, own, random, done, "late, of an earlier day");
                }
                // an earlier report amended, some after being returned
                if (!own.isEmpty() && random.nextInt(100) < 30) {
                    LocalDate day = new ArrayList<>(own.keySet()).get(random.nextInt(own.size()));
                    at(today, LocalTime.of(17, random.nextInt(60)));
                    ReportDetails report = report(code, campaign, day);
                    if (random.nextBoolean()) {
                        as.run(ReportFixtures.PROVINCE_OFFICER, () -> reports.returnForCorrection(report.id(),
                                "Đề nghị xã kiểm tra lại số lượt cài đặt.", report.version()));
                        done.merge("returned", 1, Integer::sum);
                    }
                    if (random.nextInt(100) < 80) {
                        ReportDetails current = report(code, campaign, day);
                        long figure = between(own, day, random);
                        as.run(officer(code), () -> reports.submit(new ReportInput(current.id(), current.version(),
                                campaign.id(), day, figure, work(random), null, "Bổ sung số liệu.", null, null,
                                "Phạm Thị Lập", "Phó Chủ tịch UBND xã", true, true)));
                        own.put(day, figure);
                        done.merge("amended", 1, Integer::sum);
                    }
                }
            }
            at(today, LocalTime.of(23, 30));
            assertSameFromKeptAndFromReports(campaign, today);
            if (n >= 3) {
                assertSameFromKeptAndFromReports(campaign, today.minusDays(3));
            }
        }
        at(START.plusDays(DAYS + 2), LocalTime.of(9, 0));
        for (LocalDate day = START; day.isBefore(START.plusDays(DAYS + 3)); day = day.plusDays(1)) {
            assertSameFromKeptAndFromReports(campaign, day);
        }
        assertKeptRowsAreTheRebuiltOnes(campaign);
        assertThat(done).as("the series did everything").containsKeys("on time", "late", "late, of an earlier day",
                "amended", "returned");
        assertThat(jdbc.queryForObject("select count(*) from commune_standing where campaign_id = ?", Integer.class,
                campaign.id())).isEqualTo(COMMUNES.size());
    }

    /**
     * Two days of one commune submitted at the same moment (two browsers): the second waits for the
     * first (the kept row is taken before the report is written), so the kept row holds both.
     */
    @Test
    void twoDaysOfOneCommuneSubmittedAtOnceAreBothKept() throws Exception {
        at(START, LocalTime.of(7, 0));
        CampaignDetails campaign = fixtures.campaign(START, START.plusDays(30));
        at(START.plusDays(2), LocalTime.of(10, 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            LocalDate day = START.plusDays(1 + n);
            long figure = 1_100 + 10 * n;
            outcomes.add(pool.submit(() -> {
                go.await();
                as.run(ReportFixtures.COMMUNE, () -> reports.submit(ReportFixtures.input(campaign, day, figure)));
                return null;
            }));
        }
        go.countDown();
        for (Future<?> outcome : outcomes) {
            outcome.get();
        }
        pool.shutdown();
        assertSameFromKeptAndFromReports(campaign, START.plusDays(2), 2);
        assertThat(jdbc.queryForObject("select recent from commune_standing where campaign_id = ? and unit_id = ?",
                String.class, campaign.id(), as.call(ReportFixtures.COMMUNE, () -> hierarchy.getByCode("27958").id())))
                .as("both days kept").contains(";");
    }

    private void submit(String code, CampaignDetails campaign, LocalDate day, TreeMap<LocalDate, Long> own,
            Random random, Map<String, Integer> done, String kind) {
        // now and then a jump of a tenth of the smartphone users, confirmed
        long figure = own.higherKey(day) == null && random.nextInt(10) == 0 ? previous(own, day) + 600
                : between(own, day, random);
        as.run(officer(code), () -> reports.submit(new ReportInput(null, 0, campaign.id(), day, figure,
                work(random), null, "Đã vận động các hộ.", null, null, "Phạm Thị Lập", "Phó Chủ tịch UBND xã", true,
                true)));
        own.put(day, figure);
        done.merge(kind, 1, Integer::sum);
    }

    /** A figure the report of the day may state: not below the report before it, not above the one after it. */
    private static long between(TreeMap<LocalDate, Long> own, LocalDate day, Random random) {
        long low = previous(own, day);
        Long high = own.higherKey(day) == null ? null : own.higherEntry(day).getValue();
        return high == null ? low + random.nextInt(80) : low + (long) (random.nextDouble() * (high - low + 1));
    }

    private static long previous(TreeMap<LocalDate, Long> own, LocalDate day) {
        return own.lowerKey(day) == null ? INSTALLS_AT_START : own.lowerEntry(day).getValue();
    }

    /** Work done, or none (which the compliance rules read). */
    private static Map<String, Long> work(Random random) {
        return random.nextInt(4) == 0 ? Map.of() : Map.of("HOUSEHOLDS", 10L + random.nextInt(50));
    }

    private ReportDetails report(String code, CampaignDetails campaign, LocalDate day) {
        return as.call(officer(code), () -> reports.open(campaign.id(), day).report());
    }

    private void assertSameFromKeptAndFromReports(CampaignDetails campaign, LocalDate day) {
        assertSameFromKeptAndFromReports(campaign, day, COMMUNES.size());
    }

    private void assertSameFromKeptAndFromReports(CampaignDetails campaign, LocalDate day, int communes) {
        List<CommuneStanding> kept = as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> standings.standings(campaign, day, true));
        List<CommuneStanding> fromReports = as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> standings.standings(campaign, day, false));
        assertThat(kept).as("standings of %s", day).hasSize(communes).isEqualTo(fromReports);
        OversightFilter filter = OversightFilter.of(campaign.id(), day);
        List<CommuneDayRow> grid = as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> oversight.communes(campaign, filter, Pageable.unpaged(), false).getContent());
        assertThat(as.call(ReportFixtures.PROVINCE_OFFICER,
                () -> oversight.communes(campaign, filter, Pageable.unpaged(), true).getContent()))
                .as("grid of %s", day).isEqualTo(grid);
        // the national totals read the kept rows for every commune they answer for
        CampaignTotal total = as.call(ReportFixtures.PROVINCE_OFFICER, () -> oversight.campaignTotals(day)).stream()
                .filter(t -> t.campaignId() == campaign.id()).findFirst().orElseThrow();
        assertThat(total.cumulative()).as("national total of %s", day)
                .isEqualTo(grid.stream().mapToLong(CommuneDayRow::cumulative).sum());
        assertThat(total.reported()).isEqualTo(grid.stream().filter(CommuneDayRow::reported).count());
    }

    private void assertKeptRowsAreTheRebuiltOnes(CampaignDetails campaign) {
        String select = "select * from commune_standing where campaign_id = ? order by unit_id";
        List<Map<String, Object>> kept = jdbc.queryForList(select, campaign.id());
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.execute(
                (ConnectionCallback<Void>) connection -> {
                    KeptStandings.rebuild(connection, campaign.id());
                    return null;
                }));
        assertThat(kept).isEqualTo(jdbc.queryForList(select, campaign.id()));
    }

    private void at(LocalDate day, LocalTime time) {
        clock.set(LocalDateTime.of(day, time).atZone(PortalTime.ZONE).toInstant());
    }

    private static String officer(String code) {
        return "kept." + code;
    }
}
