package news.crosscheck.claim.number;

import java.util.Objects;

/**
 * A numeric quantity found in a sentence, qualifier included.
 *
 * @param start offset of the first character in the sentence text (the qualifier's, when there is one)
 * @param end   offset just past the last character
 * @param text  the surface text, e.g. {@code at least 24}, {@code twenty-eight}, {@code dozens}
 * @param count what the text allows, as an interval
 * @param vague whether the figure is a plural of a round amount ({@code dozens}, {@code hundreds}), which may be
 *              followed by {@code of} before its noun
 */
public record Quantity(int start, int end, String text, Interval count, boolean vague) {

    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(count, "count");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }
}
