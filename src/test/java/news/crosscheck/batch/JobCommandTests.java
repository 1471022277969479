package news.crosscheck.batch;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's command line as picocli reads it, without starting the job. */
class JobCommandTests {

    private final List<String[]> started = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine line = JobCommand.commandLine(a -> {
            started.add(a);
            return 0;
        }, new CommandLine.HelpCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Nested
    class Help {

        @ParameterizedTest
        @ValueSource(strings = {"--help", "-h", "help"})
        void printsTheUsageAndExitsZeroWithoutStartingTheJob(String flag) {
            assertThat(execute(flag)).isZero();
            assertThat(started).isEmpty();
            assertThat(out.toString()).startsWith("Usage: crosscheck");
        }

        @Test
        void listsEveryOptionEverySettingWithItsDefaultAndTheExitCodes() {
            execute("--help");
            String usage = out.toString();
            for (String option : List.of("--input=DIR", "--output=DIR", "--run-date=YYYY-MM-DD", "--rerun",
                    "--desk=NAME", "--data=DIR", "--allow-empty", "--house-style=FILE", "--acknowledged=FILE",
                    "--verify=PATH/manifest.json", "--version", "CROSSCHECK_DATA")) {
                assertThat(usage).contains(option);
            }
            for (CrosscheckProperties.Setting setting : CrosscheckProperties.describe()) {
                assertThat(usage).contains("--" + setting.property() + "=");
            }
            assertThat(usage.replaceAll("\\s+", " ")).contains("(default: 3)").contains("(default: 0.22)")
                    .contains("(default: the data folder)").contains("bench").contains("evaluate");
            for (ExitCode code : ExitCode.values()) {
                assertThat(usage).containsPattern("(?m)^  " + code.code + "  \\S");
            }
        }

        @Test
        void versionIsOneLineAndExitsZero() {
            assertThat(execute("--version")).isZero();
            assertThat(out.toString()).matches("crosscheck \\S+\\R");
            assertThat(started).isEmpty();
        }
    }

    @Nested
    class Mistakes {

        @ParameterizedTest
        @ValueSource(strings = {"--frobnicate", "--input", "--crosscheck.window-day=5", "tonight"})
        void anUnknownOptionOrArgumentIsOneLineAndAHintWithExitCodeTwo(String wrong) {
            assertThat(execute(wrong)).isEqualTo(ExitCode.USAGE.code);
            assertThat(started).isEmpty();
            assertThat(err.toString().lines().toList()).hasSizeLessThanOrEqualTo(2)
                    .anyMatch(line -> line.startsWith("crosscheck: "))
                    .anyMatch(line -> line.contains("crosscheck --help"));
        }

        @Test
        void springAndLoggingPropertiesPassOnToTheJob() {
            assertThat(execute("--input=input", "--spring.datasource.url=jdbc:h2:mem:x;DB_CLOSE_DELAY=-1",
                    "--logging.file.name=/tmp/x.log")).isZero();
            assertThat(started).hasSize(1);
        }
    }
}
