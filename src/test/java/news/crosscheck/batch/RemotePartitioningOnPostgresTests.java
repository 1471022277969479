package news.crosscheck.batch;

import news.crosscheck.report.ReportComparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample night with its partitions run by worker JVMs ({@code crosscheck worker}) on a PostgreSQL job
 * repository, each process started as an operator would: the reports are the bytes of a single-JVM run; a worker
 * killed inside a partition makes the run fail when its timeout passes, and the same command then finishes it with
 * the same reports, the partition resumed after its committed chunk; a manager killed while a worker runs is
 * finished by its rerun. Skipped when no server can be had.
 */
@ExtendWith(PostgresServer.class)
class RemotePartitioningOnPostgresTests {

    private static final Path INPUT = Path.of("input").toAbsolutePath();
    private static final String WAITING = "crosscheck worker: waiting for partitions";

    @TempDir
    static Path shared;

    private static Path singleJvm;

    @BeforeAll
    static void runTheSampleNightInOneJvm() throws Exception {
        singleJvm = shared.resolve("single-out");
        JobProcess.Result single = JobProcess.run(shared.resolve("single-state"), Map.of(), List.of(),
                "--input=" + INPUT, "--output=" + singleJvm);
        assertThat(single.exitCode()).as(single.output()).isZero();
    }

    @Test
    void twoWorkersGiveTheReportsOfOneJvm(@TempDir Path temp) throws Exception {
        List<String> database = PostgresServer.options("crosscheck_remote");
        // the second worker starts once the first has migrated the fresh database: two JVMs baselining an empty
        // schema at the same moment race on Flyway's history table (seen once in CI; see the README's workers section)
        try (JobProcess.Running first = JobProcess.startWorker(database, temp.resolve("w1"), List.of())) {
            first.awaitOutput(WAITING);
            try (JobProcess.Running second = JobProcess.startWorker(database, temp.resolve("w2"), List.of())) {
                second.awaitOutput(WAITING);
                runAndCompare(database, temp, first, second);
            }
        }
    }

    private static void runAndCompare(List<String> database, Path temp, JobProcess.Running first,
                                      JobProcess.Running second) throws Exception {
        Path out = temp.resolve("out");
        JobProcess.Result run = JobProcess.run(database, temp, Map.of(), List.of(), "--input=" + INPUT,
                "--output=" + out, "--crosscheck.workers=remote");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertSameReports(out);
        String work = first.output() + second.output();
        assertThat(Pattern.compile("finished \\w+WorkerStep:partition\\d \\(job execution \\d+\\): COMPLETED")
                .matcher(work).results().count()).as(work).isEqualTo(2 * Partitioning.PARTITIONS);

        JobProcess.Result stopped = first.stop();
        assertThat(stopped.output()).endsWith("crosscheck worker: stopped\n");
    }

    @Test
    void aWorkerKilledInAPartitionFailsTheRunAtItsTimeoutAndTheRerunFinishesIt(@TempDir Path temp)
            throws Exception {
        List<String> database = PostgresServer.options("crosscheck_remote_killed");
        Path out = temp.resolve("out");
        String[] args = {"--input=" + INPUT, "--output=" + out, "--crosscheck.workers=remote",
                "--crosscheck.worker-timeout=10"};

        // the only worker at first, so that it takes a partition, and dies after its first chunk (2 articles)
        try (JobProcess.Running doomed = JobProcess.startWorker(database, temp.resolve("w1"),
                List.of("-Dcrosscheck.test.halt-at=extractClaimsWorkerStep"), "--crosscheck.chunk-size=2")) {
            doomed.awaitOutput(WAITING);
            JobProcess.Result timedOut = JobProcess.run(database, temp, Map.of(), List.of(), args);
            assertThat(timedOut.exitCode()).as(timedOut.output()).isEqualTo(ExitCode.JOB_FAILED.code);
            assertThat(timedOut.output()).contains("the workers did not finish every partition of extractClaimsStep "
                    + "within crosscheck.worker-timeout (10 s)").contains("run the same command again");
            assertThat(doomed.awaitExit().exitCode()).isEqualTo(HaltAtStepConfiguration.HALTED);
        }

        try (JobProcess.Running survivor = JobProcess.startWorker(database, temp.resolve("w2"), List.of(),
                "--crosscheck.chunk-size=2")) {
            survivor.awaitOutput(WAITING);
            JobProcess.Result rerun = JobProcess.run(database, temp, Map.of(), List.of(), args);
            assertThat(rerun.exitCode()).as(rerun.output()).isZero();
            assertThat(rerun.output()).contains("interrupted; restarting");
            assertSameReports(out);
            // the request the dead worker never took belongs to the run that gave up: skipped, not run twice
            assertThat(survivor.output()).contains("skipped extractClaimsWorkerStep:partition");
        }
        // every article read once: the killed partition's committed chunk stands, the rerun read the rest
        assertThat(readCount("crosscheck_remote_killed", "extractClaimsWorkerStep:partition%")).isEqualTo(14);
    }

    @Test
    void aManagerKilledWhileAWorkerRunsIsFinishedByItsRerun(@TempDir Path temp) throws Exception {
        List<String> database = PostgresServer.options("crosscheck_remote_manager_killed");
        Path out = temp.resolve("out");
        String[] args = {"--input=" + INPUT, "--output=" + out, "--crosscheck.workers=remote"};
        try (JobProcess.Running worker = JobProcess.startWorker(database, temp.resolve("w1"), List.of())) {
            worker.awaitOutput(WAITING);
            try (JobProcess.Running manager = JobProcess.startJob(database, temp, args)) {
                worker.awaitOutput("started extractClaimsWorkerStep");
            }
            JobProcess.Result rerun = JobProcess.run(database, temp, Map.of(), List.of(), args);
            assertThat(rerun.exitCode()).as(rerun.output()).isZero();
            assertThat(rerun.output()).contains("interrupted; restarting");
            assertSameReports(out);
        }
        assertThat(readCount("crosscheck_remote_manager_killed", "extractClaimsWorkerStep:partition%"))
                .isEqualTo(14);
    }

    /** The items the step executions named like {@code stepName} read, in all of the database's executions. */
    private static long readCount(String database, String stepName) throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresServer.url(database), "postgres", "");
             var query = connection.prepareStatement(
                     "SELECT COALESCE(SUM(READ_COUNT), 0) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE ?")) {
            query.setString(1, stepName);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void assertSameReports(Path out) throws IOException {
        for (String report : ReportComparison.REPORTS) {
            assertThat(Files.readString(out.resolve(report))).as(report)
                    .isEqualTo(Files.readString(singleJvm.resolve(report)));
        }
    }
}
