package news.crosscheck.batch;

/** The process exit codes, decided here and nowhere else. */
public enum ExitCode {
    /** The job completed (or this run was already complete), reports are in place. */
    OK(0),
    /** The job ran and failed, or could not start; a rerun with the same options restarts it where it stopped. */
    JOB_FAILED(1),
    /** The command line is wrong: unknown option, bad date, missing input folder, unwritable output. */
    USAGE(2),
    /** Another run holds the job repository. */
    BUSY(3),
    /** An audit ({@code --verify}) found changed inputs, settings or reports. */
    MISMATCH(4);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /**
     * A failure before the job could start: another process holding the H2 file or the PostgreSQL lock
     * ({@link RepositoryLock}) is the usual one.
     */
    public static ExitCode ofStartupFailure(Throwable failure) {
        String message = String.valueOf(root(failure).getMessage());
        return message.contains("already in use") || message.contains("file is locked") ? BUSY : JOB_FAILED;
    }

    /** One line a person reads, no stack trace. */
    public String describe(Throwable failure) {
        if (this == BUSY) {
            return "another crosscheck run is using the job repository (spring.datasource.url); wait for it to finish";
        }
        return "could not start: " + oneLine(failure);
    }

    /** The root cause's message on one line, or its type when it has none. */
    static String oneLine(Throwable failure) {
        String message = root(failure).getMessage();
        return message == null ? root(failure).getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
