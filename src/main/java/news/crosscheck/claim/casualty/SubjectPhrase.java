package news.crosscheck.claim.casualty;

import news.crosscheck.claim.mention.Nationality;
import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.FigureToken;

import java.util.ArrayList;
import java.util.List;

/**
 * The group noun that follows a figure ("28 <b>people</b>", "five <b>Ukrainian soldiers</b>",
 * "two <b>police officers</b>"), normalised to the {@code subject} of a {@link CasualtyClaim}.
 *
 * <p>Normalisation: lower case; proper adjectives in front of the noun dropped ({@code Tulsa residents} are
 * {@code residents}) but for a nationality ({@code ukrainian soldiers}: alignment reads it as {@code soldiers} unless
 * the event's figures are counted nationality by nationality), and a capitalised plural at the end kept as a demonym
 * ({@code Palestinians}); {@code more}, {@code other}, {@code additional} dropped; nouns for anyone
 * ({@code persons}, {@code individuals}, {@code others}, {@code victims}, {@code bodies}, {@code deaths}) become
 * {@code people}, as does no noun at all; after the figure one the noun is made plural ({@code child} →
 * {@code children}), and so is a singular noun for a person after any figure ({@code two man} → {@code men}).
 * Other groups ({@code civilians}, {@code residents}, {@code children}) stay as written: they
 * are subsets or overlaps of "people", and the comparison stage must not compare them with the total.
 *
 * @param start index of the first token of the phrase
 * @param end   index just past the last token of the phrase ({@code start} when there is no noun)
 * @param head  the last word, lower case ({@code officers}), empty when there is no noun
 * @param noun  the normalised subject
 */
record SubjectPhrase(int start, int end, String head, String noun) {

    private static final int MAX_WORDS = 4;

    boolean isEmpty() {
        return start == end;
    }

    boolean isPeople() {
        return noun.equals(CasualtyClaim.PEOPLE);
    }

    /** Whether the phrase counts persons ("people", "men", "two teens"), not things ("rounds", "times"). */
    boolean countsPersons() {
        if (isPeople()) {
            return true;
        }
        return VictimPhrase.SINGULAR.contains(head) || VictimPhrase.SINGULAR.contains(VictimPhrase.singularOf(head));
    }

    /** Reads the phrase starting at token {@code from}; the figure it follows is {@code figure}. */
    static SubjectPhrase read(List<FigureToken> tokens, int from, Interval figure) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_WORDS && isSubjectWord(tokens.get(end))
                && (end == from || !CasualtyPredicate.startsAt(tokens, end))) {
            end++;
        }
        List<FigureToken> words = tokens.subList(from, end);
        String head = words.isEmpty() ? "" : words.get(words.size() - 1).text();
        return new SubjectPhrase(from, end, head, normalise(words, figure));
    }

    private static boolean isSubjectWord(FigureToken token) {
        String word = token.text();
        return token.isWord() && word.chars().allMatch(Character::isLetter)
                && !CasualtyWords.NOT_SUBJECT.contains(word) && !CasualtyWords.AUXILIARIES.contains(word)
                && !CasualtyWords.PREDICATES.containsKey(word) && !CasualtyWords.ACTIVE_VERBS.containsKey(word)
                && !CasualtyWords.EXTRACTION_VERBS.contains(word);
    }

    private static String normalise(List<FigureToken> words, Interval figure) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            FigureToken word = words.get(i);
            boolean last = i == words.size() - 1;
            boolean capitalised = Character.isUpperCase(word.original().charAt(0));
            boolean demonym = last && word.text().endsWith("s") || Nationality.isDemonym(word.text());
            if ((capitalised && !demonym) || CasualtyWords.NEUTRAL_MODIFIERS.contains(word.text())) {
                continue;
            }
            kept.add(word.text());
        }
        if (kept.isEmpty() || CasualtyWords.PEOPLE.contains(kept.get(kept.size() - 1))) {
            return CasualtyClaim.PEOPLE;
        }
        // "two man dead" is a slip for "two men": a person noun is made plural whatever the figure.
        if (figure.isExact() && figure.low() == 1 || VictimPhrase.SINGULAR.contains(kept.get(kept.size() - 1))) {
            int last = kept.size() - 1;
            kept.set(last, plural(kept.get(last)));
        }
        return String.join(" ", kept);
    }

    private static String plural(String noun) {
        String irregular = CasualtyWords.IRREGULAR_PLURALS.get(noun);
        if (irregular != null) {
            return irregular;
        }
        if (noun.endsWith("s")) {
            return noun;
        }
        if (noun.endsWith("man") && noun.length() > 5 && !Nationality.isDemonym(noun)) {
            // fisherman, crewman, gunman, chairwoman: the compounds of man and woman
            return noun.substring(0, noun.length() - 3) + "men";
        }
        return noun.endsWith("y") && noun.length() > 2 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0
                ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }
}
