package news.crosscheck.batch;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The process exit codes, decided here and nowhere else; the usage text lists them from here. */
public enum ExitCode {
    /** The job completed (or this run was already complete), reports are in place. */
    OK(0, "done, or the run was already complete, or an audit reproduced its run"),
    /**
     * The job ran and failed, or could not start. The message says whether the same command restarts it (a crash,
     * a full disk) or the input must change first (most inputs rejected).
     */
    JOB_FAILED(1, "the job failed; the message says whether running it again restarts it"),
    /** The command line is wrong: unknown option, bad date or setting, missing input folder, unwritable folder. */
    USAGE(2, "wrong command line or setting, no input folder, unwritable output or data"),
    /** Another run holds the job repository. */
    BUSY(3, "another run holds the job repository"),
    /** An audit ({@code --verify}) found changed inputs, settings or reports. */
    MISMATCH(4, "an audit (--verify) found changed inputs, settings or reports"),
    /** No input file, or none accepted: nothing is published and nothing resolved, unless {@code --allow-empty}. */
    EMPTY(5, "an empty night: no article accepted; nothing published or resolved");

    public final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** Every code with its meaning, one a line, for the usage text. */
    static String table() {
        return Arrays.stream(values()).map(e -> "  " + e.code + "  " + e.meaning).collect(Collectors.joining("%n"));
    }

    /**
     * A failure before the job could start: a setting that cannot work, or another process holding the H2 file or
     * the PostgreSQL lock ({@link RepositoryLock}), are the usual ones.
     */
    public static ExitCode ofStartupFailure(Throwable failure) {
        if (invalidSetting(failure) != null) {
            return USAGE;
        }
        String message = String.valueOf(root(failure).getMessage());
        return message.contains("already in use") || message.contains("file is locked") ? BUSY : JOB_FAILED;
    }

    /** One line a person reads, no stack trace. */
    public String describe(Throwable failure) {
        if (this == BUSY) {
            return "another crosscheck run is using the job repository (crosscheck.mv.db in the data folder, or the "
                    + "database of spring.datasource.url); wait for it to finish";
        }
        CrosscheckProperties.InvalidSettingException invalid = invalidSetting(failure);
        if (invalid != null) {
            return invalid.getMessage();
        }
        return "could not start: " + oneLine(failure);
    }

    private static CrosscheckProperties.InvalidSettingException invalidSetting(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CrosscheckProperties.InvalidSettingException invalid) {
                return invalid;
            }
        }
        return null;
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
