package news.crosscheck.claim.number;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The words before a figure that turn it into a range, with the range each one stands for.
 *
 * <table>
 *   <caption>Qualifier to interval, for a figure N</caption>
 *   <tr><td>none</td><td>[N, N]</td></tr>
 *   <tr><td>at least, no fewer than, no less than, a minimum of</td><td>[N, unbounded)</td></tr>
 *   <tr><td>more than, over, in excess of, upwards of</td><td>[N+1, unbounded)</td></tr>
 *   <tr><td>about, around, approximately, some, roughly, an estimated, estimated</td>
 *       <td>[N-d, N+d] with d = max(1, ceil(N/10)), low not below 0</td></tr>
 *   <tr><td>nearly, almost, close to, just under</td><td>[N-d, N-1], d as above</td></tr>
 *   <tr><td>up to, as many as, at most, no more than</td><td>[0, N]</td></tr>
 *   <tr><td>fewer than, less than, under</td><td>[0, N-1]</td></tr>
 * </table>
 * "As many as" reads as an upper bound, like "up to": reporters use it for the highest figure heard, and an upper
 * bound never conflicts with a lower figure from another outlet.
 */
public enum Qualifier {

    AT_LEAST(n -> Interval.atLeast(n), "at least", "no fewer than", "no less than", "a minimum of"),
    MORE_THAN(n -> Interval.atLeast(n + 1), "more than", "in excess of", "upwards of", "over"),
    ABOUT(n -> new Interval(Math.max(0, n - band(n)), n + band(n)),
            "approximately", "an estimated", "estimated", "roughly", "around", "about", "some"),
    NEARLY(n -> new Interval(Math.max(0, n - band(n)), Math.max(0, n - 1)), "nearly", "almost", "close to",
            "just under"),
    UP_TO(n -> new Interval(0, n), "up to", "as many as", "at most", "no more than"),
    FEWER_THAN(n -> new Interval(0, Math.max(0, n - 1)), "fewer than", "less than", "under");

    /**
     * The first word of every phrase. Each phrase is lower-case letters and spaces, so one can start only where the
     * run of letters is one of these words: a cheap test that spares trying every phrase at every word.
     */
    static final Set<String> FIRST_WORDS = Arrays.stream(values()).flatMap(q -> q.phrases.stream())
            .map(phrase -> phrase.split(" ")[0]).collect(Collectors.toUnmodifiableSet());

    private final LongFunction<Interval> range;
    private final List<String> phrases;

    Qualifier(LongFunction<Interval> range, String... phrases) {
        this.range = range;
        this.phrases = List.of(phrases);
    }

    /** Ten per cent either side, rounded outward, and never less than one. */
    private static long band(long n) {
        return Math.max(1, (n + 9) / 10);
    }

    Interval apply(long n) {
        return range.apply(n);
    }

    /** A range figure ({@code dozens}) is already vague; a qualifier in front of it does not narrow it further. */
    Interval apply(Interval figure) {
        return figure.isExact() ? apply(figure.low()) : figure;
    }

    /** The length of the qualifier phrase (without the following space) starting at {@code from}, or 0. */
    int matchLength(String lowerText, int from) {
        for (String phrase : phrases) {
            int end = from + phrase.length();
            if (lowerText.startsWith(phrase, from) && end < lowerText.length()
                    && Character.isWhitespace(lowerText.charAt(end))) {
                return phrase.length();
            }
        }
        return 0;
    }

    public static String lower(String text) {
        // Per-character lowering keeps offsets aligned with the original text.
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
