package news.crosscheck.batch;

import org.springframework.batch.core.step.StepExecution;

import java.time.LocalDate;

/**
 * What the steps read of their run: its id (the job instance, the key of the staging rows) and its options. The
 * latest plausible publication date is the day after the run date when one is given, otherwise the day after the
 * run started (UTC): a non-identifying parameter; an audit passes the archived run date, so it refuses what the run
 * refused.
 */
record RunContext(long run, String input, String output, String runDate, LocalDate latestPublication,
                  String houseStyle, String acknowledged, boolean audit) {

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN_DATE = "runDate";
    static final String INPUT_FINGERPRINT = "inputFingerprint";
    static final String RERUN = "rerun";
    static final String LATEST_PUBLICATION = "latestPublication";
    static final String HOUSE_STYLE = "houseStyle";
    static final String ACKNOWLEDGED = "acknowledged";
    static final String AUDIT = "audit";

    static RunContext of(StepExecution step) {
        var params = step.getJobExecution().getJobParameters();
        String latest = params.getString(LATEST_PUBLICATION, "");
        return new RunContext(step.getJobExecution().getJobInstanceId(), params.getString(INPUT),
                params.getString(OUTPUT, ""), params.getString(RUN_DATE, ""),
                latest.isEmpty() ? LocalDate.MAX : LocalDate.parse(latest), params.getString(HOUSE_STYLE, ""),
                params.getString(ACKNOWLEDGED, ""), "true".equals(params.getString(AUDIT, "")));
    }
}
