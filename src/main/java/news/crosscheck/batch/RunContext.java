package news.crosscheck.batch;

import org.springframework.batch.core.step.StepExecution;

import java.time.LocalDate;

/**
 * What the steps read of their run: its id (the job instance, the key of the staging rows) and its options. The
 * latest plausible publication date is the day after the run date when one is given, otherwise the day after the
 * run started (UTC): a non-identifying parameter; an audit passes the archived run date, so it refuses what the run
 * refused. The settings that change results are identifying parameters too ({@code crosscheck.<name>}), read by the
 * steps from {@link CrosscheckProperties}: a restart, being the same job instance, has the same ones.
 *
 * @param audit the manifest an audit verifies, or empty when the run is not an audit
 */
record RunContext(long run, String input, String output, String runDate, LocalDate latestPublication,
                  String houseStyle, String acknowledged, String audit, String desk, boolean allowEmpty) {

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN_DATE = "runDate";
    static final String INPUT_FINGERPRINT = "inputFingerprint";
    static final String RERUN = "rerun";
    static final String LATEST_PUBLICATION = "latestPublication";
    static final String HOUSE_STYLE = "houseStyle";
    static final String ACKNOWLEDGED = "acknowledged";
    static final String AUDIT = "audit";
    static final String DESK = "desk";
    static final String ALLOW_EMPTY = "allowEmpty";
    /** In the output parameter, stands for the run date the input gives (when {@code --run-date} is not given). */
    static final String RUN_DATE_PLACEHOLDER = "<run-date>";

    static RunContext of(StepExecution step) {
        var params = step.getJobExecution().getJobParameters();
        String latest = params.getString(LATEST_PUBLICATION, "");
        return new RunContext(step.getJobExecution().getJobInstanceId(), params.getString(INPUT),
                params.getString(OUTPUT, ""), params.getString(RUN_DATE, ""),
                latest.isEmpty() ? LocalDate.MAX : LocalDate.parse(latest), params.getString(HOUSE_STYLE, ""),
                params.getString(ACKNOWLEDGED, ""), params.getString(AUDIT, ""),
                params.getString(DESK, JobCommand.DEFAULT_DESK), "true".equals(params.getString(ALLOW_EMPTY, "")));
    }

    boolean isAudit() {
        return !audit.isEmpty();
    }

    /** The output folder, once the run date is known. */
    java.nio.file.Path outputFor(String runDate) {
        return java.nio.file.Path.of(output.isEmpty() ? "reports/" + runDate
                : output.replace(RUN_DATE_PLACEHOLDER, runDate));
    }
}
