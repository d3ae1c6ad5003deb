package vn.gov.bluezone.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.KeptStandings;
import vn.gov.bluezone.reporting.ReportInput;

/**
 * The 15:00 burst: every commune of the benchmark database ({@link ScaleDataGenerator}, 10,614 at
 * national size) submits the same day's report at once, through N concurrent clients, and the
 * program prints accepted submissions per second and latency percentiles. Not a test: see
 * docs/benchmarks.md.
 *
 * <ul>
 * <li>{@code service} mode calls {@link DailyReportService#submit} as each commune's officer (the
 * real service: security, scope, validation, running counts, revision, audit, the outbox message),
 * each client already signed in — what the Vaadin form does on "Gửi báo cáo".</li>
 * <li>{@code http} mode goes through Tomcat, the security filter chain and the report API
 * ({@code POST /api/v1/reports}); each commune first signs in with HTTP Basic (timed apart: one
 * bcrypt each), then submits with its session cookie.</li>
 * </ul>
 * The last day of the data is emptied and becomes the burst day, so the program can be run again.
 * A user {@code bench.<commune code>} is created for each commune the first time (password
 * {@value #PASSWORD}).
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=$JAVA_HOME/bin/java \
 *     -Dexec.args="-cp %classpath vn.gov.bluezone.bench.BurstBenchmark jdbc:mariadb://127.0.0.1:3306/bluezone_bench service 32"
 * </pre>
 * Before the portal's burst, the baseline of issue 17: the same rows (one report per commune for
 * the burst day, with the columns a submission writes) inserted with plain JDBC by as many threads
 * as clients, each on its own connection, one INSERT and one COMMIT per row; then deleted, so the
 * portal's burst runs on an empty day. It prints rows per second, commit latencies and, after the
 * burst, the ratio of the portal's rate to the baseline's.
 * Arguments: JDBC URL, mode ({@code service} or {@code http}), clients, and optionally the number of
 * communes (default all). Mode {@code remote} is the crash test's client: JDBC URL, {@code remote},
 * base URL of a running application, clients, communes, file for the confirmed submissions.
 */
public final class BurstBenchmark {

    static final String PASSWORD = "Bench@2020-burst";

    private BurstBenchmark() {
    }

