package news.crosscheck.claim.mention;

import java.util.Locale;
import java.util.Optional;

/**
 * The country a word names, as a short key shared by the country and its adjective ({@code Russia}, {@code Russian}
 * → {@code russ}; {@code Ukraine}, {@code Ukrainian} → {@code ukra}): enough to tell that two sources speak for
 * different sides.
 */
public final class Nationality {

    private static final int KEY_LENGTH = 4;

    private Nationality() {
    }

    /** Whether a word is a country's adjective or demonym ({@code Egyptian}, {@code Dutch}), not the country. */
    public static boolean isDemonym(String word) {
        return NameLexicon.isDemonym(word);
    }

    public static Optional<String> of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < KEY_LENGTH || !(NameLexicon.isCountry(lower) || NameLexicon.isDemonym(lower))) {
            return Optional.empty();
        }
        return Optional.of(lower.substring(0, KEY_LENGTH));
    }
}
