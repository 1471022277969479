package news.crosscheck.spelling;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as written, split into what is compared: given names (and initials) before the surname, the surname
 * and a generational suffix after it ({@code Tavaris Rhodes Jr.} → {@code [Tavaris]}, {@code Rhodes},
 * {@code Jr.}); a Korean or Taiwanese given name of two hyphened syllables comes after the family name
 * ({@code Lee Sang-hoon} → {@code [Sang-hoon]}, {@code Lee}). Suffixes are those of {@code name-suffixes.txt};
 * words keep their spelling, periods included.
 *
 * @param given   the words before the surname, empty for a surname alone
 * @param surname the last word that is not a suffix; empty when the name is only suffixes or punctuation
 * @param suffix  the suffix words after the surname, joined by a space, or empty
 */
public record PersonName(List<String> given, String surname, String suffix) {

    /**
     * One syllable of a romanised Korean or Chinese name: up to three consonants, up to three vowels, and at most an
     * {@code n}, {@code ng}, {@code m}, {@code k}, {@code l} or {@code h} ({@code sang}, {@code hoon}, {@code chih},
     * {@code hsien}, {@code yeong}, {@code qiang}).
     */
    private static final Pattern SYLLABLE =
            Pattern.compile("[bcdfghjklmnpqrstvwxyz]{0,3}[aeiou]{1,3}(?:ng|n|m|k|l|h)?");
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
        if (end == 1 && isSyllableGivenName(words.get(1)) && words.get(0).indexOf('-') < 0) {
            // "Lee Sang-hoon", "Hsu Chih-ming": the family name comes first
            return new PersonName(List.of(words.get(1)), words.get(0), String.join(" ", words.subList(2, last + 1)));
        }
        return new PersonName(words.subList(0, end), words.get(end), String.join(" ", words.subList(end + 1, last + 1)));
    }

    /**
     * Whether a word is a Korean or Taiwanese given name as English news writes it, after the family name: two
     * romanised syllables ({@link #SYLLABLE}) joined by a hyphen, the second in lower case ({@code Sang-hoon},
     * {@code Chih-ming}, {@code Young-sook}). Hyphenated English words rarely have that shape ({@code Moscow-based},
     * {@code Anti-war}, {@code Long-time}).
     */
    public static boolean isSyllableGivenName(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || word.indexOf('-', hyphen + 1) >= 0 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return SYLLABLE.matcher(lower.substring(0, hyphen)).matches()
                && SYLLABLE.matcher(lower.substring(hyphen + 1)).matches();
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
