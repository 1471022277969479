package news.crosscheck.batch;

import news.crosscheck.report.ReportComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * crosscheck as cron runs it, each run a JVM of its own, on a PostgreSQL job repository: the sample night gives the
 * same bytes as on H2; killed inside a chunk step or a partition and started again, it ends with the same reports;
 * {@code --verify} reproduces the run; a second run while one holds the repository is refused. Skipped when no
 * server can be had.
 */
@ExtendWith(PostgresServer.class)
class OperationsOnPostgresTests {

    private static final Path INPUT = Path.of("input").toAbsolutePath();

    @TempDir
    static Path shared;

    private static Path onH2;
    private static Path onPostgres;

    @BeforeAll
    static void runTheSampleNightOnBoth() throws Exception {
        onH2 = shared.resolve("h2-out");
        JobProcess.Result h2 = JobProcess.run(shared.resolve("h2-state"), Map.of(), List.of(),
                "--input=" + INPUT, "--output=" + onH2);
        assertThat(h2.exitCode()).as(h2.output()).isZero();
        onPostgres = shared.resolve("postgres-out");
        JobProcess.Result postgres = JobProcess.run(PostgresServer.options("crosscheck_operations"),
                shared.resolve("postgres-state"), Map.of(), List.of(), "--input=" + INPUT, "--output=" + onPostgres);
        assertThat(postgres.exitCode()).as(postgres.output()).isZero();
    }

    @Test
    void theSampleNightGivesTheSameBytesAsOnH2() throws IOException {
        assertSameReports(onPostgres);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestArticlesStep", "compareClaimsWorkerStep"})
    void killedInsideAStepTheRerunFinishesWithTheSameReports(String step, @TempDir Path temp) throws Exception {
        List<String> database = PostgresServer.options("crosscheck_killed_" + step.toLowerCase());
        Path out = temp.resolve("out");
        String[] args = {"--input=" + INPUT, "--output=" + out, "--crosscheck.chunk-size=2"};

        JobProcess.Result killed = JobProcess.run(database, temp, Map.of(),
                List.of("-Dcrosscheck.test.halt-at=" + step), args);
        assertThat(killed.exitCode()).as(killed.output()).isEqualTo(HaltAtStepConfiguration.HALTED);

        JobProcess.Result rerun = JobProcess.run(database, temp, Map.of(), List.of(), args);
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("interrupted; restarting");
        assertSameReports(out);
    }

    @Test
    void verifyReproducesTheRun(@TempDir Path temp) throws Exception {
        JobProcess.Result same = JobProcess.run(PostgresServer.options("crosscheck_operations"), temp, Map.of(),
                List.of(), "--verify=" + onPostgres.resolve("manifest.json"));
        assertThat(same.exitCode()).as(same.output()).isZero();
        assertThat(same.output()).contains("reports identical");
    }

    @Test
    void aSecondRunWhileOneHoldsTheRepositoryIsRefused(@TempDir Path temp) throws Exception {
        String url = PostgresServer.url("crosscheck_busy");
        try (Connection running = DriverManager.getConnection(url, "postgres", "")) {
            // what a run holds from start-up to exit (RepositoryLock)
            try (PreparedStatement lock = running.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, RepositoryLock.KEY);
                lock.executeQuery();
            }
            JobProcess.Result second = JobProcess.run(PostgresServer.options("crosscheck_busy"), temp, Map.of(),
                    List.of(), "--input=" + INPUT, "--output=" + temp.resolve("out"));
            assertThat(second.exitCode()).as(second.output()).isEqualTo(ExitCode.BUSY.code);
            assertThat(second.output()).contains("another crosscheck run is using the job repository");
        }
    }

    private static void assertSameReports(Path out) throws IOException {
        for (String report : ReportComparison.REPORTS) {
            assertThat(Files.readString(out.resolve(report))).as(report)
                    .isEqualTo(Files.readString(onH2.resolve(report)));
        }
    }
}
