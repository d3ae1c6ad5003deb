package vn.gov.bluezone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The real errors of a pool whose database cannot be reached, against ordinary SQL errors. */
class DatabaseErrorsTest {

    @Test
    void aDatabaseThatCannotBeReachedIsToldApartFromABadQuery() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:tcp://127.0.0.1:1/nowhere");   // nothing listens on port 1
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource down = new HikariDataSource(config)) {
            Throwable query = catchThrowable(() -> new JdbcTemplate(down).queryForObject("select 1", Integer.class));
            assertThat(DatabaseErrors.unavailable(query)).as(String.valueOf(query)).isTrue();
            Throwable transaction = catchThrowable(() -> new TransactionTemplate(new DataSourceTransactionManager(down))
                    .executeWithoutResult(status -> { }));
            assertThat(DatabaseErrors.unavailable(transaction)).as(String.valueOf(transaction)).isTrue();
        }

        HikariConfig up = new HikariConfig();
        up.setJdbcUrl("jdbc:h2:mem:database-errors");
        try (HikariDataSource working = new HikariDataSource(up)) {
            Throwable syntax = catchThrowable(() -> new JdbcTemplate(working).queryForObject("select from", Integer.class));
            assertThat(syntax).isNotNull();
            assertThat(DatabaseErrors.unavailable(syntax)).isFalse();
        }
        assertThat(DatabaseErrors.unavailable(new PortalException("error.conflict"))).isFalse();
    }
}
