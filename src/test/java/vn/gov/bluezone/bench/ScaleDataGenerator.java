package vn.gov.bluezone.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;

import vn.gov.bluezone.TestUnits;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.reporting.KeptStandings;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Loads national-scale data into a MariaDB database for the benchmarks: the 10,614 real communes of
 * the GSO 2020 list (63 provinces, their districts), one campaign per province, a baseline per
 * commune and N days of plausible daily reports (about 1.06 million for 100 days), reproducibly
 * from a seed. The units are real; populations and reports are synthetic.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath vn.gov.bluezone.bench.ScaleDataGenerator jdbc:mariadb://127.0.0.1:3306/bluezone_bench 100 42"
 * </pre>
 * Arguments: JDBC URL (the database must exist and be empty), days, seed, and the unit list:
 * {@code 2020} (default: 63 provinces, three levels, 10,614 communes, reports from 1/6/2020) or
 * {@code 2025} (34 provinces, two levels, 3,321 communes in force from 1/7/2025, paths
 * "/01@2025-07-01/00004/", reports from 1/9/2025); the account comes from
 * {@code BENCH_DB_USER} (default root) and {@code BENCH_DB_PASSWORD} (default empty).
 */
public final class ScaleDataGenerator {

    public static final LocalDate START = LocalDate.of(2020, 6, 1);
    /** The first report day on the 2025 units. */
    public static final LocalDate START_2025 = LocalDate.of(2025, 9, 1);
    static final LocalDate TWO_LEVEL_DAY = LocalDate.of(2025, 7, 1);
    private static final int BATCH = 1000;

