package news.crosscheck.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every job test of {@link CrosscheckJobTests}, on a PostgreSQL job repository; skipped when no server can be had. */
@ExtendWith(PostgresServer.class)
class CrosscheckJobOnPostgresTests extends CrosscheckJobTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry, "crosscheck_job_tests");
    }

    @Autowired
    private DataSource postgres;

    @Test
    void theJobRepositoryIsPostgres() throws Exception {
        assertThat(PostgresServer.productName(postgres)).isEqualTo("PostgreSQL");
    }
}
