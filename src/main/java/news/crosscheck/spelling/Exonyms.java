package news.crosscheck.spelling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of one town in other languages ({@code exonyms.txt}: {@code Antwerp}, {@code Antwerpen}, {@code Anvers}),
 * which no spelling rule derives from each other: {@link SpellingRule} takes them for one name, so grouping, the lead's
 * places and the places of an event all read them as one town; the spellings of an event's places are compared by
 * the English form, since an outlet's language is no misspelling.
 */
public final class Exonyms {

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
     * {@code antwerp}); empty for the English form itself, whose accents are its own ({@code Wrocław}).
     */
    public static Optional<String> englishOf(String name) {
        String folded = String.join(" ", NameFold.words(name));
        return Optional.ofNullable(ENGLISH.get(folded)).filter(english -> !english.equals(folded));
    }

    /** Whether two names given as folded words are forms of one town in two languages. */
    static boolean same(List<String> a, List<String> b) {
        String english = ENGLISH.get(String.join(" ", a));
        return english != null && english.equals(ENGLISH.get(String.join(" ", b)));
    }

    private static Map<String, String> english() {
        Map<String, String> english = new HashMap<>();
        for (String line : WordList.lines("/news/crosscheck/spelling/exonyms.txt")) {
            String[] forms = line.split("\\|");
            String first = String.join(" ", NameFold.words(forms[0]));
            for (String form : forms) {
                english.put(String.join(" ", NameFold.words(form)), first);
            }
        }
        return Map.copyOf(english);
    }
}
