package news.crosscheck.claim.mention;

import news.crosscheck.claim.text.SentenceSplitter;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.WordList;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The US states by name and by the abbreviation a dateline gives them ({@code us-states.txt}): what tells that a toll
 * "in northeast Arkansas" is not the toll of a story datelined "TALACONEE, Tenn.", that "Dayton, Ohio" names a town,
 * and that the "Colo." of "Fort Collins, Colo." is no spelling of anyone's name.
 */
public final class UsStates {

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> BY_ABBREVIATION = new HashMap<>();

    static {
        for (String line : WordList.lines("/news/crosscheck/claim/mention/us-states.txt")) {
            String[] forms = line.split("\\|");
            BY_NAME.put(forms[0], forms[0]);
            for (int i = 1; i < forms.length; i++) {
                BY_ABBREVIATION.put(forms[i], forms[0]);
            }
        }
    }

    private UsStates() {
    }

    /** The state a place name is, if it is one ("Arkansas", "Missouri"). */
    public static Optional<String> named(String place) {
        return Optional.ofNullable(BY_NAME.get(NameFold.fold(place)));
    }

    /** Whether a name (folded) is a state's ("new york"). */
    static boolean isState(String folded) {
        return BY_NAME.containsKey(folded);
    }

    /** Whether a word is a state's abbreviation as a dateline writes it ("Colo", "Tenn"), periods dropped. */
    static boolean isAbbreviation(String word) {
        return BY_ABBREVIATION.containsKey(NameFold.fold(word));
    }

    /** The state a sentence's dateline abbreviates, if it opens with one ("TALACONEE, Tenn. - A tornado ..."). */
    public static Optional<String> ofDateline(String sentence) {
        Matcher dateline = SentenceSplitter.DATELINE.matcher(sentence);
        return dateline.lookingAt() ? Optional.ofNullable(BY_ABBREVIATION.get(NameFold.fold(dateline.group(1))))
                : Optional.empty();
    }
}
