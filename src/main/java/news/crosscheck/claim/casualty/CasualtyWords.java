package news.crosscheck.claim.casualty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static news.crosscheck.claim.casualty.CasualtyKind.INJURED;
import static news.crosscheck.claim.casualty.CasualtyKind.KILLED;
import static news.crosscheck.claim.casualty.CasualtyKind.MISSING;
import static news.crosscheck.claim.casualty.CasualtyKind.RESCUED;

/** The English words that tie a figure to a casualty slot, and the words that may stand between them. */
public final class CasualtyWords {

    private CasualtyWords() {
    }

    /**
     * Nouns of attacks and accidents: a place can stand before one as its name ("the Oregon shooting"), and an
     * ordinal before one tells a part of an event ("a second blast").
     */
    public static final Set<String> INCIDENTS = Set.of("attack", "attacks", "strike", "strikes", "airstrike",
            "shelling", "blast", "explosion", "bombing", "raid", "shooting", "shootings", "massacre", "fire", "crash",
            "collapse", "earthquake", "quake", "flood", "floods", "fighting", "clashes", "battle", "bombings",
            "stabbing", "assault", "ambush", "abduction", "kidnapping", "collision", "derailment", "stampede",
            "slide", "mudslide", "landslide", "tornado", "aftershock", "capsize", "capsizing", "accident", "pileup",
            "pile-up", "blaze", "avalanche", "sinking", "shipwreck", "eruption", "rockfall", "storm", "cyclone",
            "hurricane", "typhoon", "cloudburst");
    /** {@link #INCIDENTS} as alternatives of a regular expression, in a fixed order. */
    public static final String INCIDENT_ALTERNATIVES = String.join("|", INCIDENTS.stream().sorted().toList());

    /** Verbs that take the count as their object: "killing 24 people", "Blast kills 12". */
    public static final Map<String, CasualtyKind> ACTIVE_VERBS = Map.ofEntries(
            entry("kill", KILLED), entry("kills", KILLED), entry("killed", KILLED), entry("killing", KILLED),
            entry("drowned", KILLED), entry("drowning", KILLED),
            entry("injure", INJURED), entry("injures", INJURED), entry("injured", INJURED),
            entry("injuring", INJURED), entry("wound", INJURED), entry("wounds", INJURED),
            entry("wounded", INJURED), entry("wounding", INJURED), entry("hurt", INJURED),
            entry("hurting", INJURED), entry("rescue", RESCUED), entry("rescues", RESCUED),
            entry("rescued", RESCUED), entry("rescuing", RESCUED), entry("save", RESCUED),
            entry("saves", RESCUED), entry("saved", RESCUED), entry("saving", RESCUED));

    /**
     * Verbs that take the people hit as their object, the dead and the hurt together ({@link CasualtyKind#SHOT}):
     * "shot four men", "fired six rounds, striking three people". Only a group of persons counts ("shot 15
     * rounds" does not).
     */
    static final Set<String> SHOT_VERBS = Set.of("shot", "shoot", "shoots", "shooting", "striking", "hitting",
            "stabbed");

    /** Verbs that count as a rescue only with "from"/"out" after the object: "pulled 10 people from the rubble". */
    static final Set<String> EXTRACTION_VERBS = Set.of("pulled", "pulling", "pull", "pulls", "freed", "freeing",
            "dug", "digging", "extracted");

    /** Words after the counted group (and any auxiliaries): "28 people were killed", "five remain missing". */
    public static final Map<String, CasualtyKind> PREDICATES = Map.ofEntries(
            entry("killed", KILLED), entry("dead", KILLED), entry("died", KILLED), entry("perished", KILLED),
            entry("slain", KILLED), entry("dies", KILLED), entry("succumbed", KILLED), entry("murdered", KILLED),
            entry("drowned", KILLED), entry("electrocuted", KILLED), entry("suffocated", KILLED),
            entry("asphyxiated", KILLED), entry("deceased", KILLED),
            entry("injured", INJURED), entry("wounded", INJURED), entry("hurt", INJURED),
            entry("hospitalized", INJURED), entry("hospitalised", INJURED), entry("rescued", RESCUED),
            entry("saved", RESCUED), entry("missing", MISSING));

    /** Predicates of more than one word, as lower-case word sequences. */
    static final Map<List<String>, CasualtyKind> PHRASES = Map.ofEntries(
            entry(List.of("lost", "their", "lives"), KILLED), entry(List.of("shot", "dead"), KILLED),
            entry(List.of("unaccounted", "for"), MISSING), entry(List.of("pulled", "from"), RESCUED),
            entry(List.of("pulled", "alive"), RESCUED), entry(List.of("pulled", "out"), RESCUED),
            entry(List.of("found", "dead"), KILLED), entry(List.of("shot", "and", "killed"), KILLED),
            entry(List.of("gunned", "down"), KILLED), entry(List.of("shot", "and", "wounded"), INJURED),
            entry(List.of("shot", "and", "injured"), INJURED), entry(List.of("lost", "his", "life"), KILLED),
            entry(List.of("lost", "her", "life"), KILLED));