    private ScaleDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:mariadb://127.0.0.1:3306/bluezone_bench";
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "root");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        boolean units2025 = args.length > 3 && "2025".equals(args[3]);
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            Map<String, Long> units = units2025 ? loadUnits2025(connection) : loadUnits(connection);
            System.out.printf("units: %,d communes (%.1f s)%n", units.size(), seconds(started));
            int reports = loadCampaignsAndReports(connection, units, days, seed, units2025 ? START_2025 : START);
            System.out.printf("reports: %,d over %d days (%.1f s)%n", reports, days, seconds(started));
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE TABLE daily_report, campaign_baseline, administrative_unit");
            }
        }
    }

    /** Provinces, districts and communes of the national list, with paths and Vietnamese keys. */
    static Map<String, Long> loadUnits(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        String sql = """
                insert into administrative_unit (code, name, unit_type, unit_level, parent_id, path, depth, name_sort,
                                                 name_search, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """;
        List<String> lines = TestUnits.nationalList().lines().skip(1).toList();
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (UnitLevel level : UnitLevel.values()) {
                Map<String, String[]> rows = new LinkedHashMap<>();
                for (String line : lines) {
                    String[] c = line.split(",");
                    switch (level) {
                        case PROVINCE -> rows.putIfAbsent(c[0], new String[] {c[0], c[1], null});
                        case DISTRICT -> rows.putIfAbsent(c[2], new String[] {c[2], c[3], c[0]});
                        case COMMUNE -> rows.putIfAbsent(c[4], new String[] {c[4], c[5], c[2]});
                    }
                }
                for (String[] row : rows.values()) {
                    String path = (row[2] == null ? "/" : paths.get(row[2])) + row[0] + "/";
                    String type = level.typeFromName(row[1]);
                    insert.setString(1, row[0]);
                    insert.setString(2, row[1]);
                    insert.setString(3, type == null ? level.gsoTypes().getFirst() : type);
                    insert.setString(4, level.name());
                    if (row[2] == null) {
                        insert.setNull(5, Types.BIGINT);
                    } else {
                        insert.setLong(5, ids.get(row[2]));
                    }
                    insert.setString(6, path);
                    insert.setInt(7, level.ordinal() + 1);
                    insert.setString(8, VietnameseText.sortKey(row[1]));
                    insert.setString(9, VietnameseText.searchKey(row[1]));
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        ids.put(row[0], key.getLong(1));
                    }
                    paths.put(row[0], path);
                }
                connection.commit();
            }
        }
        Map<String, Long> communes = new LinkedHashMap<>();
        for (String line : lines) {
            String[] c = line.split(",");
            communes.put(c[0] + "|" + c[4], ids.get(c[4]));
        }
        paths.forEach((code, path) -> PATHS.put(ids.get(code), path));
        PROVINCES.clear();
        lines.stream().map(l -> l.split(",")[0]).distinct().forEach(code -> PROVINCES.put(code, ids.get(code)));
        return communes;
    }

    /**
     * Provinces and communes of the 2025 list (two levels), in force from 1/7/2025: the root segment
     * of their paths names the list (decision 0029).
     */
    static Map<String, Long> loadUnits2025(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String sql = """
                insert into administrative_unit (code, name, unit_type, unit_level, parent_id, path, depth, name_sort,
                                                 name_search, valid_from, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """;
        // province_code,province_name,province_type,commune_code,commune_name,commune_type
        List<String[]> rows = TestUnits.resource("reference/vn-units-2025.csv").lines().skip(1)
                .map(line -> line.split(",")).toList();
        Map<String, Long> communes = new LinkedHashMap<>();
        PROVINCES.clear();
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (String[] c : rows) {
                if (!PROVINCES.containsKey(c[0])) {
                    String path = "/" + c[0] + "@" + TWO_LEVEL_DAY + "/";
                    long id = insertUnit(insert, c[0], c[1], "Tỉnh".equals(c[2]) ? "Tỉnh" : "Thành phố Trung ương",
                            UnitLevel.PROVINCE, null, path, 1);
                    PROVINCES.put(c[0], id);
                    ids.put(c[0], id);
                    PATHS.put(id, path);
                }
                String path = PATHS.get(ids.get(c[0])) + c[3] + "/";
                long id = insertUnit(insert, c[3], c[4], c[5], UnitLevel.COMMUNE, ids.get(c[0]), path, 2);
                PATHS.put(id, path);
                communes.put(c[0] + "|" + c[3], id);
            }
        }
        connection.commit();
        return communes;
    }

    private static long insertUnit(PreparedStatement insert, String code, String name, String type, UnitLevel level,
            Long parentId, String path, int depth) throws SQLException {
        insert.setString(1, code);
        insert.setString(2, name);
        insert.setString(3, type);
        insert.setString(4, level.name());
        if (parentId == null) {
            insert.setNull(5, Types.BIGINT);
        } else {
            insert.setLong(5, parentId);
        }
        insert.setString(6, path);
        insert.setInt(7, depth);
        insert.setString(8, VietnameseText.sortKey(name));
        insert.setString(9, VietnameseText.searchKey(name));
        insert.setObject(10, TWO_LEVEL_DAY);
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            return key.getLong(1);
        }
    }

    private static final Map<Long, String> PATHS = new HashMap<>();
    private static final Map<String, Long> PROVINCES = new LinkedHashMap<>();

    static int loadCampaignsAndReports(Connection connection, Map<String, Long> communes, int days, long seed,
            LocalDate start) throws SQLException {
        Map<String, Long> campaigns = new HashMap<>();
        String campaignSql = """
                insert into campaign (province_id, name, start_date, target_date, target_percent, denominator,
                    cutoff_time, copy_to_parent, jump_threshold_percent, low_result_pace_percent, bottom_share_percent,
                    missing_limit, late_limit, unchanged_reports, empty_work_reports, status, demo_estimates, version)
                values (?, ?, ?, ?, 60, 'SMARTPHONE_USERS', '15:00:00', true, 5, 80, 10, 2, 3, 3, 2, 'ACTIVE', true, 0)
                """;
        try (PreparedStatement insert = connection.prepareStatement(campaignSql, Statement.RETURN_GENERATED_KEYS)) {
            for (var province : PROVINCES.entrySet()) {
                insert.setLong(1, province.getValue());
                insert.setString(2, "Benchmark " + province.getKey());
                insert.setObject(3, start);
                insert.setObject(4, start.plusDays(days - 1));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    campaigns.put(province.getKey(), key.getLong(1));
                }
            }
        }
        connection.commit();

        Random random = new Random(seed);
        List<Object[]> baselines = new ArrayList<>();
        int reports = 0;
        StringBuilder values = new StringBuilder();
        int pending = 0;
        String header = "insert into daily_report (campaign_id, unit_id, unit_path, report_date, cumulative_installs, "
                + "population, smartphone_users, status, first_submitted_at, last_submitted_at, submitted_by, above_limits, "
                + "jump_flagged, updated_at, version, on_time_to_date, late_to_date, submitted) values ";
        try (Statement statement = connection.createStatement()) {
            for (var commune : communes.entrySet()) {
                String province = commune.getKey().substring(0, commune.getKey().indexOf('|'));
                long campaign = campaigns.get(province);
                long unit = commune.getValue();
                long population = 3_000 + random.nextInt(27_000);
                long smartphones = population * 62 / 100;
                long cumulative = population * (5 + random.nextInt(10)) / 100;
                baselines.add(new Object[] {campaign, unit, population, smartphones, cumulative});
                double rate = 0.001 + random.nextDouble() * 0.008;
                int onTimeSoFar = 0;
                int lateSoFar = 0;
                for (int day = 0; day < days; day++) {
                    cumulative = Math.min(smartphones, cumulative + Math.round(smartphones * rate * random.nextDouble() * 2));
                    double roll = random.nextDouble();
                    if (roll < 0.05) {
                        continue;
                    }
                    LocalDate date = start.plusDays(day);
                    boolean late = roll < 0.15;
                    LocalTime at = late ? LocalTime.of(15, 1).plusMinutes(random.nextInt(400))
                            : LocalTime.of(7, 30).plusMinutes(random.nextInt(440));
                    if (late) {
                        lateSoFar++;
                    } else {
                        onTimeSoFar++;
                    }
                    Instant submitted = date.atTime(at).atZone(PortalTime.ZONE).toInstant();
                    String stamp = "'" + LocalDateTime.ofInstant(submitted, ZoneOffset.UTC) + "'";
                    values.append(pending == 0 ? "" : ",").append('(').append(campaign).append(',').append(unit)
                            .append(",'").append(PATHS.get(unit)).append("','").append(date).append("',").append(cumulative)
                            .append(',').append(population).append(',').append(smartphones).append(",'SUBMITTED',")
                            .append(stamp).append(',').append(stamp).append(",'bench',false,false,").append(stamp)
                            .append(",0,").append(onTimeSoFar).append(',').append(lateSoFar).append(",true)");
                    if (++pending == BATCH) {
                        statement.executeUpdate(header + values);
                        connection.commit();
                        reports += pending;
                        pending = 0;
                        values.setLength(0);
                    }
                }
            }
            if (pending > 0) {
                statement.executeUpdate(header + values);
                reports += pending;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into campaign_baseline (campaign_id, unit_id, population, smartphone_users, installs_at_start,
                    estimated, version) values (?, ?, ?, ?, ?, true, 0)
                """)) {
            for (Object[] b : baselines) {
                for (int i = 0; i < b.length; i++) {
                    insert.setLong(i + 1, (Long) b[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // the kept standings (decision 0036), as the portal keeps them on each submission
        KeptStandings.rebuild(connection, null);
        connection.commit();
        return reports;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
