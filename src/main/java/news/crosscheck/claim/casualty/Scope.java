package news.crosscheck.claim.casualty;

/**
 * What part of an event's casualties a figure counts. Only two {@link #WHOLE} figures can contradict each other:
 * a subset (three critically wounded), an aggregate (20 shot across the city this weekend), a hypothetical (it could
 * have been three more), two measures counted as one (53 dead or missing) or an earlier figure the article itself
 * supersedes (officials had previously put the toll at 20) is a different claim from the toll, and comparing it with
 * one is a false alarm.
 */
public enum Scope {
    /** The whole toll of the article's own event, for the figure's slot and group. */
    WHOLE,
    /** A part of the victims: by condition (critically wounded), by where or when they died (at the scene). */
    SUBSET,
    /** A total over several incidents, a city, a weekend or a year. */
    AGGREGATE,
    /** What could, might or would have happened. */
    HYPOTHETICAL,
    /** An earlier figure of this event that the article reports as superseded or as first reported. */
    EARLIER,
    /** Two measures counted together: "53 dead or missing", "12 killed or injured". */
    COMBINED;

    /** How {@code claims.csv} writes it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
