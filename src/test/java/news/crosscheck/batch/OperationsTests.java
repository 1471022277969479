package news.crosscheck.batch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * crosscheck as cron and auditors run it, each run a JVM of its own: killed inside each step in turn and started
 * again with the same command, it ends with the same reports as a run never interrupted; the reports do not depend
 * on the machine's time zone, locale or charset; and {@code --verify} reproduces an archived run or names what
 * changed.
 */
class OperationsTests {

    private static final List<String> REPORTS = news.crosscheck.report.ReportComparison.REPORTS;
    private static final Path INPUT = Path.of("input").toAbsolutePath();

    @TempDir
    static Path shared;

    private static Path clean;

    @BeforeAll
    static void runOnceUninterrupted() throws Exception {
        clean = shared.resolve("clean-out");
        JobProcess.Result result = JobProcess.run(shared.resolve("clean-state"), Map.of(), List.of(),
                "--input=" + INPUT, "--output=" + clean);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"listInputStep", "ingestArticlesStep", "checkRejectsStep", "groupEventsStep",
            "extractClaimsStep", "extractClaimsWorkerStep", "compareClaimsStep", "compareClaimsWorkerStep",
            "writeReportsStep"})
    void killedInsideAStepTheRerunFinishesWithTheSameReports(String step, @TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        String[] args = {"--input=" + INPUT, "--output=" + out, "--crosscheck.chunk-size=2"};

        JobProcess.Result killed = JobProcess.run(temp, Map.of(), List.of("-Dcrosscheck.test.halt-at=" + step),
                args);
        assertThat(killed.exitCode()).as(killed.output()).isEqualTo(HaltAtStepConfiguration.HALTED);
        assertThat(out.resolve("manifest.json")).doesNotExist();

        JobProcess.Result rerun = JobProcess.run(temp, Map.of(), List.of(), args);
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("interrupted; restarting");
        assertSameReports(out);
    }

    @Test
    void anotherTimeZoneLocaleAndCharsetGiveTheSameBytes(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        JobProcess.Result result = JobProcess.run(temp, Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8",
                        "LC_ALL", "tr_TR.UTF-8"),
                List.of("-Dfile.encoding=ISO-8859-1", "-Duser.language=tr", "-Duser.country=TR",
                        "-Duser.timezone=Pacific/Kiritimati"),
                "--input=" + INPUT, "--output=" + out);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertSameReports(out);
    }

    @Test
    void verifyReproducesAnArchivedRunAndNamesWhatChanged(@TempDir Path temp) throws Exception {
        Path manifest = clean.resolve("manifest.json");
        JobProcess.Result same = JobProcess.run(temp.resolve("state"), Map.of(), List.of(), "--verify=" + manifest);
        assertThat(same.exitCode()).as(same.output()).isZero();
        assertThat(same.output()).contains("reports identical");

        Path edited = temp.resolve("input");
        JobFixture.copyTree(INPUT, edited);
        Path article = edited.resolve("meridian-wire/2024-02-03-lisichansk-strike.txt");
        Files.writeString(article, Files.readString(article).replace("killed 20 people", "killed 21 people"));
        JobProcess.Result changed = JobProcess.run(temp.resolve("state"), Map.of(), List.of(),
                "--verify=" + manifest, "--input=" + edited);
        assertThat(changed.exitCode()).as(changed.output()).isEqualTo(ExitCode.MISMATCH.code);
        assertThat(changed.output().strip().lines()).hasSize(1).first().asString()
                .contains("1 input changed, missing or added").contains("reports that differ: ")
                .contains("discrepancies.csv");
        java.util.regex.Matcher listed = java.util.regex.Pattern.compile("listed in (\\S+)").matcher(changed.output());
        assertThat(listed.find()).as(changed.output()).isTrue();
        assertThat(Files.readString(Path.of(listed.group(1))))
                .contains("input changed: meridian-wire/2024-02-03-lisichansk-strike.txt")
                .contains("discrepancies.csv: differs").contains("  + ").contains("killed 21 people");
    }

    @Test
    void anAuditOnAnotherMachineReproducesTheSecondNightOfADesk(@TempDir Path temp) throws Exception {
        Path newsroom = temp.resolve("newsroom");
        Path night5 = temp.resolve("archive/2024-02-05");
        Path night6 = temp.resolve("archive/2024-02-06");
        for (String[] night : new String[][]{{"2024-02-05", night5.toString()}, {"2024-02-06", night6.toString()}}) {
            JobProcess.Result run = JobProcess.run(newsroom, Map.of(), List.of(), "--input=" + INPUT,
                    "--run-date=" + night[0], "--output=" + night[1], "--desk=metro");
            assertThat(run.exitCode()).as(run.output()).isZero();
        }
        assertThat(Files.readString(night6.resolve("discrepancies.csv"))).contains("ONGOING").doesNotContain("NEW");

        // another machine: a fresh job repository that has never seen desk metro
        JobProcess.Result audit = JobProcess.run(temp.resolve("auditor"), Map.of(), List.of(),
                "--verify=" + night6.resolve("manifest.json"));
        assertThat(audit.exitCode()).as(audit.output()).isZero();
        assertThat(audit.output()).contains("reports identical");

        // the newsroom's own repository, which holds later nights by now, gives the same answer
        JobProcess.Result later = JobProcess.run(newsroom, Map.of(), List.of(), "--input=" + INPUT,
                "--run-date=2024-02-07", "--output=" + temp.resolve("archive/2024-02-07"), "--desk=metro");
        assertThat(later.exitCode()).as(later.output()).isZero();
        JobProcess.Result home = JobProcess.run(newsroom, Map.of(), List.of(),
                "--verify=" + night6.resolve("manifest.json"));
        assertThat(home.exitCode()).as(home.output()).isZero();

        Path previous = night6.resolve(WriteReportsTasklet.PREVIOUS_NIGHT);
        Files.writeString(previous, Files.readString(previous).replace("Pasechnik", "Pasechnyk"));
        JobProcess.Result tampered = JobProcess.run(temp.resolve("auditor"), Map.of(), List.of(),
                "--verify=" + night6.resolve("manifest.json"), "--output=" + temp.resolve("audit-out"));
        assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(ExitCode.MISMATCH.code);
        assertThat(tampered.output()).contains("the archived previous night changed")
                .contains(temp.resolve("audit-out").toString());
        assertThat(temp.resolve("audit-out/discrepancies.csv")).exists();
    }

    private static void assertSameReports(Path out) throws IOException {
        for (String report : REPORTS) {
            assertThat(Files.readString(out.resolve(report))).as(report)
                    .isEqualTo(Files.readString(clean.resolve(report)));
        }
    }
}
