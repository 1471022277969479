package news.crosscheck.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's command line as a newcomer and cron meet it, each in a JVM of its own started in a fresh working
 * folder: help answers at once and creates nothing; mistakes are one line and exit 2 before any work; an empty night
 * exits 5.
 */
class CommandLineTests {

    private static final Path INPUT = Path.of("input").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help", "--version"})
    void helpAndVersionExitZeroAndCreateNothing(String flag, @TempDir Path cwd) throws Exception {
        JobProcess.Result result = JobProcess.runIn(cwd, Map.of(), List.of(), flag);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("^(Usage: crosscheck|crosscheck \\d)");
        try (var created = Files.list(cwd)) {
            assertThat(created).isEmpty();
        }
    }

    @Test
    void remoteWorkersNeedAPostgresJobRepository(@TempDir Path cwd) throws Exception {
        JobProcess.Result manager = JobProcess.runIn(cwd, Map.of(), List.of(), "--input=" + INPUT,
                "--crosscheck.workers=remote");
        assertThat(manager.exitCode()).as(manager.output()).isEqualTo(ExitCode.USAGE.code);
        assertThat(manager.output().strip()).isEqualTo("crosscheck: crosscheck.workers=remote needs the job "
                + "repository on PostgreSQL (--spring.datasource.url=jdbc:postgresql://...), which the workers "
                + "share; this one is H2");

        JobProcess.Result worker = JobProcess.runIn(cwd, Map.of(), List.of(), "worker", "--data=" + cwd.resolve("w"));
        assertThat(worker.exitCode()).as(worker.output()).isEqualTo(ExitCode.USAGE.code);
        assertThat(worker.output().strip()).startsWith("crosscheck: a worker needs the PostgreSQL job repository");
        assertThat(cwd.resolve("w")).doesNotExist();

        JobProcess.Result help = JobProcess.runIn(cwd, Map.of(), List.of(), "worker", "--help");
        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(help.output()).startsWith("Usage: crosscheck worker").contains("SIGTERM");
    }

    @Test
    void anUnknownOptionIsOneLineWithAHintAndCreatesNothing(@TempDir Path cwd) throws Exception {
        JobProcess.Result result = JobProcess.runIn(cwd, Map.of(), List.of(), "--input=" + INPUT, "--frobnicate");
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code);
        assertThat(result.output().lines().toList()).containsExactly(
                "crosscheck: unknown option '--frobnicate'; try 'crosscheck --help'");
        try (var created = Files.list(cwd)) {
            assertThat(created).isEmpty();
        }
    }

    @Test
    void anUnwritableOutputOrABadSettingFailsWithTwoBeforeAnyWork(@TempDir Path cwd) throws Exception {
        Path file = Files.writeString(cwd.resolve("not-a-folder"), "x");
        JobProcess.Result output = JobProcess.runIn(cwd, Map.of(), List.of(), "--input=" + INPUT,
                "--output=" + file.resolve("out"));
        assertThat(output.exitCode()).as(output.output()).isEqualTo(ExitCode.USAGE.code);
        assertThat(output.output()).startsWith("crosscheck: output folder").doesNotContain("again");

        JobProcess.Result setting = JobProcess.runIn(cwd, Map.of(), List.of(), "--input=" + INPUT,
                "--crosscheck.window-days=-5", "--rerun");
        assertThat(setting.exitCode()).as(setting.output()).isEqualTo(ExitCode.USAGE.code);
        assertThat(setting.output().strip()).isEqualTo("crosscheck: crosscheck.window-days must be 0 or more, not -5");
        assertThat(cwd.resolve("data").resolve("crosscheck.mv.db")).doesNotExist();
    }

    @Test
    void anEmptyNightExitsFiveAndPublishesNothingUnlessAllowed(@TempDir Path cwd) throws Exception {
        Path empty = Files.createDirectories(cwd.resolve("feeds/tonight"));
        Map<String, String> environment = Map.of(DataFolder.ENVIRONMENT, cwd.resolve("data").toString());
        JobProcess.Result refused = JobProcess.runIn(cwd, environment, List.of(), "--input=" + empty,
                "--run-date=2024-02-06");
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCode.EMPTY.code);
        assertThat(refused.output()).contains("empty night").contains("--allow-empty").doesNotContain("again");
        assertThat(cwd.resolve("reports/2024-02-06/manifest.json")).doesNotExist();

        JobProcess.Result allowed = JobProcess.runIn(cwd, environment, List.of(), "--input=" + empty,
                "--run-date=2024-02-06", "--allow-empty");
        assertThat(allowed.exitCode()).as(allowed.output()).isZero();
        assertThat(allowed.output()).contains("an empty night is not recorded");
        assertThat(cwd.resolve("reports/2024-02-06/manifest.json")).exists();
    }

    @Test
    void aChangedSettingIsANewRunNotAnAlreadyCompleteOne(@TempDir Path cwd) throws Exception {
        String[] night = {"--input=" + INPUT, "--output=" + cwd.resolve("out"), "--run-date=2024-02-05"};
        JobProcess.Result first = JobProcess.run(cwd.resolve("state"), Map.of(), List.of(), night);
        assertThat(first.exitCode()).as(first.output()).isZero();
        JobProcess.Result again = JobProcess.run(cwd.resolve("state"), Map.of(), List.of(), night);
        assertThat(again.output()).contains("already complete");

        JobProcess.Result changed = JobProcess.run(cwd.resolve("state"), Map.of(), List.of(),
                append(night, "--crosscheck.min-similarity=0.9"));
        assertThat(changed.exitCode()).as(changed.output()).isZero();
        assertThat(changed.output()).contains("crosscheck: done").doesNotContain("already complete");
        assertThat(Files.readString(cwd.resolve("out/manifest.json")))
                .contains("\"crosscheck.min-similarity\" : \"0.9\"").contains("\"crosscheck.window-days\" : \"3\"");
    }

    @Test
    void theCronLineFindsTheSameHistoryFromAnyWorkingFolder(@TempDir Path temp) throws Exception {
        Path srv = temp.resolve("srv/crosscheck");
        Map<String, String> cron = Map.of(DataFolder.ENVIRONMENT, srv.resolve("data").toString());
        Path home = Files.createDirectories(temp.resolve("home"));
        Path root = Files.createDirectories(temp.resolve("elsewhere"));

        JobProcess.Result first = JobProcess.runIn(home, cron, List.of(), "--input=" + INPUT, "--run-date=2024-02-05");
        assertThat(first.exitCode()).as(first.output()).isZero();
        JobProcess.Result second = JobProcess.runIn(root, cron, List.of(), "--input=" + INPUT, "--run-date=2024-02-06");
        assertThat(second.exitCode()).as(second.output()).isZero();

        assertThat(srv.resolve("reports/2024-02-05/manifest.json")).exists();
        assertThat(JobFixture.read(srv.resolve("reports/2024-02-06/discrepancies.csv")))
                .extracting(r -> r.get("status")).containsOnly("ONGOING");
        assertThat(srv.resolve("data/crosscheck.mv.db")).exists();
        try (var created = Files.list(home)) {
            assertThat(created).isEmpty();
        }
    }

    private static String[] append(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
