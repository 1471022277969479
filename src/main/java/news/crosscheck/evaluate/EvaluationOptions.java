package news.crosscheck.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * @param jobArgs              {@code --crosscheck.*} settings passed on to the job unchanged
 */
public record EvaluationOptions(Path articles, Path gold, Path output, int windowDaysOfIncident, long perturbSeed,
                                int perturbCount, int slice, List<String> jobArgs) {

    /** The usage line for errors and the README. */
    public static final String USAGE = "usage: crosscheck evaluate --articles=FILE --gold=FILE --output=DIR"
            + " [--window-days-of-incident=3] [--perturb-seed=42] [--perturb-count=90] [--slice=N]"
            + " [--crosscheck.<setting>=VALUE ...]";

    /** Parses command-line options; anything wrong is an {@link IllegalArgumentException} naming it. */
    public static EvaluationOptions parse(String... args) {
        Path articles = null;
        Path gold = null;
        Path output = null;
        int window = 3;
        long seed = 42;
        int count = 90;
        int slice = 0;
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
        return new EvaluationOptions(articles, gold, output, window, seed, count, slice, List.copyOf(jobArgs));
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
