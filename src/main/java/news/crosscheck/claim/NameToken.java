package news.crosscheck.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a sentence with its character offsets. A possessive {@code 's} is a token of
 * its own, so that {@code Russia's} yields the name {@code Russia}; a period stays on a word only when the word is an
 * abbreviation or an initial ({@code St.}, {@code Sgt.}, {@code J.}).
 *
 * @param lower the text in lower case, made once: the name rules look words up by it many times per token
 */
record NameToken(String text, int start, int end, String lower) {

    private static final Pattern WORDS = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*(?:['-]\\p{L}[\\p{L}\\p{M}]*)*|\\d+(?:[.,:]\\d+)*|\\S");
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("st", "mt", "ft", "sgt", "gen",
            "lt", "col", "capt", "maj", "cpl", "pvt", "adm", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "det", "jr", "sr", "rev", "ste");

    NameToken(String text, int start, int end) {
        this(text, start, end, lower(text));
    }

    static List<NameToken> tokenize(String text) {
        List<NameToken> tokens = new ArrayList<>();
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (word.endsWith("'s") && word.length() > 2 && !NameLexicon.ORGANISATION_WORDS.contains(lower(word))) {
                tokens.add(new NameToken(word.substring(0, word.length() - 2), start, end - 2));
                tokens.add(new NameToken("'s", end - 2, end));
                continue;
            }
            boolean abbreviation = ABBREVIATIONS.contains(lower(word))
                    || word.length() == 1 && Character.isUpperCase(word.charAt(0));
            if (abbreviation && end < text.length() && text.charAt(end) == '.') {
                end++;
                m.region(end, text.length());
            }
            tokens.add(new NameToken(text.substring(start, end), start, end));
        }
        return tokens;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The word without a trailing abbreviation period. */
    String bare() {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    /**
     * Capitalised and not an acronym: {@code Kharkiv}, {@code O'Brien}, {@code St.}. Hyphenated adjectives such as
     * {@code Russian-held} or {@code Moscow-based} are not name words.
     */
    boolean isCapitalised() {
        if (!isWord() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        String bare = bare();
        if (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int hyphen = text.indexOf('-');
        return hyphen < 0 || hyphen + 1 < text.length() && !Character.isLowerCase(text.charAt(hyphen + 1));
    }
}
