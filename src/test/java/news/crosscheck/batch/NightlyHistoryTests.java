package news.crosscheck.batch;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyHistoryTests {

    private NightlyHistory history;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        history = new NightlyHistory(new JdbcTemplate(dataSource));
    }

    private static NightlyHistory.Entry entry(String fingerprint) {
        return new NightlyHistory.Entry(fingerprint, "D" + fingerprint, "E1", "CASUALTY_COUNT", "CONFLICT",
                "killed: people", "20 | 28", "Figures for people killed cannot all be true.");
    }

    @Test
    void anAuditCutOffLeavesNothingTheNextAuditKeeps() {
        history.load("metro", "2024-02-05", List.of(entry("F1")));
        history.load(NightlyHistory.AUDIT + 7, "2024-02-05", List.of(entry("F2")));

        history.forgetAudits();

        assertThat(history.night(NightlyHistory.AUDIT + 7, "2024-02-05")).isEmpty();
        assertThat(history.night("metro", "2024-02-05")).extracting(NightlyHistory.Entry::fingerprint)
                .containsExactly("F1");
    }
}
