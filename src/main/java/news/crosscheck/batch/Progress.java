package news.crosscheck.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * One line per step of the job as it starts and ends, for an operator who runs a long night at a terminal:
 * {@code crosscheck: grouping articles into events... done in 45.0 s}. Printed to the error stream, and only when
 * the job runs at a terminal: a cron line's mail and the reports see nothing of it, and wall-clock times never
 * reach a report.
 */
final class Progress implements StepExecutionListener {

    /** What each step of the job does, as an operator would say it; other steps (partitions) print nothing. */
    private static final Map<String, String> STEPS = Map.of(
            "listInputStep", "listing the input",
            "ingestArticlesStep", "reading articles",
            "checkRejectsStep", "checking rejects",
            "groupEventsStep", "grouping articles into events",
            "extractClaimsStep", "extracting claims",
            "compareClaimsStep", "comparing claims",
            "writeReportsStep", "writing reports");

    private final PrintStream out;

    Progress(PrintStream out) {
        this.out = out;
    }

    /** Progress to the error stream when the process runs at a terminal, else none. */
    static Progress atTerminal() {
        return System.console() == null ? null : new Progress(System.err);
    }

    static boolean isJobStep(String name) {
        return STEPS.containsKey(name);
    }

    @Override
    public void beforeStep(StepExecution step) {
        out.print("crosscheck: " + STEPS.getOrDefault(step.getStepName(), step.getStepName()) + "...");
        out.flush();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        out.println(line(step.getStatus().isUnsuccessful() ? "failed" : "done", step.getStartTime(),
                step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime(), step.getReadCount()));
        return null;
    }

    static String line(String outcome, LocalDateTime start, LocalDateTime end, long read) {
        double seconds = start == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
        return String.format(Locale.ROOT, " %s in %.1f s%s", outcome, seconds,
                read > 0 ? String.format(Locale.ROOT, " (%,d read)", read) : "");
    }
}
