package news.crosscheck.claim.text;

/**
 * One sentence of an article's text.
 *
 * @param index position in the article, 0 for the title (when there is one) or the first body sentence
 * @param text  the sentence, trimmed
 */
public record Sentence(int index, String text) {
}
