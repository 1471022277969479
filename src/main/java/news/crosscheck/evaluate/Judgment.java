package news.crosscheck.evaluate;

/**
 * One judged discrepancy, a row of a judged file (rules in {@code ../shared/eval/JUDGING.md}).
 *
 * @param key        what the judgment is kept by
 * @param severity   the severity it was reported with when judged
 * @param label      the verdict
 * @param cause      for a false alarm, its cause ({@code subset-vs-total}, {@code not-a-name}, ...); else empty
 * @param source     the file it was read from, to name in errors and in what overrides what
 */
public record Judgment(JudgmentKey key, String severity, Label label, String cause, String source) {

    /** The verdicts of {@code JUDGING.md}. */
    public enum Label {
        TRUE, TRUE_WRONG_SEVERITY, FALSE, UNSURE;

        /** A label as written ({@code TRUE-wrong-severity}); an unknown one is an {@link IllegalArgumentException}. */
        public static Label parse(String written) {
            for (Label label : values()) {
                if (label.written().equalsIgnoreCase(written.strip())) {
                    return label;
                }
            }
            throw new IllegalArgumentException("unknown label '" + written + "'");
        }

        /** The label as the judged files write it. */
        public String written() {
            return this == TRUE_WRONG_SEVERITY ? "TRUE-wrong-severity" : name();
        }

        /** A real disagreement, whatever its severity. */
        public boolean isTrue() {
            return this == TRUE || this == TRUE_WRONG_SEVERITY;
        }
    }
}
