package news.crosscheck.claim.mention;

import news.crosscheck.spelling.PersonName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A word or punctuation mark of a sentence with its character offsets. A possessive {@code 's} is a token of
 * its own, so that {@code Russia's} yields the name {@code Russia}; a period stays on a word only when the word is an
 * abbreviation or an initial ({@code St.}, {@code Sgt.}, {@code J.}).
 *
 * @param lower the text in lower case, made once: the name rules look words up by it many times per token
 */
record NameToken(String text, int start, int end, String lower) {

    /** Abbreviations that keep their full stop: those written before names, and the suffixes Jr., Sr. and Ste. */
    private static final Set<String> ABBREVIATIONS = Stream.concat(NameLexicon.ABBREVIATIONS_BEFORE_NAMES.stream(),
            Stream.of("jr", "sr", "ste")).collect(Collectors.toUnmodifiableSet());

    /** A name after a transliterated Arabic article: {@code al-Fasher}, {@code el-Tayeb}, {@code ash-Shifa}. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("(?:al|el|ad|ash|as|at|az|ar|an|ul|ed|es|et)-"
            + "\\p{Lu}[\\p{L}\\p{M}'-]*");
    /**
     * The Persian link of a name to the word after it, written on the word before: {@code Kut-e Saber},
     * {@code Bandar-e Abbas}, {@code Khaneh-ye Kord}; such a word is still capitalised.
     */
    private static final Set<String> EZAFE = Set.of("e", "ye", "i");
    private static final List<String> CONTRACTIONS = List.of("'d", "'ll", "'ve", "'re", "'m", "n't");

    NameToken(String text, int start, int end) {
        this(text, start, end, lower(text));
    }

    /**
     * The tokens of a sentence: words of letters (with marks, and inner apostrophes or hyphens before a letter),
     * numbers with inner {@code .,:}, and any other character but white space on its own. A loop, not a pattern:
     * this runs once per sentence of every article, and the matcher cost as much as the name rules that follow.
     */
    static List<NameToken> tokenize(String text) {
        List<NameToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int first = text.codePointAt(i);
            if (isPatternSpace(first)) {
                i++;
                continue;
            }
            int start = i;
            int end = Character.isLetter(first) ? wordEnd(text, i) : isAsciiDigit(first) ? numberEnd(text, i)
                    : i + Character.charCount(first);
            String word = text.substring(start, end);
            i = end;
            if (word.endsWith("'s") && word.length() > 2 && !NameLexicon.ORGANISATION_WORDS.contains(lower(word))) {
                tokens.add(new NameToken(word.substring(0, word.length() - 2), start, end - 2));
                tokens.add(new NameToken("'s", end - 2, end));
                continue;
            }
            boolean abbreviation = ABBREVIATIONS.contains(lower(word))
                    || word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (abbreviation && end < text.length() && text.charAt(end) == '.') {
                end++;
                i = end;
            }
            tokens.add(new NameToken(text.substring(start, end), start, end));
        }
        return tokens;
    }

    /** {@code \p{L}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*} from {@code i}, which is a letter. */
    private static int wordEnd(String text, int i) {
        int end = i + Character.charCount(text.codePointAt(i));
        while (end < text.length()) {
            int c = text.codePointAt(end);
            if (Character.isLetter(c) || isMark(c)) {
                end += Character.charCount(c);
            } else if ((c == '\'' || c == '-') && end + 1 < text.length()
                    && Character.isLetter(text.codePointAt(end + 1))) {
                end += 1 + Character.charCount(text.codePointAt(end + 1));
            } else {
                break;
            }
        }
        return end;
    }

    /** {@code \d+(?:[.,:]\d+)*} from {@code i}, which is an ASCII digit. */
    private static int numberEnd(String text, int i) {
        int end = i + 1;
        while (end < text.length() && (isAsciiDigit(text.charAt(end)) || ".,:".indexOf(text.charAt(end)) >= 0
                && end + 1 < text.length() && isAsciiDigit(text.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The white space of {@code \s} in a pattern; anything else is part of a token. */
    private static boolean isPatternSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The word without a trailing abbreviation period. */
    String bare() {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code ID'd}, {@code He'll}, {@code Didn't}: a word with a verb contracted onto it is no name. */
    boolean isContraction() {
        for (String contraction : CONTRACTIONS) {
            if (lower.endsWith(contraction)) {
                return true;
            }
        }
        return false;
    }

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    /**
     * Capitalised and not an acronym: {@code Kharkiv}, {@code O'Brien}, {@code St.}, and names after an Arabic article
     * written in lower case ({@code al-Fasher}, {@code el-Tayeb}), and given names of two syllables
     * ({@code Sang-hoon}). Hyphenated adjectives such as {@code Russian-held} or {@code Moscow-based} are not name
     * words.
     */
    boolean isCapitalised() {
        if (!isWord()) {
            return false;
        }
        if (!Character.isUpperCase(text.charAt(0))) {
            return text.indexOf('-') > 0 && ARABIC_ARTICLE.matcher(text).matches();
        }
        if (isContraction()) {
            return false;
        }
        String bare = bare();
        if (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int hyphen = text.indexOf('-');
        return hyphen < 0 || hyphen + 1 < text.length() && !Character.isLowerCase(text.charAt(hyphen + 1))
                || PersonName.isSyllableGivenName(text) || EZAFE.contains(text.substring(hyphen + 1));
    }
}
