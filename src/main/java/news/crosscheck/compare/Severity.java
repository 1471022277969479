package news.crosscheck.compare;

/** How a copy desk should read a discrepancy. */
public enum Severity {
    /** The statements cannot all be true: at least one is wrong. */
    CONFLICT,
    /** Different figures from different named authorities (a UN mission and a ministry): attribute both. */
    SOURCE_DIFFERS,
    /** A later report gives a higher toll: news moved on, nothing is wrong. */
    UPDATE,
    /** The same thing written differently: a style question. */
    VARIANT
}
