package news.crosscheck.batch;

/**
 * The night's input cannot give a report worth publishing (none of it accepted, most of it rejected): running the
 * same command again on the same input fails the same way, so the message never says to, and the exit code is
 * the one given.
 */
class RefusedNightException extends RuntimeException {

    final ExitCode exitCode;

    RefusedNightException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The refusal among a failed execution's exceptions and their causes, or null. */
    static RefusedNightException among(Iterable<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null;
                 cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof RefusedNightException refused) {
                    return refused;
                }
            }
        }
        return null;
    }
}
