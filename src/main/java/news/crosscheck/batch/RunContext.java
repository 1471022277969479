package news.crosscheck.batch;

import org.springframework.batch.core.step.StepExecution;

/** What the steps read of their run: its id (the job instance, the key of the staging rows) and its options. */
record RunContext(long run, String input, String output, String runDate) {

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String RUN_DATE = "runDate";
    static final String INPUT_FINGERPRINT = "inputFingerprint";
    static final String RERUN = "rerun";

    static RunContext of(StepExecution step) {
        var params = step.getJobExecution().getJobParameters();
        return new RunContext(step.getJobExecution().getJobInstanceId(), params.getString(INPUT),
                params.getString(OUTPUT, ""), params.getString(RUN_DATE, ""));
    }
}
