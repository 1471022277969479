package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyWords;
import news.crosscheck.claim.casualty.VictimPhrase;
import news.crosscheck.claim.mention.NameLexicon;
import news.crosscheck.claim.text.FigureToken;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a place named in a sentence is where the harm it reports happened ("a strike on <b>Kelvar</b>", "shelling
 * of central <b>Kelvar</b>", "a missile hit a market in <b>Kelvar</b>", "killed six people in <b>Kelvar</b>"), as
 * opposed to where victims were taken ("taken to hospitals in <b>Kelvar</b>", "evacuated to <b>Kelvar</b>") or who
 * spoke ("officials in <b>Kelvar</b> said", "the governor of <b>Kelvar</b> said").
 *
 * <p>Rule: reading back from the place, within {@value #REACH} words (figures and single letters not counted) and
 * without crossing a clause's punctuation (the points of {@code a.m.} and the colon of {@code 10:40} are no
 * boundary), a word of harm ({@link #HARM}, or a
 * casualty verb such as {@code killed}, {@code died}) comes before any word of transport, care or saying
 * ({@link #NOT_HARM}). The place may come before or after the figure. A place the harm is placed by ("near
 * Kelvar", "outside Kelvar", "45 km southeast of Kelvar", "on the Kelvar-Dornova road") is a
 * {@linkplain Role#LANDMARK landmark}: one city is the landmark of many villages and camps, each of which may have its
 * own attack the same day.
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
            "derailment", "derailed", "stabbing", "stabbings", "stabbed", "earthquake", "quake", "landslide",
            "fell", "landed", "fought", "battle", "battles", "massacre", "bombings", "assault", "assaulted",
            "ambush", "ambushed", "stormed", "abducted", "abduction", "kidnapped", "kidnapping", "collision",
            "collided", "capsized", "sank", "stampede", "crush", "crashes", "collides", "derails", "capsizes",
            "capsizing", "sinks", "sinking", "overturns", "overturning", "accident", "accidents",
            // what vehicles do in an accident: "a jet skidded off the runway at Kelvar airport"
            "skidded", "overran", "overshot", "plunged", "overturned", "veered", "rammed", "slammed", "smashed",
            "plowed", "ploughed", "rolled", "flipped",
            // and in a headline's present tense: "speeding boat slams into anchored boat off Key Biscayne"
            "skids", "plunges", "veers", "rams", "slams", "smashes", "plows", "ploughs", "flips");

    /**
     * Where victims were taken or treated ("38 at Carrow Regional Medical Center in Hadley"), and who said it: these
     * places say nothing about the event's place.
     */
    static final Set<String> NOT_HARM = Set.of("taken", "took", "brought", "evacuated", "transferred", "moved",
            "flown", "sent", "rushed", "admitted", "treated", "hospital", "hospitals", "clinic", "clinics",
            "medical", "health", "infirmary", "hospitalized", "hospitalised",
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
            if (i > start && isHarmWord(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is one of harm ({@link #HARM}) or a casualty verb ("killed", "wounding"). */
    static boolean isHarmWord(String word) {
        return HARM.contains(word) || CasualtyWords.ACTIVE_VERBS.containsKey(word)
                || CasualtyWords.PREDICATES.containsKey(word);
    }

    /** What follows the comma after a place whose clause tells the harm: "..., killing more than 20 people". */
    private static final Set<String> HARM_PARTICIPLES = Set.of("killing", "injuring", "wounding", "leaving");
    /** The most tokens of an aside between the place's comma and the participle: ", about 10 km to the south,". */
    private static final int ASIDE = 7;

    /** Words of a time of day, not counted in the {@value #REACH} words between harm and place. */
    private static final Set<String> TIME_OF_DAY = Set.of("about", "around", "approximately", "local", "time");

    /** Words after which a place is a landmark the site is placed by, not the site. */
    private static final Set<String> LANDMARK_WORDS = Set.of("near", "outside", "nearby", "beyond", "towards",
            "toward", "from", "off");
    /** Punctuation that ends a clause; points and colons inside a sentence are abbreviations and times. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "(", ")", "\"", "\u201C", "\u201D", "!", "?",
            "\u2014", "\u2013");

    /** What a place is to the harm its sentence reports. */
    enum Role { NONE, SITE, LANDMARK }

    /** Whether some occurrence of {@code place} in {@code sentence} is where the harm happened, or near it. */
    static boolean isWhereHarmHappened(String sentence, String place) {
        return roleOf(sentence, place) != Role.NONE;
    }

    /**
     * The place's role in the harm the sentence reports: the site where it happened ("in Kelvar") if some occurrence
     * is one, else a landmark the harm is placed by ("near Kelvar"), else none.
     */
    static Role roleOf(String sentence, String place) {
        if (opensWhereHarmHappened(sentence, place)) {
            return Role.SITE;
        }
        Role role = Role.NONE;
        for (int at = sentence.indexOf(place); at >= 0; at = sentence.indexOf(place, at + 1)) {
            List<FigureToken> before = FigureToken.tokenize(sentence.substring(0, at), List.of());
            if (homeOfSomeone(before)) {
                continue;
            }
            List<FigureToken> after = FigureToken.tokenize(sentence.substring(at + place.length()), List.of());
            if (harmBefore(before) || harmAfter(before, after) || collapsedThere(before, after)) {
                if (!landmark(before) && !endOfRoad(sentence, at, at + place.length())) {
                    return Role.SITE;
                }
                role = Role.LANDMARK;
            }
        }
        return role;
    }

    /**
     * "In northeast Arkansas, a tornado killed at least six people", "Across the border in Malawi, a boat capsized": a
     * sentence that opens on "In" (or "At") and the place, up to its first comma, places the harm told after the comma; so does
     * one that opens on a word turning to somewhere else ("Elsewhere", "Meanwhile", "Further south") before "in".
     */
    private static boolean opensWhereHarmHappened(String sentence, String place) {
        Matcher opening = OPENING_PLACE.matcher(sentence);
        return opening.lookingAt() && opening.group(1).contains(place) && mentionsHarm(sentence.substring(opening.end()));
    }

    /**
     * "In northeast Arkansas,", "In the village of Kelvar,", "At Kelvar in Paddar,", "Across the border in Malawi,":
     * at most six words after "In" (or "At" and a name), then a comma.
     */
    private static final Pattern OPENING_PLACE = Pattern.compile("\\s*(?:In|At(?=\\s+\\p{Lu})"
            + "|(?:Across|Further|Farther|Elsewhere|Meanwhile|Separately|Downstream|Upstream|Nearby)\\b"
            + "[^,.;]{0,30}?\\sin)\\s+((?:[\\p{L}'’.-]+\\s+){0,5}[\\p{L}'’.-]+),");

    /** Words for several people that {@link VictimPhrase#SINGULAR} does not give with an {@code s}. */
    private static final Set<String> GROUPS_OF_PEOPLE = Set.of("people", "men", "women", "children", "family",
            "families", "couple");

    /**
     * "killed a retired engineer from Kelvar", "two tourists from Kelvar", "a 23-year-old from Kelvar": where
     * someone comes from, not where the harm happened nor a place it is placed by.
     */
    private static boolean homeOfSomeone(List<FigureToken> before) {
        int n = before.size();
        if (n < 2 || !before.get(n - 1).isWord("from") || !before.get(n - 2).isWord()) {
            return false;
        }
        String who = before.get(n - 2).text();
        return NameLexicon.isRoleNoun(who) || VictimPhrase.SINGULAR.contains(who)
                || who.endsWith("s") && VictimPhrase.SINGULAR.contains(who.substring(0, who.length() - 1))
                || GROUPS_OF_PEOPLE.contains(who) || who.endsWith("-old");
    }

    /** "near Kelvar", "outside the city of Kelvar", "45 km southeast of the regional capital Kelvar". */
    private static boolean landmark(List<FigureToken> before) {
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - 5; i--) {
            FigureToken token = before.get(i);
            if (!token.isWord() || token.isWord("in") || token.isWord("at")) {
                // "near the market in Kelvar": the market, and the harm, are in Kelvar
                return false;
            }
            if (LANDMARK_WORDS.contains(token.text())
                    || token.isWord("of") && i > 0 && NameLexicon.DISTANCE_OF.contains(before.get(i - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Words between "in Kelvar" and the verb of harm its clause ends on: "the house in Kelvar that collapsed". */
    private static final Set<String> BEFORE_THE_VERB = Set.of("that", "which", "had", "has", "have", "was", "were",
            "partly", "partially", "suddenly");
    /** The most tokens between a place and the verb of harm its clause ends on: "in Latifabad Unit No. 6 collapsed". */
    private static final int TO_THE_VERB = 6;

    /**
     * "the roof of their house in Latifabad Unit No. 6 collapsed", "a gas cylinder at a shop in Kelvar exploded": a
     * place inside the subject of a verb of harm ({@link #HARM}, past tense) is where it happened; only the rest of
     * the place's name, figures and a few small words stand between them.
     */
    private static boolean collapsedThere(List<FigureToken> before, List<FigureToken> after) {
        if (before.isEmpty() || !before.get(before.size() - 1).isWord("in")) {
            return false;
        }
        for (int i = 0; i < after.size() && i < TO_THE_VERB; i++) {
            FigureToken token = after.get(i);
            if (token.isWord() && HARM.contains(token.text())) {
                return token.text().endsWith("ed") || token.text().equals("fell") || token.text().equals("sank");
            }
            // the tokens hold no quantities: a figure is a word of digits
            boolean nameOrFigure = token.text().equals(".") || token.isWord()
                    && (Character.isUpperCase(token.original().charAt(0)) || Character.isDigit(token.text().charAt(0)));
            if (!nameOrFigure && !BEFORE_THE_VERB.contains(token.text())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "on the Mosul-Arbil road", "the Accra–Kumasi highway": a town that is one end of the route ({@link
     * NameLexicon#ROUTE}) the harm happened on is a landmark, not the site; the road runs from it.
     */
    private static boolean endOfRoad(String sentence, int start, int end) {
        Matcher route = NameLexicon.ROUTE.matcher(sentence);
        while (route.find()) {
            if (route.start(1) < end && start < route.end(1) || route.start(2) < end && start < route.end(2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean harmAfter(List<FigureToken> before, List<FigureToken> after) {
        return harmNamedAfter(after) || harmFollows(before, after);
    }

    /** "the Oregon shooting", "the Kelvar strike": the place names the attack it stands before. */
    private static boolean harmNamedAfter(List<FigureToken> after) {
        return !after.isEmpty() && after.get(0).isWord() && CasualtyWords.INCIDENTS.contains(after.get(0).text());
    }

    /**
     * "a bus went off a highway in the Huancavelica region, killing more than 20 people": the clause the place ends
     * (a word such as {@code region} may follow it) is what the participle after the comma tells the harm of, unless
     * it is where victims were taken or who spoke ("taken to a hospital in Kelvar, leaving ...").
     */
    private static boolean harmFollows(List<FigureToken> before, List<FigureToken> after) {
        int i = 0;
        while (i < after.size() && i < 2 && after.get(i).isWord()
                && Character.isLowerCase(after.get(i).original().charAt(0))) {
            i++;
        }
        if (i + 1 >= after.size() || !after.get(i).text().equals(",")) {
            return false;
        }
        if (!isParticiple(after, i + 1) && !isParticiple(after, afterAside(after, i + 1))) {
            return false;
        }
        for (int j = before.size() - 1; j >= 0 && j >= before.size() - REACH; j--) {
            FigureToken token = before.get(j);
            if (!token.isWord() && CLAUSE_BREAKS.contains(token.text())) {
                break;
            }
            if (token.isWord() && NOT_HARM.contains(token.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParticiple(List<FigureToken> tokens, int i) {
        return i >= 0 && i < tokens.size() && HARM_PARTICIPLES.contains(tokens.get(i).text());
    }

    /**
     * "in Sohag province, to the south, killing 12 people": the index after an aside of at most {@value #ASIDE}
     * tokens that opens at {@code from} and closes with a comma, or -1.
     */
    private static int afterAside(List<FigureToken> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + ASIDE; j++) {
            if (tokens.get(j).text().equals(",")) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean harmBefore(List<FigureToken> before) {
        int words = 0;
        for (int i = before.size() - 1; i >= 0 && words < REACH; i--) {
            FigureToken token = before.get(i);
            if (token.text().equals(")")) {
                // "was hit at about 7:20 a.m. local time (0220 GMT) near Kelvar": an aside is read past
                while (i > 0 && !before.get(i).text().equals("(")) {
                    i--;
                }
                continue;
            }
            if (!token.isWord()) {
                if (CLAUSE_BREAKS.contains(token.text())) {
                    return false;
                }
                continue;
            }
            if (token.text().length() > 1 && !Character.isDigit(token.text().charAt(0))
                    && !TIME_OF_DAY.contains(token.text())) {
                // the figures, initials and letters of "at about 10:40 a.m. local time" stand between a verb and its
                // place
                words++;
            }
            if (NOT_HARM.contains(token.text())) {
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
