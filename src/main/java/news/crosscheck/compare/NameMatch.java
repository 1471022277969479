package news.crosscheck.compare;

/**
 * How two spellings of a name relate, from the closest to the farthest.
 */
public enum NameMatch {
    /** The same characters, ignoring case ({@code Kyiv} / {@code KYIV}). */
    IDENTICAL,
    /** Equal once diacritics, apostrophes and punctuation are folded away ({@code Lysychans'k} / {@code Lysychansk}). */
    SAME_FOLDED,
    /** The same name spelled differently ({@code Pesechnik} / {@code Pasechnik}, {@code Kharkiv} / {@code Kharkov}). */
    VARIANT,
    /** Different names. */
    DIFFERENT;

    /** Whether both spellings name the same person or place. */
    public boolean sameName() {
        return this != DIFFERENT;
    }

    /** Whether a copy desk would see a difference in how the name is written. */
    public boolean surfaceDiffers() {
        return this == SAME_FOLDED || this == VARIANT;
    }
}
