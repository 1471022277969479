package news.crosscheck.batch;

/** The process exit codes, decided here and nowhere else. */
enum ExitCode {
    /** The job completed (or this run was already complete), reports are in place. */
    OK(0),
    /** The job ran and failed; a rerun with the same options restarts it where it stopped. */
    JOB_FAILED(1),
    /** The command line is wrong: unknown option, bad date, missing input folder, unwritable output. */
    USAGE(2),
    /** Another run holds the job repository. */
    BUSY(3);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
