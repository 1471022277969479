package news.crosscheck.evaluate;

import news.crosscheck.CrosscheckApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * CI guard: the evaluation on a fixed slice of the Gun Violence Corpus (30 incidents) must not fall more than
 * {@value #TOLERANCE} below the figures recorded in {@code evaluation-baseline.properties} (and the README):
 * grouping, planted recall, judged precision (against {@code ../shared/eval/judged} and the project's own
 * {@code eval/judged}, unjudged discrepancies left out) and toll recall ({@code figures.csv}). The share of the
 * slice's discrepancies nobody judged yet is printed, not checked: a change that reports new things is judged, then
 * measured. The corpus is licensed evaluation data kept outside the repository, in {@code ../shared/eval} (another
 * folder with {@code -Dcrosscheck.shared-eval=DIR}, for a checkout that does not sit beside it); without it the test
 * is skipped.
 */
class EvaluationGuardTests {

    private static final double TOLERANCE = 0.05;
    private static final Path SHARED = Path.of(System.getProperty("crosscheck.shared-eval",
            Path.of("..", "shared", "eval").toString()));
    private static final Path GVC = SHARED.resolve("gvc");

    @Test
    void theGvcSliceScoresNoWorseThanTheBaseline(@TempDir Path output) throws IOException {
        assumeTrue(Files.isRegularFile(GVC.resolve("articles.csv")) && Files.isRegularFile(GVC.resolve("gold.csv")),
                "the GVC evaluation set is not in " + GVC);
        String judged = Stream.of(SHARED.resolve("judged"), Path.of("eval", "judged")).filter(Files::isDirectory)
                .map(Path::toString).collect(Collectors.joining(","));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = new EvaluateCommand(CrosscheckApplication::runJob,
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err)
                .run("--articles=" + GVC.resolve("articles.csv"), "--gold=" + GVC.resolve("gold.csv"),
                        "--output=" + output, "--slice=30", "--perturb-seed=42", "--judged=" + judged);
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();

        Map<String, Double> measured = metrics(output.resolve("evaluation.csv"));
        assertThat(measured).as("the unjudged share is reported").containsKey("judged.all.unjudged_share");
        System.out.printf("GVC slice: %.0f of %.0f discrepancies unjudged (%.2f); judged precision %s%n",
                measured.get("judged.all.unjudged"), measured.get("judged.all.reported"),
                measured.get("judged.all.unjudged_share"), measured.getOrDefault("judged.all.precision", Double.NaN));
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/evaluation-baseline.properties")) {
            baseline.load(in);
        }
        assertThat(baseline.stringPropertyNames()).isNotEmpty();
        for (String metric : baseline.stringPropertyNames()) {
            double floor = Double.parseDouble(baseline.getProperty(metric)) - TOLERANCE;
            assertThat(measured.get(metric)).as("%s (baseline %s)", metric, baseline.getProperty(metric))
                    .isNotNull().isGreaterThanOrEqualTo(floor);
        }
    }

    private static Map<String, Double> metrics(Path csv) throws IOException {
        Map<String, Double> metrics = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            metrics.put(cells[0], Double.parseDouble(cells[1]));
        }
        return metrics;
    }
}
