package news.crosscheck.batch;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run's options checked before any work: one line for each mistake. */
class RunOptionsTests {

    @TempDir
    Path temp;

    private RunOptions parse(String... args) throws RunOptions.UsageException {
        return parse(Map.of(), args);
    }

    private RunOptions parse(Map<String, String> environment, String... args) throws RunOptions.UsageException {
        String[] all = new String[args.length + 2];
        all[0] = "--input=input";
        all[1] = "--data=" + temp.resolve("data");
        System.arraycopy(args, 0, all, 2, args.length);
        return RunOptions.parse(all, environment);
    }

    @Nested
    class Settings {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "--crosscheck.window-days=-5        | crosscheck.window-days must be 0 or more, not -5",
                "--crosscheck.min-similarity=0      | crosscheck.min-similarity must be above 0 and at most 1, not 0.0",
                "--crosscheck.copy-similarity=1.5 | crosscheck.copy-similarity must be above 0 and at most 1, not 1.5",
                "--crosscheck.candidates=0          | crosscheck.candidates must be 1 or more, not 0",
                "--crosscheck.window-days=three     | crosscheck.window-days must be a whole number, not 'three'",
                "--crosscheck.name-weight=-0.1      | crosscheck.name-weight must be between 0 and 1, not -0.1",
                "--crosscheck.max-rejected-share=2  | crosscheck.max-rejected-share must be between 0 and 1, not 2.0"})
        void aSettingThatCannotWorkIsRefusedInOneLine(String option, String message) {
            assertThatThrownBy(() -> parse(option)).isInstanceOf(RunOptions.UsageException.class)
                    .hasMessage(message);
        }

        @Test
        void settingsAreHandedToSpringAsNameEqualsValue() throws Exception {
            assertThat(parse("--crosscheck.window-days", "5", "--run-date", "2024-02-05").springArgs())
                    .contains("--crosscheck.window-days=5", "--run-date=2024-02-05");
        }
    }

    @Nested
    class Folders {

        @Test
        void anOutputFolderThatCannotBeMadeIsRefusedBeforeAnyWork() throws IOException {
            Path file = Files.writeString(temp.resolve("a-file"), "x");
            assertThatThrownBy(() -> parse("--output=" + file.resolve("out")))
                    .isInstanceOf(RunOptions.UsageException.class)
                    .hasMessageStartingWith("output folder " + file.resolve("out") + " cannot be written");
        }

        @Test
        void aDataFolderThatCannotBeMadeIsRefused() throws IOException {
            Path file = Files.writeString(temp.resolve("a-file"), "x");
            assertThatThrownBy(() -> RunOptions.parse(new String[]{"--input=input", "--data=" + file}, Map.of()))
                    .isInstanceOf(RunOptions.UsageException.class).hasMessageStartingWith("data folder");
        }

        @Test
        void theDataOptionWinsOverTheEnvironmentWhichWinsOverTheWorkingFolder() {
            Map<String, String> environment = Map.of(DataFolder.ENVIRONMENT, "/srv/crosscheck/data");
            assertThat(DataFolder.resolve("/elsewhere", environment)).isEqualTo(Path.of("/elsewhere"));
            assertThat(DataFolder.resolve(null, environment)).isEqualTo(Path.of("/srv/crosscheck/data"));
            assertThat(DataFolder.resolve(null, Map.of())).isEqualTo(Path.of("data").toAbsolutePath());
        }

        @Test
        void reportsGoBesideTheDataFolderInTheDesksOwnFolder() throws Exception {
            Path reports = temp.resolve("reports");
            assertThat(parse().output()).isEqualTo(reports.resolve("<run-date>").toString());
            assertThat(parse("--run-date=2024-02-05").output()).isEqualTo(reports.resolve("2024-02-05").toString());
            assertThat(parse("--desk=night-desk").output())
                    .isEqualTo(reports.resolve("night-desk").resolve("<run-date>").toString());
        }

        @Test
        void theDataFolderPutsTheJobRepositoryAndLogInside() {
            Map<String, Object> defaults = DataFolder.springDefaults(Path.of("/srv/crosscheck/data"));
            assertThat(defaults.get("spring.datasource.url").toString())
                    .startsWith("jdbc:h2:file:/srv/crosscheck/data/crosscheck;");
            assertThat(defaults).containsEntry("logging.file.name", "/srv/crosscheck/data/crosscheck.log");
        }
    }

    @Test
    void aDeskIsAPlainName() {
        assertThatThrownBy(() -> parse("--desk=../other")).isInstanceOf(RunOptions.UsageException.class)
                .hasMessageStartingWith("--desk must be a plain name");
    }

    @Test
    void aRunDateIsADate() {
        assertThatThrownBy(() -> parse("--run-date=05/02/2024")).isInstanceOf(RunOptions.UsageException.class)
                .hasMessage("--run-date must be YYYY-MM-DD, not '05/02/2024'");
    }
}
