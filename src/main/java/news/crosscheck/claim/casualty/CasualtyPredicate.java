package news.crosscheck.claim.casualty;

import news.crosscheck.claim.text.FigureToken;
import news.crosscheck.spelling.WordList;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The casualty predicate that follows a counted group, after any auxiliaries ({@link CasualtyWords#AUXILIARIES}):
 * "were <b>killed</b>", "is <b>dead</b>", "was <b>fatally shot</b>", "was <b>shot and killed</b>", "were <b>crushed
 * to death</b>", "<b>drowned</b>", "<b>succumbed</b> to his injuries", "is <b>in critical condition</b>",
 * "<b>suffered</b> non-life-threatening <b>injuries</b>".
 *
 * <p>{@code shot} alone ("five people were shot") counts the people hit, dead and alive ({@link CasualtyKind#SHOT});
 * "shot at" (fired at, maybe missed) and "shot himself" are no predicate. {@code fatally} or {@code mortally}
 * before {@code shot}, {@code wounded}, {@code injured} or {@code stabbed} makes it a death.
 */
final class CasualtyPredicate {

    private static final Set<String> FATALLY = Set.of("fatally", "mortally");
    /** First words of {@link CasualtyWords#PHRASES} that are also a killer's verb: "shot and killed", "gunned down". */
    private static final Set<String> ACTIVE_PHRASE_STARTS = Set.of("shot", "gunned");
    private static final Set<String> FATAL_AFTER = Set.of("shot", "stabbed", "wounded", "injured", "hurt");
    /** Words before "to death" that are no way of dying: "sentenced to death", "scared to death". */
    private static final Set<String> NOT_DYING = Set.of("sentenced", "condemned", "put", "scared", "frightened",
            "bored", "worried");
    /**
     * Verbs (with the preposition they need) whose harm noun makes their subject injured: "suffered a gunshot
     * wound", "sustained critical injuries", "are recovering from gunshot wounds", "were treated for minor injuries",
     * "were treated for burns", "suffering from stab wounds" ({@link CasualtyWords#HARM_NOUNS})
     * (not "treated and released", "treated for smoke inhalation").
     */
    private static final Map<String, String> HARM_TAKERS = Map.of("suffered", "", "sustained", "",
            "suffering", "", "recovering", "from", "treated", "for");
    private static final int SUFFERED_REACH = 5;
    /** Verbs that, with "to" and a hospital, carry the hurt there: "were taken to hospital". */
    private static final Set<String> TAKEN = Set.of("taken", "rushed", "transported", "transferred", "airlifted",
            "flown");
    /** The most words between "to" and "hospital": "to a nearby hospital", "to two area hospitals". */
    private static final int HOSPITAL_REACH = 2;
    private static final int CONDITION_REACH = 3;
    /** The words after a casualty adjective read for the thing it describes: "dead and leaning trees". */
    private static final int THING_REACH = 3;
    /** Nouns a casualty adjective may describe that are never people: "dozens of dead trees", "40 dead fish". */
    private static final Set<String> NOT_PEOPLE = WordList.words("/news/crosscheck/claim/casualty/not-people.txt");

    private CasualtyPredicate() {
    }

    /** Whether a noun never names people ({@code trees}, {@code fish}). */
    static boolean isThing(String noun) {
        return NOT_PEOPLE.contains(noun);
    }

    /**
     * Whether token {@code i} opens a predicate of harm that a group noun could be mistaken to run into: a verb that
     * takes a harm noun ("two firefighters <b>suffered</b> burns") or a way of dying "to death" ("three climbers
     * <b>froze</b> to death"). A group of two or more words ends before it.
     */
    static boolean startsAt(List<FigureToken> tokens, int i) {
        return takesHarm(text(tokens, i)) || isWord(tokens, i + 1, "to") && isWord(tokens, i + 2, "death");
    }

    /** Whether the word is a verb that takes a harm noun: "suffered", "sustained", "recovering", "treated". */
    static boolean takesHarm(String word) {
        return HARM_TAKERS.containsKey(word);
    }

    /** The slot of the predicate that starts at token {@code i} (auxiliaries first), or {@code null}. */
    static CasualtyKind at(List<FigureToken> tokens, int i) {
        boolean fatally = false;
        int first = i;
        while (i < tokens.size() && CasualtyWords.AUXILIARIES.contains(tokens.get(i).text())) {
            fatally |= FATALLY.contains(tokens.get(i).text());
            i++;
        }
        // "a man fatally shot a woman": with an object after it, "fatally shot" is the killer's verb.
        if (fatally && i < tokens.size() && FATAL_AFTER.contains(tokens.get(i).text()) && !takesObject(tokens, i + 1)) {
            return CasualtyKind.KILLED;
        }
        for (Map.Entry<List<String>, CasualtyKind> phrase : CasualtyWords.PHRASES.entrySet()) {
            if (wordsAt(tokens, i, phrase.getKey())) {
                // "a man shot and killed his wife": with no auxiliary before it and an object after it, the phrase
                // is the killer's verb ("two men were shot and killed the same night" is not)
                return i == first && ACTIVE_PHRASE_STARTS.contains(phrase.getKey().get(0))
                        && takesObject(tokens, i + phrase.getKey().size()) ? null : phrase.getValue();
            }
        }
        if (toDeath(tokens, i)) {
            return CasualtyKind.KILLED;
        }
        if (isWord(tokens, i, "shot") || isWord(tokens, i, "stabbed")) {
            return isWord(tokens, i + 1, "at") || takesObject(tokens, i + 1) || isReflexive(tokens, i + 1)
                    ? null : CasualtyKind.SHOT;
        }
        if (isWord(tokens, i, "in") && condition(tokens, i + 1)) {
            return CasualtyKind.INJURED;
        }
        String preposition = HARM_TAKERS.get(text(tokens, i));
        if (preposition != null && (preposition.isEmpty() || isWord(tokens, i + 1, preposition))) {
            return suffered(tokens, i + 1);
        }
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return null;
        }
        String predicate = tokens.get(i).text();
        CasualtyKind kind = CasualtyWords.PREDICATES.get(predicate);
        if (kind == null || (CasualtyWords.TRANSITIVE.contains(predicate) && takesObject(tokens, i + 1))
                || describesAThing(tokens, i + 1)) {
            return null;
        }
        return kind;
    }

    /**
     * Whether the verb at {@code verb}, its object ending before {@code end}, kills it: "stabbed two people <b>to
     * death</b>", "beat a man to death"; not "sentenced two men to death".
     */
    static boolean killsToDeath(List<FigureToken> tokens, int verb, int end) {
        return verb >= 0 && tokens.get(verb).isWord() && !NOT_DYING.contains(tokens.get(verb).text())
                && !CasualtyWords.NOT_SUBJECT.contains(tokens.get(verb).text())
                && isWord(tokens, end, "to") && isWord(tokens, end + 1, "death");
    }

    /** "were crushed to death", "froze to death", "was shot to death": any way of dying but a sentence or a fright. */
    private static boolean toDeath(List<FigureToken> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).isWord() && !NOT_DYING.contains(tokens.get(i).text())
                && isWord(tokens, i + 1, "to") && isWord(tokens, i + 2, "death");
    }

    /**
     * Whether the casualty adjective before token {@code from} describes things, not people: a noun that is never
     * people follows it, alone or after a second adjective ("dozens of dead trees", "dead and leaning trees").
     */
    private static boolean describesAThing(List<FigureToken> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + THING_REACH && tokens.get(i).isWord(); i++) {
            String word = tokens.get(i).text();
            if (NOT_PEOPLE.contains(word)) {
                return true;
            }
            if (!word.equals("and") && !word.equals("or") && CasualtyWords.NOT_SUBJECT.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code i} (auxiliaries first) carry a counted group to hospital: "were taken to
     * hospital", "were rushed to a local hospital", "were transported to area hospitals". They count the people hurt,
     * of whom some may have died there: those hit ({@link CasualtyKind#SHOT}). A person described, not counted ("the
     * boy was taken to a hospital"), is one told of before.
     */
    static boolean toHospital(List<FigureToken> tokens, int i) {
        while (i < tokens.size() && CasualtyWords.AUXILIARIES.contains(tokens.get(i).text())) {
            i++;
        }
        if (!TAKEN.contains(text(tokens, i)) || !isWord(tokens, i + 1, "to")) {
            return false;
        }
        for (int j = i + 2; j < tokens.size() && j <= i + 2 + HOSPITAL_REACH && tokens.get(j).isWord(); j++) {
            if (isWord(tokens, j, "hospital") || isWord(tokens, j, "hospitals")) {
                return true;
            }
        }
        return false;
    }

    /** "in critical condition", "in critical but stable condition": a patient, so injured. */
    private static boolean condition(List<FigureToken> tokens, int from) {
        for (int i = from; i < tokens.size() && i <= from + CONDITION_REACH && tokens.get(i).isWord(); i++) {
            if (tokens.get(i).isWord("condition")) {
                return i > from;
            }
        }
        return false;
    }

    /** "suffered non-life-threatening injuries", "recovering from gunshot wounds": injured, unless called fatal. */
    private static CasualtyKind suffered(List<FigureToken> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + SUFFERED_REACH && tokens.get(i).isWord(); i++) {
            String word = tokens.get(i).text();
            if (word.equals("fatal") || word.equals("mortal")) {
                return CasualtyKind.KILLED;
            }
            if (CasualtyWords.HARM_NOUNS.contains(word)) {
                return CasualtyKind.INJURED;
            }
        }
        return null;
    }

    /** "two shells killed the family": the participle is an active verb, and the figure counts shells. */
    /**
     * "two shells killed the family", "deputy who killed man after...": a figure, a determiner or (headline style,
     * no article) a person in the singular after the participle is its object; "fourteen injured people" is not.
     */
    private static boolean takesObject(List<FigureToken> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).isNumber() || CasualtyWords.DETERMINERS.contains(tokens.get(i).text())
                || VictimPhrase.SINGULAR.contains(tokens.get(i).text()));
    }

    private static boolean isReflexive(List<FigureToken> tokens, int i) {
        return isWord(tokens, i, "himself") || isWord(tokens, i, "herself") || isWord(tokens, i, "themselves");
    }

    static boolean wordsAt(List<FigureToken> tokens, int i, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (!isWord(tokens, i + j, words.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static String text(List<FigureToken> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    private static boolean isWord(List<FigureToken> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
    }
}
