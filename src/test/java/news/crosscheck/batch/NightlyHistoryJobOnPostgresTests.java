package news.crosscheck.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Two nights of {@link NightlyHistoryJobTests} on a PostgreSQL job repository; skipped when no server can be had. */
@ExtendWith(PostgresServer.class)
class NightlyHistoryJobOnPostgresTests extends NightlyHistoryJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry, "crosscheck_history_tests");
    }

    @Autowired
    private DataSource postgres;

    @Test
    void theJobRepositoryIsPostgres() throws Exception {
        assertThat(PostgresServer.productName(postgres)).isEqualTo("PostgreSQL");
    }
}
