package news.crosscheck.claim.text;

/**
 * One sentence of an article's text.
 *
 * @param index     position in the article, 0 for the title (when there is one) or the first body sentence
 * @param text      the sentence, trimmed
 * @param paragraph the paragraph it stands in, counted from 0 as the index is; a sentence known apart from its
 *                  text stands in a paragraph of its own
 */
public record Sentence(int index, String text, int paragraph) {

    /** A sentence alone in its paragraph. */
    public Sentence(int index, String text) {
        this(index, text, index);
    }

    /**
     * How many sentences, by index, make an article's lead: the title and the first two sentences, when sentence 0
     * is the title. Figures in the lead are the article's own.
     */
    public static final int LEAD_SENTENCES = 3;
}
