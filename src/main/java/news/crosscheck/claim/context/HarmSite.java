package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyWords;
import news.crosscheck.claim.text.FigureToken;

import java.util.List;
import java.util.Set;

/**
 * Whether a place named in a sentence is where the harm it reports happened ("a strike on <b>Kelvar</b>", "shelling
 * of central <b>Kelvar</b>", "a missile hit a market in <b>Kelvar</b>", "killed six people in <b>Kelvar</b>"), as
 * opposed to where victims were taken ("taken to hospitals in <b>Kelvar</b>", "evacuated to <b>Kelvar</b>") or who
 * spoke ("officials in <b>Kelvar</b> said", "the governor of <b>Kelvar</b> said").
 *
 * <p>Rule: reading back from the place, within {@value #REACH} words and without crossing punctuation, a word of
 * harm ({@link #HARM}, or a casualty verb such as {@code killed}, {@code died}) comes before any word of transport,
 * care or saying ({@link #NOT_HARM}). The place may come before or after the figure.
 */
final class HarmSite {

    static final int REACH = 8;

    /** Attacks and accidents, as nouns and verbs. */
    static final Set<String> HARM = Set.of("attack", "attacks", "attacked", "strike", "strikes", "struck",
            "airstrike", "airstrikes", "shelling", "shelled", "shells", "blast", "blasts", "explosion", "explosions",
            "exploded", "bombing", "bombed", "bomb", "raid", "raids", "missile", "missiles", "rocket", "rockets",
            "drone", "drones", "hit", "hits", "fire", "fires", "crash", "crashed", "collapse", "collapsed",
            "shooting", "shootings", "fighting", "clashes", "flood", "floods", "flooding", "flooded", "storm", "storms",
            "tornado", "tornadoes", "hurricane", "wildfire", "wildfires", "blaze", "avalanche", "mudslide",
            "derailment", "derailed", "stabbing", "earthquake", "quake", "landslide",
            "fell", "landed", "fought", "battle", "battles", "massacre");

    /** Nouns of attacks and accidents that a place can stand before as a name: "the Oregon shooting". */
    static final Set<String> HARM_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "airstrike", "shelling",
            "blast", "explosion", "bombing", "raid", "shooting", "shootings", "massacre", "fire", "crash", "collapse",
            "earthquake", "quake", "flood", "floods", "fighting", "clashes", "battle");

    /** Where victims were taken or treated, and who said it: these places say nothing about the event's place. */
    static final Set<String> NOT_HARM = Set.of("taken", "took", "brought", "evacuated", "transferred", "moved",
            "flown", "sent", "rushed", "admitted", "treated", "hospital", "hospitals", "clinic", "clinics",
            "said", "says", "told", "according", "officials", "authorities", "governor", "mayor", "head",
            "administration", "ministry", "spokesman", "spokeswoman", "spokesperson");

    private HarmSite() {
    }

    /**
     * Whether the text holds a word of harm at all ({@link #HARM}, or a casualty verb): without one, none of its places
     * is where harm happened. A scan of its words, far cheaper than reading its places.
     */
    static boolean mentionsHarm(String text) {
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (HARM.contains(word) || CasualtyWords.ACTIVE_VERBS.containsKey(word)
                        || CasualtyWords.PREDICATES.containsKey(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some occurrence of {@code place} in {@code sentence} is where the harm happened. */
    static boolean isWhereHarmHappened(String sentence, String place) {
        for (int at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1)) {
            if (harmBefore(FigureToken.tokenize(sentence.substring(0, at), List.of()))
                    || harmNamedAfter(FigureToken.tokenize(sentence.substring(at + place.length()), List.of()))) {
                return true;
            }
        }
        return false;
    }

    /** "the Oregon shooting", "the Kelvar strike": the place names the attack it stands before. */
    private static boolean harmNamedAfter(List<FigureToken> after) {
        return !after.isEmpty() && after.get(0).isWord() && HARM_NOUNS.contains(after.get(0).text());
    }

    private static boolean harmBefore(List<FigureToken> before) {
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - REACH; i--) {
            FigureToken token = before.get(i);
            if (!token.isWord() || NOT_HARM.contains(token.text())) {
                return false;
            }
            if (HARM.contains(token.text()) || CasualtyWords.ACTIVE_VERBS.containsKey(token.text())
                    || CasualtyWords.PREDICATES.containsKey(token.text())) {
                return true;
            }
        }
        return false;
    }
}
