package news.crosscheck.spelling;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one fold of a name for the whole job: any script to Latin, Latin to ASCII (ICU {@code Any-Latin; Latin-ASCII}:
 * {@code Лисичанськ} → {@code lisichansk}, {@code José} → {@code jose}), lower case, apostrophes dropped
 * ({@code Lysychans'k}), any other character that is not a letter or digit a word break. {@link #words} also writes
 * abbreviations the one way {@code abbreviations.txt} lists them ({@code St.}, {@code Saint} and {@code Street} are
 * {@code st}). Folded forms are cached, since transliteration is the slow part and names recur across an event.
 */
public final class NameFold {

    private static final int CACHE_LIMIT = 100_000;
    private static final int ASCII = 128;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Map<String, String> CANONICAL = canonicalAbbreviations();

    private NameFold() {
    }

    /** Lower-case ASCII words joined by single spaces; empty when the name has no letter or digit. */
    public static String fold(String name) {
        String folded = FOLDED.get(name);
        if (folded == null) {
            if (FOLDED.size() > CACHE_LIMIT) {
                FOLDED.clear();
            }
            folded = lowerCaseWords(isAscii(name) ? name : toAscii(name));
            FOLDED.put(name, folded);
        }
        return folded;
    }

    private static String toAscii(String name) {
        // ICU transliterators are not documented as thread-safe.
        synchronized (TO_ASCII) {
            return TO_ASCII.transliterate(name);
        }
    }

    /** ASCII text is its own transliteration, and most names are ASCII: they are spared the transliterator. */
    private static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < ASCII);
    }

    /**
     * The letters and digits of the transliterated text in lower case, apostrophes dropped, every run of other
     * characters one space, none at either end.
     */
    private static String lowerCaseWords(String ascii) {
        String lower = ascii.toLowerCase(Locale.ROOT);
        StringBuilder words = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '`' || c == '\u02bc' || c == '\u2019') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !words.isEmpty()) {
                    words.append(' ');
                }
                gap = false;
                words.append(c);
            } else {
                gap = true;
            }
        }
        return words.toString();
    }

    /** The folded words of a name, each abbreviation in its canonical form. */
    public static List<String> words(String name) {
        String folded = fold(name);
        List<String> words = new ArrayList<>();
        for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
            words.add(canonical(word));
        }
        return List.copyOf(words);
    }

    /** The canonical form of one folded word when it is an abbreviation or what one stands for, else the word. */
    public static String canonical(String foldedWord) {
        return CANONICAL.getOrDefault(foldedWord, foldedWord);
    }

    private static Map<String, String> canonicalAbbreviations() {
        Map<String, String> canonical = new java.util.HashMap<>();
        for (String line : WordList.lines("/news/crosscheck/spelling/abbreviations.txt")) {
            String[] forms = line.split("\\s+");
            for (String form : forms) {
                canonical.put(form, forms[0]);
            }
        }
        return Map.copyOf(canonical);
    }
}
