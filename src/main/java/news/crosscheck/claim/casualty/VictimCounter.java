package news.crosscheck.claim.casualty;

import news.crosscheck.claim.text.FigureToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Casualties counted by naming the people ({@link VictimPhrase}) rather than by a figure: the phrase is tied to a
 * slot by a predicate after it ("<b>a man</b> was shot and killed", "<b>a 4-year-old girl</b> is in critical
 * condition", see {@link CasualtyPredicate}) or by an active casualty verb right before it ("shot and killed
 * <b>a 23-year-old man</b>", "fatally shot <b>his wife</b>", "wounding <b>a bystander</b>").
 *
 * <p>Only the dead and the injured are counted this way: "if a relative is missing" names nobody who is.
 *
 * <p>A killer who, the same sentence says, killed himself is counted among the dead ("killed <b>his wife and two
 * daughters</b> before turning the gun on himself" counts 4): tallies of a murder-suicide ("four dead") count him,
 * and an outlet writing the one would otherwise be reported against an outlet writing the other. "Shot himself"
 * alone is not enough: the shooter may have survived.
 */
final class VictimCounter {

    /** A phrase tied to a slot. */
    record Found(int start, int end, CasualtyKind kind, VictimPhrase phrase, long count) {
    }

    private static final Set<String> FATALLY = Set.of("fatally", "mortally");
    private static final Set<String> SHOOTING = Set.of("shot", "shooting", "shoots", "stabbed", "stabbing");
    private static final Set<String> SELF = Set.of("himself", "herself");
    private static final Set<String> KILLING = Set.of("kill", "kills", "killed", "killing");
    private static final Set<String> DIED = Set.of("died", "dies", "succumbed");
    private static final int DIED_REACH = 15;
    private static final Set<String> TURNING = Set.of("turn", "turns", "turned", "turning");
    /** Verbs of one subject, after which a relative clause tells of the last person of a list only. */
    private static final Set<String> SINGULAR_VERBS = Set.of("was", "is", "has");

    private VictimCounter() {
    }

    /** @param inLead whether the sentence is in the article's lead, where "the victim" is named for the first time */
    static List<Found> find(List<FigureToken> tokens, boolean inLead) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            VictimPhrase phrase = VictimPhrase.read(tokens, i, i == 0, inLead);
            Found tied = phrase == null ? null : tie(tokens, phrase);
            if (tied != null) {
                found.add(tied);
                i = phrase.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private static Found tie(List<FigureToken> tokens, VictimPhrase phrase) {
        if (phrase.count() > 1 && isRelative(tokens, phrase.end())
                && SINGULAR_VERBS.contains(text(tokens, phrase.end() + 1))) {
            // "the suspect and a woman who was hurt as people ran out": the clause tells of the last one alone
            return null;
        }
        if (isRelative(tokens, phrase.end()) && diedAfterClause(tokens, phrase.end() + 1)) {
            return new Found(phrase.start(), phrase.end(), CasualtyKind.KILLED, phrase, phrase.count());
        }
        CasualtyKind after = CasualtyPredicate.at(tokens, phrase.end());
        if ((after == CasualtyKind.INJURED || after == CasualtyKind.SHOT) && diedLater(tokens, phrase.end() + 1)) {
            return new Found(phrase.start(), phrase.end(), CasualtyKind.KILLED, phrase, phrase.count());
        }
        if (after == CasualtyKind.KILLED || after == CasualtyKind.INJURED || after == CasualtyKind.SHOT) {
            return new Found(phrase.start(), phrase.end(), after, phrase, phrase.count());
        }
        if (text(tokens, phrase.start() - 1).equals("found") && text(tokens, phrase.end()).equals("dead")) {
            return new Found(phrase.start(), phrase.end(), CasualtyKind.KILLED, phrase, phrase.count());
        }
        int verb = phrase.start() - 1;
        if (verb < 0 || !tokens.get(verb).isWord()) {
            return null;
        }
        CasualtyKind kind = CasualtyWords.SHOT_VERBS.contains(tokens.get(verb).text()) ? CasualtyKind.SHOT
                : CasualtyWords.ACTIVE_VERBS.get(tokens.get(verb).text());
        if (SHOOTING.contains(tokens.get(verb).text()) && verb >= 1 && FATALLY.contains(tokens.get(verb - 1).text())) {
            kind = CasualtyKind.KILLED;
        }
        if (kind == null || kind == CasualtyKind.RESCUED) {
            return null;
        }
        long count = phrase.count() + (kind == CasualtyKind.KILLED && killedHimself(tokens, phrase.end()) ? 1 : 0);
        return new Found(phrase.start(), phrase.end(), kind, phrase, count);
    }

    /**
     * "A man injured in a shooting on Nov. 2 has died": the participle right after the phrase qualifies it, and the
     * verb of the clause says what became of him.
     */
    private static boolean diedLater(List<FigureToken> tokens, int from) {
        if (from - 1 >= tokens.size() || !CasualtyWords.PREDICATES.containsKey(tokens.get(from - 1).text())
                && !tokens.get(from - 1).isWord("shot")) {
            return false;
        }
        for (int i = from; i < tokens.size() && i < from + DIED_REACH && !joinsClauses(tokens, i); i++) {
            if (DIED.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** "and" between clauses, not inside a place name ("at 22nd and Bragg", "Smith and Wesson Road"). */
    private static boolean joinsClauses(List<FigureToken> tokens, int i) {
        return tokens.get(i).isWord("and") && !(i + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(i + 1).original().charAt(0)));
    }

    private static boolean isRelative(List<FigureToken> tokens, int i) {
        return i < tokens.size() && (tokens.get(i).isWord("who") || tokens.get(i).isWord("that"));
    }

    /**
     * "The 4-year-old girl who was shot inside a home on Tuesday <b>has died</b>": the relative clause says how she
     * was hurt, the main verb that she died. The verb must come within {@value #DIED_REACH} words, inside the
     * clause (no punctuation), after an auxiliary ({@code has died}) or as the first past tense after the clause.
     */
    private static boolean diedAfterClause(List<FigureToken> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + DIED_REACH && tokens.get(i).isWord(); i++) {
            if (DIED.contains(tokens.get(i).text()) && (text(tokens, i - 1).equals("has")
                    || text(tokens, i - 1).equals("had") || i > from + 2)) {
                return true;
            }
        }
        return false;
    }

    /** "... before turning the gun on himself", "then killed himself", "before taking his own life". */
    private static boolean killedHimself(List<FigureToken> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (SELF.contains(word)) {
                // "killed his daughter, his son, and then himself": the verb before the list governs "himself" too
                boolean killing = KILLING.contains(text(tokens, i - 1)) || text(tokens, i - 1).equals("then")
                        || SHOOTING.contains(text(tokens, i - 1)) && FATALLY.contains(text(tokens, i - 2))
                        || text(tokens, i - 1).equals("on") && text(tokens, i - 2).equals("gun")
                        && TURNING.contains(text(tokens, i - 4));
                if (killing) {
                    return true;
                }
            }
            if (word.equals("own") && text(tokens, i + 1).equals("life")) {
                return true;
            }
        }
        return false;
    }

    private static String text(List<FigureToken> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }
}