    /** One commune's submission: who, for which campaign, and a figure above the day before. */
    record Job(String username, long campaignId, long cumulative) {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/bluezone_bench";
        String mode = args.length > 1 ? args[1] : "service";
        if ("remote".equals(mode)) {
            remote(url, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            System.exit(0);
        }
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        try (ConfigurableApplicationContext context = BenchApplication.start(url,
                "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, Math.min(clients, 40)))) {
            DataSource dataSource = context.getBean(DataSource.class);
            ensureUsers(dataSource, context.getBean(PasswordEncoder.class).encode(PASSWORD));
            LocalDate day = emptyLastDay(dataSource);
            List<Job> jobs = jobs(dataSource, day, limit);
            System.out.printf("burst day %s: %,d communes, %d clients, mode %s, %d cores%n", day, jobs.size(), clients,
                    mode, Runtime.getRuntime().availableProcessors());
            double baseline = rawInserts(url, dataSource, day, limit, clients);
            double portal;
            if ("http".equals(mode)) {
                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
                portal = http(jobs, day, clients, "http://127.0.0.1:" + port, null);
            } else {
                portal = service(context, jobs, day, clients);
            }
            System.out.printf("stored reports for %s: %,d%n", day, stored(dataSource, day));
            System.out.printf("ratio portal / baseline: %.0f / %.0f per second = %.3f%n", portal, baseline,
                    portal / baseline);
        }
    }

    /**
     * The clients of the crash test ({@code src/test/load/crash-test.sh}): against an application
     * running elsewhere, writing each submission the server confirmed (201) to a file, and retrying
     * through a crash: a request that fails on the connection is sent again until the server answers;
     * a 409 then means the report was stored but its confirmation was lost with the server. One line
     * per confirmation, in the order received: officer, campaign, day, report id, the figure sent
     * (cumulative installs) and the instant the 201 arrived (UTC); the backup test
     * ({@code src/test/load/backup-restore.sh}) reads it too.
     */
    static void remote(String url, String base, int clients, int limit, Path confirmed) throws Exception {
        var dataSource = new DriverManagerDataSource(url,
                System.getenv().getOrDefault("BENCH_DB_USER", "root"), System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
        ensureUsers(dataSource, "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        LocalDate day = emptyLastDay(dataSource);
        List<Job> jobs = jobs(dataSource, day, limit);
        System.out.printf("burst day %s: %,d communes, %d clients, against %s%n", day, jobs.size(), clients, base);
        try (var out = Files.newBufferedWriter(confirmed, StandardCharsets.UTF_8)) {
            http(jobs, day, clients, base, line -> {
                synchronized (out) {
                    try {
                        out.write(line);
                        out.newLine();
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        System.out.printf("stored reports for %s: %,d%n", day, stored(dataSource, day));
    }

    private static long stored(DataSource dataSource, LocalDate day) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement count = connection.createStatement();
                ResultSet stored = count.executeQuery("select count(*) from daily_report where report_date = '" + day
                        + "' and submitted")) {
            stored.next();
            return stored.getLong(1);
        }
    }

    /** One row of the baseline: a daily_report as a submission writes it. */
    record RawRow(long campaignId, long unitId, String path, long population, long smartphoneUsers, long cumulative,
            int onTime, int late, String username) {
    }

    /**
     * The baseline: the burst's rows inserted with plain JDBC, {@code threads} connections with
     * autocommit off, one INSERT + COMMIT per row, then deleted. Returns the rows per second.
     */
    static double rawInserts(String url, DataSource dataSource, LocalDate day, int limit, int threads)
            throws Exception {
        List<RawRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select b.campaign_id, b.unit_id, u.path, b.population, b.smartphone_users,
                       coalesce((select max(r.cumulative_installs) from daily_report r where r.campaign_id = b.campaign_id
                                 and r.unit_id = b.unit_id and r.report_date < ?), b.installs_at_start)
                       + b.smartphone_users / 500,
                       coalesce((select r.on_time_to_date from daily_report r where r.campaign_id = b.campaign_id
                                 and r.unit_id = b.unit_id and r.submitted and r.report_date < ?
                                 order by r.report_date desc limit 1), 0) + 1,
                       coalesce((select r.late_to_date from daily_report r where r.campaign_id = b.campaign_id
                                 and r.unit_id = b.unit_id and r.submitted and r.report_date < ?
                                 order by r.report_date desc limit 1), 0),
                       concat('bench.', u.code)
                from campaign_baseline b join administrative_unit u on u.id = b.unit_id
                order by rand(42)
                """)) {
            for (int i = 1; i <= 3; i++) {
                query.setObject(i, day);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next() && rows.size() < limit) {
                    rows.add(new RawRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getInt(7), rs.getInt(8), rs.getString(9)));
                }
            }
        }
        System.out.printf("-- baseline: raw JDBC, %d threads, one INSERT + COMMIT per row, %,d rows --%n", threads,
                rows.size());
        ConcurrentLinkedQueue<RawRow> queue = new ConcurrentLinkedQueue<>(rows);
        List<Long> commits = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "root");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                        PreparedStatement insert = connection.prepareStatement("""
                                insert into daily_report (campaign_id, unit_id, unit_path, report_date,
                                    cumulative_installs, population, smartphone_users, results, signer_name,
                                    signer_title, status, first_submitted_at, last_submitted_at, submitted_by,
                                    above_limits, jump_flagged, updated_at, version, on_time_to_date, late_to_date,
                                    submitted)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, false, false, ?, 0, ?, ?,
                                    true)
                                """)) {
                    connection.setAutoCommit(false);
                    for (RawRow row = queue.poll(); row != null; row = queue.poll()) {
                        long t0 = System.nanoTime();
                        try {
                            java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
                            insert.setLong(1, row.campaignId());
                            insert.setLong(2, row.unitId());
                            insert.setString(3, row.path());
                            insert.setObject(4, day);
                            insert.setLong(5, row.cumulative());
                            insert.setLong(6, row.population());
                            insert.setLong(7, row.smartphoneUsers());
                            insert.setString(8, "Đã vận động các hộ gia đình cài đặt Bluezone.");
                            insert.setString(9, "Nguyễn Văn Báo");
                            insert.setString(10, "Phó Chủ tịch UBND xã");
                            insert.setObject(11, now);
                            insert.setObject(12, now);
                            insert.setString(13, row.username());
                            insert.setObject(14, now);
                            insert.setInt(15, row.onTime());
                            insert.setInt(16, row.late());
                            insert.executeUpdate();
                            long t1 = System.nanoTime();
                            connection.commit();
                            long t2 = System.nanoTime();
                            commits.add(t2 - t1);
                            latencies.add(t2 - t0);
                        } catch (Exception e) {
                            connection.rollback();
                            if (failed.incrementAndGet() <= 5) {
                                System.out.println("baseline insert failed: " + e);
                            }
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (var future : done) {
            future.get();
        }
        List<Long> sortedCommits = new ArrayList<>(commits);
        Collections.sort(sortedCommits);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double rate = latencies.size() / seconds;
        System.out.printf("baseline: %,d rows, %d failed in %.1f s: %.0f rows per second; insert + commit p50 %.1f ms, "
                + "p95 %.1f ms; commit p50 %.2f ms, p95 %.2f ms%n", latencies.size(), failed.get(), seconds, rate,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sortedCommits, 50),
                percentile(sortedCommits, 95));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int deleted = statement.executeUpdate("delete from daily_report where report_date = '" + day + "'");
            KeptStandings.rebuild(connection, null);
            System.out.printf("baseline rows deleted: %,d; reports left for %s: %,d%n", deleted, day,
                    stored(dataSource, day));
        }
        return rate;
    }

    static double service(ConfigurableApplicationContext context, List<Job> jobs, LocalDate day, int clients)
            throws InterruptedException {
        DailyReportService reports = context.getBean(DailyReportService.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        // signing in is not part of the burst: each client holds its officer, as a session does
        long loading = System.nanoTime();
        Map<String, UserDetails> officers = new ConcurrentHashMap<>();
        jobs.parallelStream().forEach(job -> officers.put(job.username(), users.loadUserByUsername(job.username())));
        System.out.printf("officers loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        return run(jobs, clients, job -> {
            UserDetails officer = officers.get(job.username());
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
            try {
                reports.submit(input(job, day));
                return true;
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /**
     * Signs every commune in, then submits with the session cookies. With {@code confirmations}
     * (the crash test) each confirmed report is passed on, and calls that fail on the connection are
     * retried until the server is back, signing in again since a restarted server has no sessions.
     */
    static double http(List<Job> jobs, LocalDate day, int clients, String base,
            Consumer<String> confirmations) throws InterruptedException {
        ExecutorService io = Executors.newFixedThreadPool(clients);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(io).connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> cookies = new ConcurrentHashMap<>();
        AtomicInteger storedUnconfirmed = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        Call signIn = job -> {
            String basic = Base64.getEncoder().encodeToString((job.username() + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports?campaignId="
                    + job.campaignId() + "&date=" + day)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.discarding());
            answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookies.put(job.username(), c.substring(0, c.indexOf(';'))));
            return (answer.statusCode() == 404 || answer.statusCode() == 200) && cookies.containsKey(job.username());
        };
        System.out.println("-- sign-in of every commune (HTTP Basic, one bcrypt each) --");
        run(jobs, clients, confirmations == null ? signIn : job -> retrying(signIn, job, retries));
        System.out.println("-- the burst: submissions with the session cookie --");
        Call submit = job -> {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                    .timeout(Duration.ofSeconds(60)).header("Cookie", cookies.getOrDefault(job.username(), ""))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(job, day))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 401 && confirmations != null) {
                // the server restarted and forgot the session: sign in again, then send again
                signIn.run(job);
                throw new IOException("session lost");
            }
            if (answer.statusCode() == 409 && confirmations != null) {
                storedUnconfirmed.incrementAndGet();
                return true;
            }
            if (answer.statusCode() != 201) {
                System.out.println(answer.statusCode() + " " + answer.body());
                return false;
            }
            if (confirmations != null) {
                String body = answer.body();
                String id = body.substring(body.indexOf("\"id\":") + 5, body.indexOf(','));
                confirmations.accept(job.username() + "," + job.campaignId() + "," + day + "," + id + ","
                        + job.cumulative() + "," + java.time.Instant.now());
            }
            return true;
        };
        double rate = run(jobs, clients, confirmations == null ? submit : job -> retrying(submit, job, retries));
        io.shutdown();
        if (confirmations != null) {
            System.out.printf("retried calls: %,d; stored but confirmation lost (409 on retry): %,d%n", retries.get(),
                    storedUnconfirmed.get());
        }
        return rate;
    }

    /** Sends again, every half second, while the server cannot be reached (it is being restarted). */
    private static boolean retrying(Call call, Job job, AtomicInteger retries) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            try {
                return call.run(job);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                retries.incrementAndGet();
                Thread.sleep(500);
            }
        }
    }

    interface Call {
        boolean run(Job job) throws Exception;
    }

    /** Runs every job on {@code clients} threads as fast as they go; prints rate and latency. */
    static double run(List<Job> jobs, int clients, Call call) throws InterruptedException {
        ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>(jobs);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                for (Job job = queue.poll(); job != null; job = queue.poll()) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.run(job);
                    } catch (Exception e) {
                        ok = false;
                        if (refused.get() < 5) {
                            System.out.println("refused: " + e);
                        }
                    }
                    latencies.add(System.nanoTime() - t0);
                    (ok ? accepted : refused).incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("accepted %,d, refused %,d in %.1f s: %.0f per second; latency p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", accepted.get(), refused.get(), seconds, accepted.get() / seconds,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
        return accepted.get() / seconds;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1);
        return sorted.get(index) / 1e6;
    }

    static ReportInput input(Job job, LocalDate day) {
        return new ReportInput(null, 0, job.campaignId(), day, job.cumulative(), Map.of(), null,
                "Đã vận động các hộ gia đình cài đặt Bluezone.", null, null, "Nguyễn Văn Báo", "Phó Chủ tịch UBND xã",
                true, true);
    }

    static String json(Job job, LocalDate day) {
        return """
                {"campaignId":%d,"reportDate":"%s","cumulativeInstalls":%d,"results":"Đã vận động các hộ gia đình cài đặt Bluezone.",\
                "signerName":"Nguyễn Văn Báo","signerTitle":"Phó Chủ tịch UBND xã","confirmAboveLimits":true,"confirmJump":true}"""
                .formatted(job.campaignId(), day, job.cumulative());
    }

    /** A commune officer {@code bench.<code>} for every commune that has a baseline, once. */
    static void ensureUsers(DataSource dataSource, String hash) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int created = statement.executeUpdate("""
                    insert into user_account (username, password_hash, full_name, full_name_sort, full_name_search, role,
                        unit_id, enabled, must_change_password, created_at, version)
                    select concat('bench.', u.code), '%s', 'Cán bộ xã', 'can bo xa', 'can bo xa', 'COMMUNE_OFFICER', u.id,
                        true, false, now(6), 0
                    from administrative_unit u
                    where u.unit_level = 'COMMUNE' and exists (select 1 from campaign_baseline b where b.unit_id = u.id)
                      and not exists (select 1 from user_account a where a.username = concat('bench.', u.code))
                    """.formatted(hash));
            if (created > 0) {
                System.out.printf("created %,d commune officers%n", created);
            }
        }
    }

    /** The last day of the data, emptied of reports (and what hangs on them): the burst's day. */
    static LocalDate emptyLastDay(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            LocalDate day;
            try (ResultSet last = statement.executeQuery("select max(target_date) from campaign")) {
                last.next();
                day = last.getObject(1, LocalDate.class);
            }
            String reportsOfDay = "select id from daily_report where report_date = '" + day + "'";
            for (String table : List.of("daily_report_work", "daily_report_revision", "signed_copy")) {
                statement.executeUpdate("delete from " + table + " where report_id in (" + reportsOfDay + ")");
            }
            statement.executeUpdate("delete from daily_report where report_date = '" + day + "'");
            statement.executeUpdate("delete from outbox_message");
            KeptStandings.rebuild(connection, null);
            return day;
        }
    }

    /** Each commune's submission: a little above its figure of the day before (or its baseline). */
    static List<Job> jobs(DataSource dataSource, LocalDate day, int limit) throws Exception {
        List<Job> jobs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select concat('bench.', u.code), b.campaign_id,
                       coalesce((select max(r.cumulative_installs) from daily_report r where r.campaign_id = b.campaign_id
                                 and r.unit_id = b.unit_id and r.report_date < ?), b.installs_at_start)
                       + b.smartphone_users / 500
                from campaign_baseline b join administrative_unit u on u.id = b.unit_id
                order by rand(42)
                """)) {
            query.setObject(1, day);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next() && jobs.size() < limit) {
                    jobs.add(new Job(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return jobs;
    }
}
