package news.crosscheck.spelling;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins a word ({@code \b(?:suspect|gunman|...)}), searched only where a word begins
 * with a letter that one of its matches can begin with. {@link Matcher#find()} tries the whole pattern at every
 * character of the text; over an article's whole text, for each of dozens of patterns, that was a fifth of the job's
 * time. The matches found are the same, in the same order: the letters a match can begin with are asked of the
 * pattern itself when it is made, by trying it on each letter alone after a space, a bracket, a quote... and seeing
 * whether it failed before the letter's end ({@link Matcher#hitEnd()}); at every other character the pattern would
 * have failed too. A pattern that could match from within a word, or from a character that is no letter or digit,
 * is refused.
 */
public final class WordStartPattern {

    /** What may stand before a word in the text: its start, spaces, brackets, quotes, dashes, stops. */
    private static final String[] BEFORE_A_WORD = {"", " ", "\n", "\t", "(", "[", "\"", "'", "\u201c", "\u2018",
            "\u2014", "\u2013", "-", "/", ",", ".", ";", ":", "!", "?", "*", "&"};
    /** Letters and digits, of several scripts, that may stand before a letter within a word. */
    private static final String[] WITHIN_A_WORD = {"a", "z", "A", "Z", "0", "9", "\u00e9", "\u00df", "\u0438",
            "\u4e2d", "\u0663"};
    private static final int ASCII = 128;

    private final Pattern pattern;
    private final boolean[] mayBegin = new boolean[ASCII];

    private WordStartPattern(Pattern pattern) {
        this.pattern = pattern;
        String regex = pattern.pattern();
        if (regex.contains("(?<=") || regex.contains("\\G") || regex.contains("\\B")
                || regex.replace("[^", "").replace("\\^", "").contains("^")) {
            throw new IllegalArgumentException("a pattern that looks behind a word's start for what must be there: "
                    + regex);
        }
        for (char c = 0; c < ASCII; c++) {
            for (String before : BEFORE_A_WORD) {
                mayBegin[c] |= mayBegin(before, c);
            }
            if (mayBegin[c] && !Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("a match may begin with '" + c + "': " + regex);
            }
            for (String before : WITHIN_A_WORD) {
                if (Character.isLetterOrDigit(c) && mayBegin(before, c)) {
                    throw new IllegalArgumentException("a match may begin within a word, at '" + before + c + "': "
                            + regex);
                }
            }
        }
    }

    public static WordStartPattern compile(String regex) {
        return new WordStartPattern(Pattern.compile(regex));
    }

    public static WordStartPattern of(Pattern pattern) {
        return new WordStartPattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    public Finder matcher(CharSequence text) {
        return new Finder(text);
    }

    /** Whether the pattern has a match in the text. */
    public boolean isIn(CharSequence text) {
        return matcher(text).find();
    }

    /** Whether the pattern, tried on the character alone after {@code before}, matched or needed more text. */
    private boolean mayBegin(String before, char c) {
        String probe = before + c;
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
        private final Matcher matcher;
        private int from;

        private Finder(CharSequence text) {
            this.text = text;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match, starting where the last one ended (after it, if it was empty). */
        public boolean find() {
            int length = text.length();
            for (int at = from; at < length; at++) {
                char c = text.charAt(at);
                if (c < ASCII && (!mayBegin[c] || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
                    continue;
                }
                matcher.region(at, length);
                if (matcher.lookingAt()) {
                    from = matcher.end() == at ? at + 1 : matcher.end();
                    return true;
                }
            }
            from = length + 1;
            return false;
        }

        @Override
        public int start() {
            return matcher.start();
        }

        @Override
        public int start(int group) {
            return matcher.start(group);
        }

        @Override
        public int end() {
            return matcher.end();
        }

        @Override
        public int end(int group) {
            return matcher.end(group);
        }

        @Override
        public String group() {
            return matcher.group();
        }

        @Override
        public String group(int group) {
            return matcher.group(group);
        }

        @Override
        public int groupCount() {
            return matcher.groupCount();
        }
    }
}
