package news.crosscheck.report;

/**
 * The columns of each report, in order. They are a contract other tools read: add new columns at the end, never
 * rename or reorder.
 */
public final class Columns {

    private Columns() {
    }

    /** {@code events.csv}: every accepted article with its event. */
    public enum Event { event_id, article_id, outlet, published, title, event_size, copy_of }

    /** {@code claims.csv}: every extracted claim. */
    public enum Claim { claim_id, event_id, article_id, outlet, kind, subject, value, low, high, evidence, sentence,
        other_event, role, source, scope, scope_reason, certainty }

    /** {@code discrepancies.csv}: one row per statement taking part in a mismatch. */
    public enum Discrepancy { discrepancy_id, event_id, kind, severity, subject, value, outlet, article_id, evidence,
        alignment_score, explanation, sentence, claim_id, source, suggestion, independent_reports, fingerprint, status,
        confidence }

    /** {@code summary.csv}: one row per discrepancy the desk has not acknowledged, the first thing it reads. */
    public enum Summary { status, severity, kind, subject, values, outlets, explanation, suggestion, event_id,
        discrepancy_id, fingerprint, independent_reports, confidence }

    /** {@code changes.csv}: what changed since the previous run date, NEW and RESOLVED discrepancies. */
    public enum Change { change, kind, severity, subject, values, explanation, event_id, discrepancy_id, fingerprint }

    /**
     * {@code previous-night.csv}: what the statuses were computed against, the desk's previous run date's
     * discrepancies, archived with the reports so that an audit on any machine computes the same statuses.
     */
    public enum PreviousNight { run_date, fingerprint, discrepancy_id, event_id, kind, severity, subject, values,
        explanation }

    /** {@code rejects.csv}: every input that was not accepted, and why. */
    public enum Reject { source, reason }

    /** {@code duplicates.csv}: every input whose body repeats an accepted article's. */
    public enum Duplicate { article_id, duplicate_of, outlet }
}
