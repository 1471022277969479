package news.crosscheck.compare;

/** How a copy desk should read a discrepancy. */
public enum Severity {
    /** The statements cannot all be true: at least one is wrong. */
    CONFLICT,
    /** A later report gives a higher toll: news moved on, nothing is wrong. */
    UPDATE,
    /** The same thing written differently: a style question. */
    VARIANT
}
