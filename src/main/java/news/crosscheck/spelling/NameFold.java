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
            String ascii;
            // ICU transliterators are not documented as thread-safe.
            synchronized (TO_ASCII) {
                ascii = TO_ASCII.transliterate(name);
            }
            folded = ascii.toLowerCase(Locale.ROOT)
                    .replaceAll("['`\u02bc\u2019]", "")
                    .replaceAll("[^a-z0-9]+", " ")
                    .strip();
            FOLDED.put(name, folded);
        }
        return folded;
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
