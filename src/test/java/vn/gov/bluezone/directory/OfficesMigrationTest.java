package vn.gov.bluezone.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V14 on a database that already has campaigns: each distinct receiving office text of a province
 * becomes one Department of that province, the campaigns point to it, and the text column is gone.
 */
class OfficesMigrationTest {

    @Test
    void deployedCampaignsKeepTheirReceivingOfficeAsADirectoryEntry() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:offices-migration;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).target("12").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into administrative_unit (id, code, name, unit_type, unit_level, path, depth, name_sort, name_search)
                values (1, '80', 'Tỉnh Long An', 'Tỉnh', 'PROVINCE', '/80/', 1, 'x', 'tinh long an'),
                       (2, '82', 'Tỉnh Tiền Giang', 'Tỉnh', 'PROVINCE', '/82/', 1, 'y', 'tinh tien giang')
                """);
        String insert = """
                insert into campaign (province_id, name, start_date, target_date, target_percent, denominator, cutoff_time,
                    receiving_office, copy_to_parent, jump_threshold_percent, low_result_pace_percent,
                    bottom_share_percent, missing_limit, late_limit, unchanged_reports, empty_work_reports, status)
                values (?, ?, DATE '2020-08-13', DATE '2020-08-20', 60, 'POPULATION', TIME '15:00:00', ?, TRUE,
                    50, 70, 20, 2, 3, 3, 3, 'ACTIVE')
                """;
        jdbc.update(insert, 1, "Đợt 1", "Sở Thông tin và Truyền thông tỉnh Long An");
        jdbc.update(insert, 1, "Đợt 2", " Sở Thông tin và Truyền thông tỉnh Long An ");
        jdbc.update(insert, 2, "Đợt 3", "Sở Thông tin và Truyền thông tỉnh Tiền Giang");
        jdbc.update(insert, 2, "Đợt 4", null);

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<Map<String, Object>> offices = jdbc.queryForList(
                "select unit_id, unit_path, kind, name, short_name, header_name, abbreviation from office order by unit_id");
        assertThat(offices).hasSize(2);
        assertThat(offices.getFirst()).containsEntry("unit_path", "/80/").containsEntry("kind", "DEPARTMENT")
                .containsEntry("name", "Sở Thông tin và Truyền thông tỉnh Long An")
                .containsEntry("header_name", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LONG AN")
                .containsEntry("abbreviation", "CQTN");
        assertThat(jdbc.queryForList("""
                select c.name, o.name as office from campaign c left join office o on o.id = c.receiving_office_id
                order by c.name""")).extracting(row -> row.get("office")).containsExactly(
                "Sở Thông tin và Truyền thông tỉnh Long An", "Sở Thông tin và Truyền thông tỉnh Long An",
                "Sở Thông tin và Truyền thông tỉnh Tiền Giang", null);
        assertThat(jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_name = 'campaign' and column_name = 'receiving_office'""", Integer.class)).isZero();
    }
}
