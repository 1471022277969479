package news.crosscheck.compare;

/** What disagrees. */
public enum DiscrepancyKind {
    /** One person's name spelled differently. */
    NAME_SPELLING,
    /** One place's name spelled differently. */
    PLACE_SPELLING,
    /** Figures for the same casualty slot of the same event that cannot all be true at once. */
    CASUALTY_COUNT
}
