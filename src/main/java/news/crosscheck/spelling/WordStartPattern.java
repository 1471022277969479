package news.crosscheck.spelling;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins a word ({@code \b(?:suspect|gunman|...)}), searched only where a word begins
 * with characters that one of its matches can begin with. {@link Matcher#find()} tries the whole pattern at every
 * character of the text; over an article's whole text, for each of dozens of patterns, that was a fifth of the job's
 * time. The matches found are the same, in the same order. What a match can begin with is asked of the pattern
 * itself, by trying it on those characters alone after a space, a bracket, a quote... and seeing whether it failed
 * before their end ({@link Matcher#hitEnd()}): on each letter when it is made, and on the first two, then three
 * characters of a word the first time they are met. Where the pattern failed on them it would have failed in the text
 * too, and where it failed on two characters it fails on any three they begin. A
 * pattern that could match from within a word, or from a character that is no letter or digit, is refused. Where words
 * begin in a text is read once for all the patterns searched in it ({@link WordStarts}).
 */
public final class WordStartPattern {

    /** What may stand before a word in the text: its start, spaces, brackets, quotes, dashes, stops. */
    private static final String[] BEFORE_A_WORD = {"", " ", "\n", "\t", "(", "[", "\"", "'", "\u201c", "\u2018",
            "\u2014", "\u2013", "-", "/", ",", ".", ";", ":", "!", "?", "*", "&"};
    /** Letters and digits, of several scripts, that may stand before a letter within a word. */
    private static final String[] WITHIN_A_WORD = {"a", "z", "A", "Z", "0", "9", "\u00e9", "\u00df", "\u0438",
            "\u4e2d", "\u0663"};
    private static final int ASCII = 128;
    private static final byte UNKNOWN = 0;
    private static final byte MAY = 1;
    private static final byte MAY_NOT = 2;

    private final Pattern pattern;
    private final boolean[] mayBegin = new boolean[ASCII];
    /** Per first character of a word, per next one: whether a match may begin with the two, once known. */
    private final byte[][] pairs = new byte[ASCII][];
    /** Per first character of a word, per next two: whether a match may begin with the three, once known. */
    private final byte[][] beginnings = new byte[ASCII][];

    private WordStartPattern(Pattern pattern) {
        this.pattern = pattern;
        String regex = pattern.pattern();
        if (regex.contains("(?<=") || regex.contains("\\G") || regex.contains("\\B")
                || regex.replace("[^", "").replace("\\^", "").contains("^")) {
            throw new IllegalArgumentException("a pattern that looks behind a word's start for what must be there: "
                    + regex);
        }
        for (char c = 0; c < ASCII; c++) {
            mayBegin[c] = mayBegin(String.valueOf(c));
            if (mayBegin[c] && !Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("a match may begin with '" + c + "': " + regex);
            }
            for (String before : WITHIN_A_WORD) {
                if (Character.isLetterOrDigit(c) && mayBegin(before, String.valueOf(c))) {
                    throw new IllegalArgumentException("a match may begin within a word, at '" + before + c + "': "
                            + regex);
                }
            }
        }
    }

    public static WordStartPattern compile(String regex) {
        return new WordStartPattern(Pattern.compile(regex));
    }

    public Pattern pattern() {
        return pattern;
    }

    public Finder matcher(CharSequence text) {
        return new Finder(text);
    }

    /**
     * Whether a match may begin at {@code at}, a word's start, as far as its first three characters tell when they
     * are ASCII: asked of the pattern the first time they are met, the first two before the three. Most words' first
     * two already rule a match out, and far fewer pairs than triples occur, so the pattern is asked far less often
     * (names and figures bring new triples all night long). Two threads may ask at once and both write the same
     * answer.
     */
    private boolean mayBeginAt(CharSequence text, int at) {
        if (at + 2 >= text.length()) {
            return true;
        }
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        char third = text.charAt(at + 2);
        if (second >= ASCII || third >= ASCII) {
            return true;
        }
        byte[] knownPairs = row(pairs, first, ASCII);
        if (knownPairs[second] == UNKNOWN) {
            knownPairs[second] = answer(first, second);
        }
        if (knownPairs[second] == MAY_NOT) {
            return false;
        }
        byte[] known = row(beginnings, first, ASCII * ASCII);
        int index = second * ASCII + third;
        if (known[index] == UNKNOWN) {
            known[index] = answer(first, second, third);
        }
        return known[index] == MAY;
    }

    /** The answers known for words that begin with {@code first}, made on first use. */
    private static byte[] row(byte[][] table, char first, int size) {
        byte[] known = table[first];
        if (known == null) {
            known = new byte[size];
            table[first] = known;
        }
        return known;
    }

    private byte answer(char... characters) {
        return mayBegin(new String(characters)) ? MAY : MAY_NOT;
    }

    /** Whether the pattern, tried on the characters alone after anything that may stand before a word, may match. */
    private boolean mayBegin(String characters) {
        for (String before : BEFORE_A_WORD) {
            if (mayBegin(before, characters)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern, tried on the characters alone after {@code before}, matched or needed more text. */
    private boolean mayBegin(String before, CharSequence characters) {
        String probe = before + characters;
        Matcher matcher = pattern.matcher(probe).region(before.length(), probe.length()).useTransparentBounds(true)
                .useAnchoringBounds(false);
        return matcher.lookingAt() || matcher.hitEnd();
    }

    /**
     * The matches of the pattern in one text, found one after another as {@link Matcher#find()} finds them; each
     * found match is read as a {@link MatchResult}.
     */
    public final class Finder implements MatchResult {

        private final CharSequence text;
        /** Where a match may begin ({@link WordStarts}), and the next of them to try. */
        private final int[] starts;
        private int next;
        private Matcher matcher;
        private int from;

        private Finder(CharSequence text) {
            this.text = text;
            this.starts = WordStarts.of(text);
        }

        /** The next match, starting where the last one ended (after it, if it was empty). */
        public boolean find() {
            while (next < starts.length && starts[next] < from) {
                next++;
            }
            while (next < starts.length) {
                int at = starts[next++];
                char c = text.charAt(at);
                if (c >= ASCII ? matchesAt(at) : mayBegin[c] && mayBeginAt(text, at) && matchesAt(at)) {
                    return true;
                }
            }
            from = text.length() + 1;
            return false;
        }

        private boolean matchesAt(int at) {
            // a new matcher for each try: resetting a used one clears what its loops remembered, which cost more
            matcher = pattern.matcher(text).region(at, text.length()).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            if (matcher.lookingAt()) {
                from = matcher.end() == at ? at + 1 : matcher.end();
                return true;
            }
            return false;
        }

        @Override
        public int start() {
            return match().start();
        }

        @Override
        public int start(int group) {
            return match().start(group);
        }

        @Override
        public int end() {
            return match().end();
        }

        @Override
        public int end(int group) {
            return match().end(group);
        }

        @Override
        public String group() {
            return match().group();
        }

        @Override
        public String group(int group) {
            return match().group(group);
        }

        @Override
        public int groupCount() {
            return pattern.matcher("").groupCount();
        }

        private Matcher match() {
            if (matcher == null) {
                throw new IllegalStateException("no match found yet");
            }
            return matcher;
        }
    }
}
