package news.crosscheck.evaluate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Arguments arguments = new Arguments();
        try {
            new CommandLine(arguments).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return arguments.options();
    }

    /** The options as the command line gives them, read by picocli (the {@code evaluate} command mixes them in). */
    @Command(name = "evaluate")
    public static final class Arguments {

        @Option(names = "--articles", paramLabel = "FILE", required = true,
                description = "the articles, in the job's CSV input format")
        Path articles;

        @Option(names = "--gold", paramLabel = "FILE", required = true,
                description = "the gold file: id,incident_id[,incident_date,killed,injured,names]")
        Path gold;

        @Option(names = "--output", paramLabel = "DIR", required = true,
                description = "where evaluation.csv, the files beside it and the job runs go")
        Path output;

        @Option(names = "--judged", paramLabel = "DIR[,DIR...]", hideParamSyntax = true, split = ",",
                description = "folders of judged discrepancies, later ones winning (default: ../shared/eval/judged "
                        + "and eval/judged, those that exist)")
        List<String> judged;

        @Option(names = "--figures", paramLabel = "FILE",
                description = "the stated tolls (default: figures.csv beside the gold file, if any)")
        Path figures;

        @Option(names = "--corpus", paramLabel = "NAME",
                description = "the corpus's name in the printout (default: the folder of the articles file)")
        String corpus;

        @Option(names = "--window-days-of-incident", paramLabel = "N", defaultValue = "3",
                description = "the window metric scores documents published 0..N days after their incident "
                        + "(default: ${DEFAULT-VALUE})")
        String window;

        @Option(names = "--perturb-seed", paramLabel = "N", defaultValue = "42",
                description = "seed of the planted discrepancies (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--perturb-count", paramLabel = "N", defaultValue = "90",
                description = "copies to plant; 0 skips the perturbed run (default: ${DEFAULT-VALUE})")
        String count;

        @Option(names = "--slice", paramLabel = "N", defaultValue = "0",
                description = "score only N incidents, a fixed choice; 0 for all (default: ${DEFAULT-VALUE})")
        String slice;

        /** {@code --crosscheck.<setting>=VALUE}: passed to the job unchanged (see {@code crosscheck --help}). */
        @Unmatched
        List<String> jobArgs = new ArrayList<>();

        /** The options, checked. */
        public EvaluationOptions options() {
            for (String arg : jobArgs) {
                if (!arg.startsWith("--crosscheck.") || !arg.contains("=")) {
                    throw new IllegalArgumentException(arg.startsWith("--") ? "unknown option: "
                            + (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg)
                            : "not an option: '" + arg + "'");
                }
            }
            List<Path> folders = judged == null ? DEFAULT_JUDGED.stream().filter(Files::isDirectory).toList()
                    : judged.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
            Path figuresFile = figures;
            if (figuresFile == null) {
                Path beside = gold.toAbsolutePath().resolveSibling(FIGURES_FILE);
                figuresFile = Files.isRegularFile(beside) ? beside : null;
            }
            String name = corpus == null ? null : corpus.strip();
            if (name == null || name.isEmpty()) {
                Path folder = articles.toAbsolutePath().normalize().getParent();
                name = folder == null || folder.getFileName() == null ? "corpus" : folder.getFileName().toString();
            }
            return new EvaluationOptions(articles, gold, output, nonNegative("window-days-of-incident", window), seed,
                    nonNegative("perturb-count", count), nonNegative("slice", slice), folders,
                    Optional.ofNullable(figuresFile), name, List.copyOf(jobArgs));
        }
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
