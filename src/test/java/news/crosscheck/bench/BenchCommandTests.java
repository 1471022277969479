package news.crosscheck.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke run of the benchmark at a tiny size: the real job runs in this JVM and the table comes out. */
class BenchCommandTests {

    @Test
    void printsTheTableWithRecallAndPrecision(@TempDir Path work) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int exit = BenchCommand.run(new String[]{"--sizes=300", "--outlets=12", "--work=" + work}, out);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("| articles | text MB | bare 1t s | bare 2t s | job s | job / bare 2t |")
                .contains("| recall | precision |")
                .containsPattern("\\| 300 \\| \\d+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+× \\| 1\\.0× \\(1×\\) "
                        + "\\| \\d+ \\| \\d+ \\| \\d+ \\| (0|1)\\.\\d{3} \\| (0|1)\\.\\d{3} \\| [\\d,]+ \\|")
                .contains("| articles | ingest | group | extract | compare | report |");
        assertThat(work.resolve("n300")).doesNotExist();
    }

    @Test
    void refusesAnUnknownOption() {
        assertThat(BenchCommand.run(new String[]{"--size=300"}, System.out)).isEqualTo(2);
    }
}