    /** Nouns of the harm itself: "suffered minor injuries", "treated for burns". */
    static final Set<String> HARM_NOUNS = Set.of("injuries", "injury", "wounds", "wound", "burns");

    /** Participles that, followed by an object, are an active verb and not a predicate: "two shells killed the". */
    static final Set<String> TRANSITIVE = Set.of("killed", "murdered", "injured", "wounded", "hurt", "rescued", "saved",
            "drowned");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my");

    /** Nouns for the casualties as a group: "two of the dead", "among the injured", "the number of wounded". */
    static final Map<String, CasualtyKind> GROUPS = Map.ofEntries(
            entry("dead", KILLED), entry("killed", KILLED), entry("deceased", KILLED), entry("fatalities", KILLED),
            entry("deaths", KILLED), entry("injured", INJURED), entry("wounded", INJURED),
            entry("injuries", INJURED), entry("missing", MISSING), entry("rescued", RESCUED));

    /**
     * Nouns that name the casualties themselves when they follow the figure: "12 bodies", "31 deaths"; "five
     * victims" are the people hit, the dead and the hurt together, as "five people were shot" ({@link
     * CasualtyKind#SHOT}).
     */
    static final Map<String, CasualtyKind> COUNTED_NOUNS = Map.of("deaths", KILLED, "death", KILLED,
            "fatalities", KILLED, "fatality", KILLED, "bodies", KILLED, "lives", KILLED, "injuries", INJURED,
            "victims", CasualtyKind.SHOT);

    /** Words allowed between the group and the predicate: "were", "have been", "remain", "seriously". */
    static final Set<String> AUXILIARIES = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
            "being", "be", "reportedly", "also", "later", "still", "remain", "remained", "remains", "confirmed",
            "reported", "believed", "feared", "thought", "known", "to", "now", "all", "allegedly", "officially",
            "initially", "seriously", "critically", "badly", "severely", "fatally", "lightly", "slightly",
            "left", "declared", "pronounced", "presumed", "listed", "as", "who", "that", "either", "both", "found");

    /** Words that can link "the death toll" to its figure: "rose to 31", "stands at 31", "is 31". */
    static final Set<String> TOLL_LINKS = Set.of("to", "at", "is", "was", "reached", "reaches", "hit", "stands",
            "stood", "rose", "climbed", "of", "now");

    /** Words after a figure that make it an increment to a total: "three more bodies", "5 additional deaths". */
    static final Set<String> INCREMENT_AFTER = Set.of("more", "additional", "further");

    /** Words that end a subject phrase: function words and verbs of saying. */
    static final Set<String> NOT_SUBJECT = Set.of("the", "a", "an", "of", "in", "on", "at", "after", "before",
            "by", "from", "to", "and", "or", "but", "with", "without", "near", "during", "when", "while", "as",
            "who", "that", "which", "this", "these", "those", "since", "for", "into", "inside", "outside",
            "under", "over", "across", "including", "among", "said", "say", "says", "told", "according", "were",
            "was", "is", "are", "out", "last", "so", "far", "yesterday", "today", "overnight",
            "then", "there", "here", "each", "per", "amid", "following", "between", "if", "than", "not", "no",
            "within", "toward", "towards", "against", "around", "about", "up", "down", "alive", "aboard", "may",
            "might", "could", "would", "will", "must", "should", "can", "reportedly", "also", "still", "remain",
            "remained");

    /** Words in front of the group noun that do not change who is counted: "two more people", "108 other". */
    static final Set<String> NEUTRAL_MODIFIERS = Set.of("more", "other", "additional", "further", "another");

    /** Group nouns that mean "people" for comparison; "others" is the second count of the same people. */
    static final Set<String> PEOPLE = Set.of("people", "persons", "person", "individuals", "individual", "others",
            "victims", "victim", "survivors", "bodies", "body", "lives", "deaths", "death", "fatalities", "fatality",
            "injuries", "casualties", "dead");

    static final Map<String, String> IRREGULAR_PLURALS = Map.of("child", "children", "man", "men",
            "woman", "women", "person", "people", "policeman", "policemen", "policewoman", "policewomen",
            "firefighter", "firefighters", "serviceman", "servicemen", "servicewoman", "servicewomen", "wife", "wives");
    /** The same, plural to singular: each plural is one noun's. */
    static final Map<String, String> IRREGULAR_SINGULARS = IRREGULAR_PLURALS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));
}
