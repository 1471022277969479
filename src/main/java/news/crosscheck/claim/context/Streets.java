package news.crosscheck.claim.context;

import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.SpellingRule;
import news.crosscheck.spelling.WordStartPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The streets a sentence names, as police and local reports place a shooting: "the 1400 block of Larkspur Ave.",
 * "1432 Larkspur Avenue", "at Harmon St. and State Road 37", "outside a Canal Street tavern". A street is one to
 * three capitalised words (or an ordinal, "42nd") before a word for a street; its key is the spelling keys of those
 * words ({@link SpellingRule#key}, the keys of the grouping's names), compass words left out ("West Main Street" is
 * Main Street); a house number or block gives its hundred (1432 and "the 1400 block" are block 1400).
 * <p>
 * A numbered street written just after "of" is where someone lives ("a man of the 300 block of Elm Street"), not a
 * scene ("the intersection of Harmon Street" is one).
 * A street word followed by a capitalised word other than a day or month is part of a longer name ("St. Brendan
 * Medical Center", "Dr. Ruiz", "the State Highway Patrol", "the Main Street Bridge"), and a name in the possessive is
 * an owner ("Brannock's St. ..."); courts are not streets.
 * <p>
 * Numbered roads ("I-35", "Interstate 35", "U.S. 59", "U.S. Highway 59", "State Road 37") are streets too,
 * keyed by their number alone ({@code road59}: "U.S. 59" and "Highway 59" are one road in one story; two numbers are
 * two roads), so a van crash on U.S. 59 and a pickup rollover on I-35 near the same city are two scenes; so are roads
 * numbered after a letter ("on the M62", "off the A629").
 */
final class Streets {

    /** A street named in a sentence: where it starts, its key words, and its block (-1 when none is given). */
    record Street(int start, List<String> keys, int block) {

        /** The block and the street, as one key: "1400@lrcspr". */
        String blockKey() {
            return block + "@" + String.join("+", keys);
        }
    }

    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'\u2019-]*\\p{L}|\\p{Lu}\\.|\\d{1,3}(?:st|nd|rd|th))";
    private static final Pattern STREET = Pattern.compile(
            "(?:\\b(\\d{1,5})\\s+block\\s+of\\s+|\\b(\\d{1,5})\\s+)?"
                    + "((?:" + NAME_WORD + "\\s+){1,3})"
                    + "(Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Place"
                    + "|Terrace|Circle|Square|Highway|Hwy|Pike|Trail|Alley)\\b\\.?");
    /** "John Doe, 25, of the 300 block of Elm Street": where a person lives, written just before the street. */
    private static final Pattern RESIDENCE = Pattern.compile("(?<!front )\\bof(?:\\s+the)?\\s*$");
    /** "Brannock's St. ...": a name in the possessive before the street word is its owner. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?s).*['\u2019]s\\s+");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Lu}\\p{L}*)");
    /** Capitalised words that open a sentence or a phrase and are no part of a street's name. */
    private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "at", "on", "in", "of", "near", "from",
            "to", "and", "by", "along", "off", "outside", "inside", "across", "behind", "police", "officers");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "n", "s", "e", "w",
            "northeast", "northwest", "southeast", "southwest", "ne", "nw", "se", "sw");
    /** Capitalised words that may follow a street: "on Canal Street Sunday night". */
    private static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /**
     * A numbered road: a word for a road and its number, the number not part of a longer word ("Route 35-year-old" is
     * no road). Single letters ("M25", "A4") are left to {@link #LETTERED_ROAD}: "M16" is a rifle.
     */
    private static final WordStartPattern NUMBERED_ROAD = WordStartPattern.compile(
            "\\b(?:(?:U\\.S\\.|US|State|County|Farm-to-Market)"
            + "\\s+(?:Highway|Hwy\\.?|Route|Road|Rte\\.?)\\s*|(?:Interstate|Highway|Hwy\\.?|Route|Rte\\.?|I|IH|U\\.S\\.|US"
            + "|SR|FM|CR)[- ]?)(\\d{1,4})(?![\\d.,-]?\\w)");
    /**
     * A road numbered after a letter, as British, Irish and European roads are ("on the M62", "off the A629", "the N7
     * at Naas"), after a word of place and "the": "an M16" is a rifle and "the A320" an aircraft. Keyed with its
     * letter ({@code roadm62}): the A62 and the M62 are two roads.
     */
    private static final WordStartPattern LETTERED_ROAD = WordStartPattern.compile(
            "\\b(?:on|along|onto|off|near|at|closed|of|from|to"
            + "|and|or) the ([AMN]\\d{1,4}|B\\d{3,4})(?:\\(M\\))?\\b"
            + "(?![- ]?(?:rifles?|carbines?|aircraft|jets?|planes?|airliners?))");
    private static final String ROAD = "road";

    private final SpellingRule spelling = new SpellingRule();

    /** Whether a place's name is a street's: "Mgwali Street", "Larkspur Ave." */
    static boolean isStreet(String name) {
        return STREET.matcher(name).matches();
    }

    /** The keys of the numbered roads a text names: {@code road35} for "I-35" and "Interstate 35". */
    static List<String> roads(String text) {
        return numberedRoads(text).stream().map(road -> road.keys().get(0)).toList();
    }

    /** The numbered roads of a text, by number ({@link #NUMBERED_ROAD}) and then by letter ({@link #LETTERED_ROAD}). */
    private static List<Street> numberedRoads(String text) {
        List<Street> roads = new ArrayList<>();
        if (text.chars().noneMatch(Character::isDigit)) {
            return roads;
        }
        WordStartPattern.Finder road = NUMBERED_ROAD.matcher(text);
        while (road.find()) {
            roads.add(new Street(road.start(), List.of(ROAD + Integer.parseInt(road.group(1))), -1));
        }
        WordStartPattern.Finder lettered = LETTERED_ROAD.matcher(text);
        while (lettered.find()) {
            roads.add(new Street(lettered.start(1), List.of(ROAD + lettered.group(1).toLowerCase(Locale.ROOT)), -1));
        }
        return roads;
    }

    List<Street> in(String sentence) {
        List<Street> streets = new ArrayList<>();
        Matcher m = STREET.matcher(sentence);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            if (continuesName(sentence, m.end()) || POSSESSIVE.matcher(m.group(3)).matches()
                    || number != null && RESIDENCE.matcher(sentence.substring(0, m.start())).find()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (String word : m.group(3).trim().split("\\s+")) {
                String folded = NameFold.fold(word);
                if (keys.isEmpty() && NOT_NAME.contains(folded) || COMPASS.contains(folded) || folded.isEmpty()) {
                    continue;
                }
                keys.add(Character.isDigit(folded.charAt(0)) ? folded : spelling.key(folded));
            }
            keys.removeIf(String::isEmpty);
            if (keys.isEmpty()) {
                continue;
            }
            int block = number == null ? -1 : Integer.parseInt(number) / 100 * 100;
            streets.add(new Street(m.start(3), List.copyOf(keys), block));
        }
        streets.addAll(numberedRoads(sentence));
        return streets;
    }

    private static boolean continuesName(String sentence, int end) {
        Matcher next = NEXT_WORD.matcher(sentence).region(end, sentence.length());
        return next.lookingAt() && !DAYS_AND_MONTHS.contains(next.group(1).toLowerCase(Locale.ROOT));
    }
}
