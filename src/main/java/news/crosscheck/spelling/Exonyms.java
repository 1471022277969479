package news.crosscheck.spelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of one town in other languages ({@code exonyms.txt}: {@code Antwerp}, {@code Antwerpen}, {@code Anvers}) and
 * the older names of renamed towns ({@code former-names.txt}: {@code Mumbai}, {@code Bombay}), which no spelling rule
 * derives from each other: {@link SpellingRule} takes them for one name, so grouping, the lead's places and the places
 * of an event all read them as one town. The spellings of an event's places are compared by the English form of
 * another language's name, since an outlet's language is no misspelling; a superseded name stays a variant.
 */
public final class Exonyms {

    private static final String LANGUAGES = "/news/crosscheck/spelling/exonyms.txt";
    private static final String FORMER_NAMES = "/news/crosscheck/spelling/former-names.txt";
    private static final Map<String, String> OTHER_LANGUAGES = today(LANGUAGES);
    private static final Map<String, String> ENGLISH = english();

    private Exonyms() {
    }

    /** The English form of a name given as its folded words, or the words joined when it has no other form. */
    static String english(List<String> words) {
        String name = String.join(" ", words);
        return ENGLISH.getOrDefault(name, name);
    }

    /**
     * The English form of a town's name (folded) when the name is another language's form of it ({@code Anvers}:
     * {@code antwerp}); empty for the English form itself, whose accents are its own ({@code Wrocław}), and for a
     * superseded name ({@code Bombay}), which is a variant of today's.
     */
    public static Optional<String> englishOf(String name) {
        String folded = String.join(" ", NameFold.words(name));
        return Optional.ofNullable(OTHER_LANGUAGES.get(folded)).filter(english -> !english.equals(folded));
    }

    /** Whether two names given as folded words are forms of one town in two languages or of two times. */
    static boolean same(List<String> a, List<String> b) {
        String english = ENGLISH.get(String.join(" ", a));
        return english != null && english.equals(ENGLISH.get(String.join(" ", b)));
    }

    private static Map<String, String> english() {
        Map<String, String> english = new HashMap<>(OTHER_LANGUAGES);
        english.putAll(today(FORMER_NAMES));
        return Map.copyOf(english);
    }

    /** Each form of a list's towns (folded words) to the town's first form. */
    private static Map<String, String> today(String list) {
        Map<String, String> english = new HashMap<>();
        for (String line : WordList.lines(list)) {
            String[] forms = line.split("\\|");
            String first = String.join(" ", NameFold.words(forms[0]));
            for (String form : forms) {
                english.put(String.join(" ", NameFold.words(form)), first);
            }
        }
        return Map.copyOf(english);
    }
}
