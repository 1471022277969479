package news.crosscheck.evaluate;

import news.crosscheck.CrosscheckApplication;
import news.crosscheck.batch.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code crosscheck evaluate ...}: runs the real job on a corpus, scores it against a gold file, a pool of judged
 * discrepancies and a figures file, writes {@code evaluation.csv} and the files to read beside it
 * ({@link EvaluationReport}) to {@code --output} and prints the table. The exit code
 * follows the job's ({@link ExitCode}): 0 done, 1 a job run or the scoring failed, 2 a wrong command line or
 * unreadable articles or gold file.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs the real job on a corpus with a gold file and scores it: grouping, casualty figures, "
                + "names, judged precision, toll recall, planted discrepancies.",
                "Any --crosscheck.<setting>=VALUE (see 'crosscheck --help') goes to the job unchanged."})
public final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    EvaluationOptions.Arguments arguments;

    /**
     * {@code --crosscheck.<setting>=VALUE} as a sub-command of {@code crosscheck}: picocli hands a sub-command's
     * unmatched arguments to the command itself, not to its mix-in.
     */
    @Unmatched
    List<String> jobArgs = new ArrayList<>();

    private final Evaluation.Job job;
    private final PrintStream out;
    private final PrintStream err;

    public EvaluateCommand(Evaluation.Job job, PrintStream out, PrintStream err) {
        this.job = job;
        this.out = out;
        this.err = err;
    }

    /** The command as the jar runs it: the real job in this JVM, standard output and error. */
    public static int execute(String... args) {
        return new EvaluateCommand(CrosscheckApplication::runJob, System.out, System.err).run(args);
    }

    /** Runs the evaluation the arguments (without the leading {@code evaluate}) describe; returns the exit code. */
    public int run(String... args) {
        try {
            return run(EvaluationOptions.parse(args));
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
    }

    /** As a sub-command of {@code crosscheck}: picocli has read the options. */
    @Override
    public Integer call() {
        try {
            arguments.jobArgs.addAll(jobArgs);
            return run(arguments.options());
        } catch (IllegalArgumentException e) {
            return usage(e);
        }
    }

    private int usage(IllegalArgumentException e) {
        err.println("crosscheck evaluate: " + e.getMessage());
        err.println("Try 'crosscheck evaluate --help' for the options.");
        return ExitCode.USAGE.code;
    }

    private int run(EvaluationOptions options) {
        long started = System.nanoTime();
        try {
            Evaluation.Result result = new Evaluation(job).run(options);
            EvaluationReport.write(options.output(), result);
            out.printf("corpus: %s; judgments: %s; figures: %s%n", options.corpus(),
                    options.judged().isEmpty() ? "none" : options.judged(),
                    options.figures().map(Path::toString).orElse("none"));
            out.print(EvaluationReport.table(result.metrics()));
            out.printf("evaluation: %s (%.0f s)%n", options.output().resolve("evaluation.csv"),
                    (System.nanoTime() - started) / 1e9);
            return ExitCode.OK.code;
        } catch (Evaluation.JobFailedException e) {
            err.println("crosscheck evaluate: " + e.getMessage());
            return e.exitCode;
        } catch (IllegalArgumentException e) {
            err.println("crosscheck evaluate: " + e.getMessage());
            return ExitCode.USAGE.code;
        } catch (IOException | UncheckedIOException e) {
            err.println("crosscheck evaluate: " + e.getMessage());
            return e instanceof java.nio.file.NoSuchFileException ? ExitCode.USAGE.code : ExitCode.JOB_FAILED.code;
        }
    }
}
