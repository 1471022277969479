package news.crosscheck.spelling;

import java.util.List;
import java.util.Set;

/**
 * A person's name as written, split into what is compared: given names (and initials) before the surname, the surname
 * and a generational suffix after it ({@code Tavaris Rhodes Jr.} → {@code [Tavaris]}, {@code Rhodes},
 * {@code Jr.}). Suffixes are those of {@code name-suffixes.txt}; words keep their spelling, periods included.
 *
 * @param given   the words before the surname, empty for a surname alone
 * @param surname the last word that is not a suffix; empty when the name is only suffixes or punctuation
 * @param suffix  the suffix words after the surname, joined by a space, or empty
 */
public record PersonName(List<String> given, String surname, String suffix) {

    private static final Set<String> SUFFIXES = WordList.words("/news/crosscheck/spelling/name-suffixes.txt");

    public PersonName {
        given = List.copyOf(given);
    }

    public static PersonName parse(String name) {
        List<String> words = List.of(name.strip().split("[\\s,]+"));
        int last = words.size() - 1;
        int end = last;
        while (end >= 0 && isSuffix(words.get(end))) {
            end--;
        }
        if (end < 0 || NameFold.fold(words.get(end)).isEmpty()) {
            return new PersonName(List.of(), "", String.join(" ", words));
        }
        return new PersonName(words.subList(0, end), words.get(end), String.join(" ", words.subList(end + 1, last + 1)));
    }

    /** Whether a word is a generational suffix or post-nominal ({@code Jr.}, {@code III}), never a name. */
    public static boolean isSuffix(String word) {
        return SUFFIXES.contains(NameFold.fold(word).replace(" ", ""));
    }

    /**
     * Whether a word is an initial: one letter with or without a period, or letters each with a period
     * ({@code J.}, {@code A.J.}).
     */
    public static boolean isInitial(String word) {
        String folded = NameFold.fold(word).replace(" ", "");
        return folded.length() == 1 || word.matches("(\\p{L}\\.)+");
    }

    /** The first given name that is not an initial, or empty. */
    public String firstGivenName() {
        return given.stream().filter(g -> !isInitial(g)).findFirst().orElse("");
    }

    public boolean hasGivenName() {
        return !given.isEmpty();
    }
}
