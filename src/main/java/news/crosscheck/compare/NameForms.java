package news.crosscheck.compare;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comparable forms of one spelling: folded ASCII tokens, a transliteration skeleton per token and the
 * Double Metaphone codes of each skeleton. Built once per distinct spelling and cached, since transliteration is
 * the slow part and the same names recur across every article of an event.
 */
final class NameForms {

    /** Folded words; {@code St.} and friends are expanded so that {@code St. Petersburg} meets {@code Saint Petersburg}. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "mt", "mount",
            "ft", "fort", "pt", "port");
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, Forms> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> CODES = new ConcurrentHashMap<>();
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        // The default of 4 cuts Lisichansk and Lisichanskaya to the same code.
        METAPHONE.setMaxCodeLen(10);
    }

    /**
     * @param folded    lower-case ASCII words, no punctuation
     * @param skeletons one transliteration skeleton per folded word
     * @param joined    the skeleton of all words written together
     */
    record Forms(List<String> folded, List<String> skeletons, String joined) {
        String foldedText() {
            return String.join(" ", folded);
        }
    }

    private NameForms() {
    }

    static Forms of(String spelling) {
        Forms forms = CACHE.get(spelling);
        if (forms == null) {
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            forms = build(spelling);
            CACHE.put(spelling, forms);
        }
        return forms;
    }

    private static Forms build(String spelling) {
        String ascii;
        // ICU transliterators are not documented as thread-safe.
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(spelling);
        }
        String cleaned = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['`\u02bc\u2019]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        List<String> folded = new ArrayList<>();
        for (String word : cleaned.isEmpty() ? new String[0] : cleaned.split(" ")) {
            folded.add(ABBREVIATIONS.getOrDefault(word, word));
        }
        List<String> skeletons = folded.stream().map(NameForms::skeleton).toList();
        return new Forms(List.copyOf(folded), skeletons, skeleton(String.join("", folded)));
    }

    /**
     * Rewrites the letters that English, German, Ukrainian and Russian romanisations spell differently to one
     * choice, so that {@code Lysychansk}/{@code Lisichansk} and {@code Zelenskyy}/{@code Zelenskiy} become equal.
     */
    static String skeleton(String folded) {
        String s = folded
                .replace("kh", "h")
                .replace("ph", "f")
                .replace("w", "v")
                .replace("tz", "ts")
                .replace("ou", "u")
                .replace('y', 'i')
                .replaceAll("ij$", "i");
        StringBuilder collapsed = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                collapsed.append(s.charAt(i));
            }
        }
        return collapsed.toString();
    }

    /** The primary and alternate Double Metaphone codes of a skeleton. */
    static Set<String> phoneticCodes(String skeleton) {
        Set<String> codes = CODES.get(skeleton);
        if (codes == null) {
            if (CODES.size() > CACHE_LIMIT) {
                CODES.clear();
            }
            codes = encode(skeleton);
            CODES.put(skeleton, codes);
        }
        return codes;
    }

    private static Set<String> encode(String skeleton) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(METAPHONE.doubleMetaphone(skeleton));
        codes.add(METAPHONE.doubleMetaphone(skeleton, true));
        codes.remove("");
        return Set.copyOf(codes);
    }

    /**
     * Keys under which a skeleton is filed for grouping: the skeleton itself and each phonetic code with its
     * one-letter deletions. Two codes within one edit share a key, so every pair {@link SpellingVariants} can
     * accept meets in at least one block.
     */
    static Set<String> blockingKeys(String skeleton) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("s:" + skeleton);
        for (String code : phoneticCodes(skeleton)) {
            keys.add("p:" + code);
            for (int i = 0; i < code.length(); i++) {
                keys.add("p:" + code.substring(0, i) + code.substring(i + 1));
            }
        }
        return keys;
    }
}
