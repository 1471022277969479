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
 * before their end ({@link Matcher#hitEnd()}): on each letter when it is made, and on the first three characters of
 * a word the first time they are met. Where the pattern failed on them it would have failed in the text too. A
 * pattern that could match from within a word, or from a character that is no letter or digit, is refused.
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
     * are ASCII: asked of the pattern the first time they are met. Two threads may ask at once and both write the same
     * answer.
     */
    private boolean mayBeginAt(CharSequence text, int at) {
        if (at + 2 >= text.length()) {
            return true;
        }
        char second = text.charAt(at + 1);
        char third = text.charAt(at + 2);
        if (second >= ASCII || third >= ASCII) {
            return true;
        }
        char first = text.charAt(at);
        byte[] known = beginnings[first];
        if (known == null) {
            known = new byte[ASCII * ASCII];
            beginnings[first] = known;
        }
        int index = second * ASCII + third;
        if (known[index] == UNKNOWN) {
            known[index] = mayBegin(new String(new char[] {first, second, third})) ? MAY : MAY_NOT;
        }
        return known[index] == MAY;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
        private Matcher matcher;
        private int from;

        private Finder(CharSequence text) {
            this.text = text;
        }

        /** The next match, starting where the last one ended (after it, if it was empty). */
        public boolean find() {
            int length = text.length();
            int at = from;
            while (at < length) {
                char c = text.charAt(at);
                if (c >= ASCII) {
                    if (matchesAt(at)) {
                        return true;
                    }
                    at++;
                    continue;
                }
                if (!isAsciiLetterOrDigit(c)) {
                    at++;
                    continue;
                }
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                if (wordStart && mayBegin[c] && mayBeginAt(text, at) && matchesAt(at)) {
                    return true;
                }
                // the rest of the word's ASCII letters and digits each follow a letter or digit: no match begins there
                do {
                    at++;
                } while (at < length && isAsciiLetterOrDigit(text.charAt(at)));
            }
            from = length + 1;
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
