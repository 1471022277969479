package news.crosscheck.evaluate;

import java.util.Optional;

/**
 * One change the perturbation made in a copy of an article.
 *
 * @param copyId     the copy's document id
 * @param originalId the article it copies
 * @param kind       what was changed
 * @param before     the text replaced (a surname, or a figure as written)
 * @param after      the text put in its place
 * @param slot       the casualty slot of a figure; empty for a surname
 */
public record PlantedChange(String copyId, String originalId, Kind kind, String before, String after,
                            Optional<GoldDoc.Slot> slot) {

    /** What a copy changes; only {@link #HEDGE} must not be reported. */
    public enum Kind {
        /** Every occurrence of a participant's surname respelled. */
        SURNAME,
        /** One killed or injured figure replaced by another number, written the same way. */
        FIGURE,
        /** One killed or injured figure N replaced by "at least N-2", compatible with N. */
        HEDGE
    }
}
