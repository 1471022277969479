package news.crosscheck.spelling;

/** How near two spellings of one word are, from the nearest to the farthest (see {@link SpellingRule}). */
public enum Closeness {
    /** Equal once folded and rewritten by the equivalences ({@code Casullo}/{@code Casulo}, {@code Zelenskyy}/{@code Zelenskiy}). */
    EQUIVALENT,
    /** Another spelling of the same name ({@code Tracy}/{@code Tracey}, {@code Vuhledar}/{@code Ugledar}). */
    CLOSE,
    /**
     * Too far apart to be the same name on their own ({@code Ramsey}/{@code Brumsey}, {@code America}/{@code Africa}),
     * near enough to be one person's name when the rest of what is said of the person agrees (given name, age).
     */
    FAR,
    /** Different names. */
    DIFFERENT;

    /** Whether the two spellings are the same name without further evidence. */
    public boolean sameName() {
        return this == EQUIVALENT || this == CLOSE;
    }
}
