package news.crosscheck.spelling;

import java.util.Arrays;

/**
 * Where a {@link WordStartPattern} may find a match in a text: each ASCII letter or digit that begins a word (no
 * letter or digit before it), and each character beyond ASCII, where a pattern is always tried. A text's are read
 * once for all the patterns searched in it: the rules search one sentence or one article for several patterns in a
 * row, and reading every character again for each was most of their cost. The last few texts of each thread are
 * kept, by identity (a {@code String} does not change); another character sequence is read each time.
 */
final class WordStarts {

    private static final int ASCII = 128;
    /** Texts kept per thread: a rule may search a sentence and the article around it in turns. */
    private static final int KEPT = 4;
    private static final ThreadLocal<WordStarts[]> RECENT = ThreadLocal.withInitial(() -> new WordStarts[KEPT]);

    private final CharSequence text;
    private final int[] starts;

    private WordStarts(CharSequence text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** Where a match may begin in the text, in order. The array is shared: do not change it. */
    static int[] of(CharSequence text) {
        if (!(text instanceof String)) {
            return read(text).starts;
        }
        WordStarts[] recent = RECENT.get();
        for (WordStarts kept : recent) {
            if (kept != null && kept.text == text) {
                return kept.starts;
            }
        }
        WordStarts read = read(text);
        System.arraycopy(recent, 0, recent, 1, KEPT - 1);
        recent[0] = read;
        return read.starts;
    }

    private static WordStarts read(CharSequence text) {
        int length = text.length();
        int[] starts = new int[Math.max(16, length / 4)];
        int count = 0;
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            boolean start = c >= ASCII
                    || isAsciiLetterOrDigit(c) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)));
            if (start) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at;
            }
            if (isAsciiLetterOrDigit(c)) {
                // the rest of the word's ASCII letters and digits each follow a letter or digit: none begins a word
                do {
                    at++;
                } while (at < length && isAsciiLetterOrDigit(text.charAt(at)));
            } else {
                at++;
            }
        }
        return new WordStarts(text, Arrays.copyOf(starts, count));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
