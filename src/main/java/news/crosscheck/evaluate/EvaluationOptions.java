package news.crosscheck.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code crosscheck evaluate}.
 *
 * @param articles             the articles file (job CSV input format)
 * @param gold                 the gold file ({@code id,incident_id}, optional date, figures and names)
 * @param output               where {@code evaluation.csv}, {@code worst-casualties.csv} and the job runs go
 * @param windowDaysOfIncident the window metric scores documents published 0..this many days after the incident
 * @param perturbSeed          seed of the planted discrepancies (and nothing else)
 * @param perturbCount         how many copies to plant; 0 skips the perturbed run
 * @param slice                score only this many incidents (a fixed, seed-independent choice); 0 for all
 * @param judged               folders of judged discrepancies, later ones winning; by default those of
 *                             {@link #DEFAULT_JUDGED} that exist
 * @param figures              the figures file stated tolls are read from; by default {@code figures.csv} beside
 *                             the gold file when there is one
 * @param corpus               the corpus's name in the printout; by default the folder holding the articles file
 * @param jobArgs              {@code --crosscheck.*} settings passed on to the job unchanged
 */
public record EvaluationOptions(Path articles, Path gold, Path output, int windowDaysOfIncident, long perturbSeed,
                                int perturbCount, int slice, List<Path> judged, Optional<Path> figures,
                                String corpus, List<String> jobArgs) {

    /** The usage line for errors and the README. */
    public static final String USAGE = "usage: crosscheck evaluate --articles=FILE --gold=FILE --output=DIR"
            + " [--window-days-of-incident=3] [--perturb-seed=42] [--perturb-count=90] [--slice=N]"
            + " [--judged=DIR[,DIR...]] [--figures=FILE] [--corpus=NAME] [--crosscheck.<setting>=VALUE ...]";

    /**
     * Where judgments are read from unless {@code --judged} says otherwise, relative to the working folder: the
     * shared judged files, then the project's own (which win).
     */
    public static final List<Path> DEFAULT_JUDGED = List.of(Path.of("..", "shared", "eval", "judged"),
            Path.of("eval", "judged"));

    /** The name of the figures file looked for beside the gold file. */
    static final String FIGURES_FILE = "figures.csv";

    /** Parses command-line options; anything wrong is an {@link IllegalArgumentException} naming it. */
    public static EvaluationOptions parse(String... args) {
        Path articles = null;
        Path gold = null;
        Path output = null;
        int window = 3;
        long seed = 42;
        int count = 90;
        int slice = 0;
        List<Path> judged = null;
        Path figures = null;
        String corpus = null;
        List<String> jobArgs = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("not an option: '" + arg + "'");
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "articles" -> articles = Path.of(value);
                case "gold" -> gold = Path.of(value);
                case "output" -> output = Path.of(value);
                case "window-days-of-incident" -> window = nonNegative(name, value);
                case "perturb-seed" -> seed = Long.parseLong(value);
                case "perturb-count" -> count = nonNegative(name, value);
                case "slice" -> slice = nonNegative(name, value);
                case "judged" -> judged = Arrays.stream(value.split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).map(Path::of).toList();
                case "figures" -> figures = Path.of(value);
                case "corpus" -> corpus = value.strip();
                default -> {
                    if (!name.startsWith("crosscheck.")) {
                        throw new IllegalArgumentException("unknown option: --" + name);
                    }
                    jobArgs.add(arg);
                }
            }
        }
        if (articles == null || gold == null || output == null) {
            throw new IllegalArgumentException("--articles, --gold and --output are required");
        }
        if (judged == null) {
            judged = DEFAULT_JUDGED.stream().filter(Files::isDirectory).toList();
        }
        if (figures == null) {
            Path beside = gold.toAbsolutePath().resolveSibling(FIGURES_FILE);
            figures = Files.isRegularFile(beside) ? beside : null;
        }
        if (corpus == null || corpus.isEmpty()) {
            Path folder = articles.toAbsolutePath().normalize().getParent();
            corpus = folder == null || folder.getFileName() == null ? "corpus" : folder.getFileName().toString();
        }
        return new EvaluationOptions(articles, gold, output, window, seed, count, slice, judged,
                Optional.ofNullable(figures), corpus, List.copyOf(jobArgs));
    }

    private static int nonNegative(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number of 0 or more, not '" + value + "'");
        }
    }
}
