package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionExtractor;
import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.claim.mention.NameLexicon;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.claim.text.SentenceSplitter;
import news.crosscheck.spelling.DistinctPlaces;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.SpellingRule;
import news.crosscheck.spelling.WordStartPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an article's lead says its harm happened, and what other places the lead names: what tells two reports of
 * one kind of event on one day apart ("a missile hit an apartment block in Pavlohrad" and "a missile hit an
 * apartment block in Kostiantynivka"), however alike their words.
 * <p>
 * The lead is the title and the first sentences ({@value Sentence#LEAD_SENTENCES} in all). A site is a place of the
 * lead where the harm happened ({@link HarmSite}), or, when the lead names none, the landmark it is placed by ("near
 * Kelvar"; a city is the landmark of many villages, so a named village comes first), unless it holds many towns: a
 * country, a continent, a US state, or a name followed by a word such as {@code region} or {@code county}. A first
 * sentence that puts its harm "here" or "near here" names the dateline's town so ("SAHNEWAL (Ludhiana), Dec 22 — ...
 * on the national highway near here"). Each
 * place is kept as its words' spelling keys ({@link SpellingRule#key}, the keys the grouping's name field holds), and
 * a name of several words also as written together, so transliterations of one town ({@code Pavlohrad},
 * {@code Pavlograd}) and one name written in one word or two ({@code Willowbend}, {@code Willow Bend}) meet.
 * <p>
 * The grouping takes two articles for different events when each lead names a site that the other's lead does not
 * name, and one of them never names the other's site at all: a strike on a town and a strike on another town, one
 * report of which may recall the other strike further down, but not both. A region says nothing either way: a lead
 * that names only a region has no site, and a region two leads share (a strike on the city of Kherson, shelling of
 * Nova Kakhovka in the Kherson region) does not make their towns one.
 * <p>
 * A lead may also say in so many words that another incident is not its own ("in a crash separate from the pile-up on
 * the M62", "came two days after bombings at the Tarrow market"): the places and streets it names so are kept apart
 * ({@link Reading#elsewhere}), and a report whose harm is there is another event's, even when each article names the
 * other's road further down.
 * <p>
 * A tally (a county's road deaths this year, a country's waterway accidents) is read in many incidents' words, but it
 * is no report of any of them: a lead whose title and first sentence give figures, all of them totals over many
 * incidents ({@link Scope#AGGREGATE}) and one at least a tally ({@link CasualtyClaim#isTally}), is marked so
 * ({@link Reading#tally}), and the grouping keeps tallies apart from reports of incidents. So is a round-up whose
 * headline lists three incidents or more ("Fire, flood, a plane crash and a stabbing: how a deadly weekend unfolded")
 * or is otherwise a round-up's ({@link CasualtyExtractor#isRoundUpHeadline}). A weekend's round-up of a city's
 * shootings is not marked: it is read as a report of each of them as often as of none.
 * <p>
 * The kinds of harm the title and first sentence tell ({@link LeadKinds#harm}: gunfire, a fire, a capsizing, a
 * crash...) and the kinds of place they put it in ({@link LeadKinds#venues}: a home, a bar, a school...) are kept too,
 * but for those told after words that turn to another event: a launch fire and a launch capsizing on one river the
 * same night are two events, though one report of the fire recalls the capsizing in its first sentence.
 * <p>
 * Local reports of one city tell apart by street, not by town: the lead's streets ({@link Streets}: "the 1400 block
 * of Larkspur Ave.") are kept too, and two leads that name different streets, or different blocks of one street, are
 * read the same way as two towns.
 * <p>
 * An instance keeps state (the sentence splitter's and the mention extractor's): one per thread.
 */
public final class LeadPlaces {

    /** Words after a place name that make it a region holding many towns, as written and as abbreviated. */
    private static final Set<String> REGION_WORDS = Stream.of("region", "regions", "oblast", "province", "county",
            "parish", "state", "district", "krai", "raion", "governorate", "territory", "area", "peninsula")
            .flatMap(word -> Stream.of(word, NameFold.canonical(word))).collect(Collectors.toUnmodifiableSet());
    /**
     * Words after which a sentence of the lead tells of an earlier or a simultaneous event, not its own: "The
     * abduction came on the same day that two suicide bombers struck the market in Mairamri", "The blast came two
     * days after bombings at the Mairamri market", "a crash separate from the pile-up on the M62". Wider than
     * {@link OtherEventDetector}'s words for figures, which need the other event to follow as "a", "an", "another" or
     * a count ("twin", "two"): leaving out a place only keeps two leads from being told apart, while leaving out a
     * figure loses it.
     */
    private static final WordStartPattern ANOTHER_EVENT = WordStartPattern.compile(
            "(?i)\\b(?:came|comes|followed|follows)\\b"
            + "(?:\\s+[\\w'-]+){0,4}?\\s+(?:after|before)\\b|\\bthe same day (?:that|as)\\b"
            // "the second deadly slide in a matter of hours, after two skiers were killed in Mayflower Gulch"
            + "|\\b(?:hours|days|weeks|months|an hour|a day|a week|a month),? (?:after|before)\\b"
            + "|\\bseparate(?:ly)? from\\b|\\bunrelated to\\b|\\bnot (?:connected|linked|related) (?:to|with)\\b");
    /**
     * Words by which a sentence recalls an incident other than the article's own, wherever they stand: "another gas
     * explosion, in a private house in Shymkent", "in a separate incident about an hour later", "two days before",
     * "the 2019 attack". Wider than {@link #ANOTHER_EVENT}, which turns a sentence only after it.
     */
    private static final WordStartPattern RECALLS_ANOTHER = WordStartPattern.compile(ANOTHER_EVENT.pattern().pattern()
            + "|\\banother\\b|\\bseparate(?:ly)?\\b|\\bunrelated\\b|\\bsimilar\\b|\\b(?:years|a year) (?:after|before)\\b"
            + "|\\b(?:minutes|hours|days|weeks|months|years|an hour|a day|a week|a month|a year) (?:earlier|later|ago)\\b"
            + "|\\bin (?:19|20)\\d\\d\\b"
            // "Earlier in the day, five members of a family were killed when a roof caved in in Latifabad"
            + "|\\bearlier (?:in the|that|on) (?:day|morning|afternoon|evening|night|[a-z]+day)\\b");
    /**
     * A word each way of {@link #RECALLS_ANOTHER} has, lower case: a sentence without one cannot match, and most
     * sentences have none, so they are spared the pattern (it tries every branch at every character).
     */
    private static final List<String> RECALLS_ANOTHER_WORDS = List.of("after", "before", "same day", "another",
            "separate", "unrelated", "similar", "earlier", "later", "ago", "in 19", "in 20", "connected", "linked",
            "related");
    /** A dateline's town in capitals, before a comma, a parenthesis, a dash or a colon: {@code SAHNEWAL (Ludhiana)}. */
    private static final Pattern DATELINE_TOWN = Pattern.compile(OtherEventDetector.TOWN_IN_CAPITALS
            + "(?=\\s*[,(:\u2014\u2013-])");
    /** The word by which a first sentence places its harm in the dateline's town, or by it ("near here"). */
    private static final Pattern HERE = Pattern.compile("\\b(?:(near|outside|from|off)\\s+)?here\\b");
    /** Gunfire and police sent to a scene, besides the words of harm: "two men were shot", "were called to". */
    private static final Pattern SCENE_WORDS = Pattern.compile("(?i)\\b(?:shot|shots|gunfire|fired|dispatched|called"
            + "|responded|sent)\\b");
    private static final Pattern NOT_THE_SCENE = Pattern.compile("(?i)\\b(?:arrest|arrested|arrests|custody|booked"
            + "|apprehended|lives|lived|resides|resided|resident|residence|address)\\b");
    /** Words before a turn to another event that still open the sentence on it ("Two days after"). */
    private static final int OPENING_WORDS = 3;
    /** Articles that open place names in many languages: a word that unrelated places share. */
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "le", "les", "al", "il", "lo", "o",
            "os", "as", "a");
    /** The index of the lead's first sentence after the title. */
    static final int FIRST_SENTENCE = 1;
    /** Room for a title and two long sentences; the splitter's cost grows with the text it reads. */
    private static final int LEAD_CHARS = 1_000;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionExtractor mentions = new MentionExtractor(String::equals);
    private final SpellingRule spelling = new SpellingRule();
    private final Streets streetReader = new Streets();
    private final CasualtyExtractor casualties = new CasualtyExtractor();

    /**
     * The lead's places as spelling keys of their words.
     *
     * @param sites     the keys of the places where the harm happened that hold no other towns; empty when there is
     *                  none
     * @param places    the keys of every place the lead names that holds no other towns, sites included
     * @param streets   the keys of the words of the streets the lead names
     * @param blocks    the blocks of those streets the lead gives, as {@code block@street} keys
     * @param elsewhere the keys of the places and streets the lead names as another incident's ("in a crash
     *                  separate from the pile-up on the M62", "came two days after bombings at the Tarrow market")
     * @param tally     whether the title and first sentence count only totals over many incidents ("Fifty-eight
     *                  people have been killed on the county's roads so far this year"), or the title is a
     *                  round-up's
     * @param kinds     the kinds of harm the title and first sentence tell of the article's own event
     *                  ({@link LeadKinds#harm}), as bits: not those after words that turn to another event
     * @param venues    the kinds of place the title and first sentence put the article's own harm in
     *                  ({@link LeadKinds#venues}), as bits, the same way
     * @param regionSites the keys of the named regions where the harm happened ("in Chadiza district")
     * @param regions   the keys of every named region the lead names, region sites included
     */
    public record Reading(Set<String> sites, Set<String> places, Set<String> streets, Set<String> blocks,
                          Set<String> elsewhere, boolean tally, int kinds, int venues, Set<String> regionSites,
                          Set<String> regions) {
    }

    /** Whether a folded word says the place holds many towns: {@code county}, {@code co}, {@code region}... */
    public static boolean isRegionWord(String foldedWord) {
        return REGION_WORDS.contains(foldedWord);
    }

    public Reading of(String title, String body) {
        String text = title.isEmpty() ? body : title + "\n\n" + body;
        text = text.substring(0, Math.min(text.length(), LEAD_CHARS));
        Set<String> sites = new TreeSet<>();
        Set<String> landmarks = new TreeSet<>();
        Set<String> places = new TreeSet<>();
        Set<String> streets = new TreeSet<>();
        Set<String> blocks = new TreeSet<>();
        Set<String> elsewhere = new TreeSet<>();
        Set<String> regionSites = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        if (!HarmSite.mentionsHarm(text)) {
            // no site, and then its places never count either (two articles are apart only when both name sites)
            return new Reading(sites, places, streets, blocks, elsewhere, false, 0, 0, Set.of(), Set.of());
        }
        List<Sentence> all = splitter.split(text);
        // a town in capitals alone on its line ("VIRUDHUNAGAR") is a dateline, not the lead's first sentence
        int first = all.stream().filter(s -> s.index() >= FIRST_SENTENCE && !isDatelineTown(s.text()))
                .mapToInt(Sentence::index).findFirst().orElse(FIRST_SENTENCE);
        List<Sentence> lead = all.stream().filter(s -> s.index() < Sentence.LEAD_SENTENCES + first - FIRST_SENTENCE
                && (s.index() < FIRST_SENTENCE || !isDatelineTown(s.text()))).toList();
        List<CasualtyClaim> opening = casualties.extract(lead.stream().filter(s -> s.index() <= first).toList());
        boolean tally = !opening.isEmpty() && opening.stream().allMatch(c -> c.scope() == Scope.AGGREGATE)
                && opening.stream().anyMatch(CasualtyClaim::isTally) || CasualtyExtractor.isRoundUpHeadline(title);
        int kinds = 0;
        int venues = 0;
        for (Sentence sentence : lead) {
            if (sentence.index() <= first) {
                String own = ownPart(sentence.text());
                kinds |= LeadKinds.harm().of(own);
                venues |= venuesOfHarm(own);
            }
        }
        for (Sentence sentence : lead) {
            if (!tellsOfTheScene(sentence.text())) {
                continue;
            }
            for (Streets.Street street : streetReader.in(sentence.text())) {
                if (afterAnotherEvent(sentence.text(), street.start())) {
                    elsewhere.addAll(street.keys());
                } else if (!afterNotTheScene(sentence.text(), street.start())) {
                    streets.addAll(street.keys());
                    if (street.block() >= 0) {
                        blocks.add(street.blockKey());
                    }
                }
            }
        }
        for (Mention place : mentions.extract(lead)) {
            if (place.kind() != MentionKind.PLACE) {
                continue;
            }
            if (wide(place)) {
                // "the Kherson region" holds the city of Kherson and the town of Nova Kakhovka alike: no town's site,
                // but a region's, set apart from another region's ("in Chipata district", "in Chadiza district")
                if (namedRegion(place)) {
                    List<String> keys = keys(place.name());
                    regions.addAll(keys);
                    if (!ofAnotherEvent(place, first)
                            && HarmSite.roleOf(place.sentence().text(), place.name()) == HarmSite.Role.SITE) {
                        regionSites.addAll(keys);
                    }
                }
                continue;
            }
            List<String> keys = keys(place.name());
            if (ofAnotherEvent(place, first)) {
                elsewhere.addAll(keys);
                continue;
            }
            file(keys, HarmSite.roleOf(place.sentence().text(), place.name()), places, sites, landmarks);
        }
        datelineTownHere(lead, first).ifPresent(here -> file(keys(here.town()), here.role(), places, sites,
                landmarks));
        // "abducted 19 women near Zangebe": with no site named, the landmark is where the harm is placed
        elsewhere.removeAll(places);
        elsewhere.removeAll(streets);
        return new Reading(sites.isEmpty() ? landmarks : sites, places, streets, blocks, elsewhere, tally, kinds,
                venues, regionSites, regions);
    }

    /** A place's keys among the lead's places, and its sites or landmarks by its role in the harm. */
    private static void file(List<String> keys, HarmSite.Role role, Set<String> places, Set<String> sites,
                             Set<String> landmarks) {
        places.addAll(keys);
        switch (role) {
            case SITE -> sites.addAll(keys);
            case LANDMARK -> landmarks.addAll(keys);
            case NONE -> { }
        }
    }

    /** The dateline's town and its role in the harm of the first sentence, which calls it "here". */
    private record Here(String town, HarmSite.Role role) {
    }

    /**
     * The dateline's town when the first sentence tells of harm and places it "here": a landmark after a word such as
     * {@code near} ("SAHNEWAL (Ludhiana), Dec 22 — 4 people were killed when a bus ran into a truck on the highway near
     * here"), else the site ("collided in Brgy. Tuyom here early Thursday"). A town that holds many towns (a country,
     * a region) is none.
     */
    private static Optional<Here> datelineTownHere(List<Sentence> lead, int first) {
        String town = null;
        String sentence = null;
        for (Sentence s : lead) {
            if (s.index() >= FIRST_SENTENCE && s.index() < first && isDatelineTown(s.text())) {
                town = s.text().strip();
            } else if (s.index() == first) {
                sentence = ownPart(s.text());
                Matcher dateline = DATELINE_TOWN.matcher(sentence);
                if (town == null && dateline.lookingAt()) {
                    town = dateline.group(1);
                    sentence = sentence.substring(dateline.end());
                }
            }
        }
        if (town == null || sentence == null || DistinctPlaces.isWide(NameFold.fold(town))) {
            return Optional.empty();
        }
        Matcher here = HERE.matcher(sentence);
        if (!here.find() || !HarmSite.mentionsHarm(sentence)) {
            return Optional.empty();
        }
        return Optional.of(new Here(town, here.group(1) != null ? HarmSite.Role.LANDMARK : HarmSite.Role.SITE));
    }

    /**
     * The kinds of place ({@link LeadKinds#venues}) a text puts harm in: none when it tells of no harm ("sang the
     * anthem at the home opener" is no scene).
     */
    static int venuesOfHarm(String text) {
        return HarmSite.mentionsHarm(text) ? LeadKinds.venues().of(text) : 0;
    }

    /**
     * What a sentence tells of the article's own event: all of it but the words after a turn to another event ("...,
     * an hour after another launch capsized on the Meghna"), or, when it opens on the other event, those after the
     * turn's clause ("Hours after five shoppers were stabbed in Penrith, a family was killed in a head-on smash").
     */
    static String ownPart(String sentence) {
        WordStartPattern.Finder turn = ANOTHER_EVENT.matcher(sentence);
        if (!turn.find()) {
            return sentence;
        }
        if (opens(sentence, turn)) {
            int comma = sentence.indexOf(',', turn.end());
            return comma < 0 ? "" : sentence.substring(comma + 1);
        }
        return sentence.substring(0, turn.start());
    }

    /**
     * Where the main clause of a sentence that opens on a turn to another time or event begins ("About six hours
     * after the attack on El Naranjal, two soldiers were killed in El Naranjo": after the comma), or 0.
     */
    static int afterOpeningTurn(String sentence) {
        WordStartPattern.Finder turn = ANOTHER_EVENT.matcher(sentence);
        return turn.find() && opens(sentence, turn) ? sentence.indexOf(',', turn.end()) + 1 : 0;
    }

    private static boolean opens(String sentence, MatchResult turn) {
        return NameFold.words(sentence.substring(0, turn.start())).size() < OPENING_WORDS;
    }

    /**
     * A place's keys: those of its words, and, for a name of several words, that of the words written together, since
     * the one spelling rule takes {@code Willow Bend} and {@code Willowbend} for one name. A noun of places in general
     * is left out when the name has other words ({@link NameLexicon#isPlaceNoun}): {@code Carcar City} and
     * {@code Cebu City} share no town, nor {@code Barangay Lindogon} and {@code Barangay Tuyom}. Words of one letter
     * are left out, as the grouping's name keys leave them out, and so is an article the name opens with
     * ({@link #ARTICLES}): {@code El Naranjo} and {@code El Naranjal} are two villages.
     */
    private List<String> keys(String place) {
        List<String> all = NameFold.words(place).stream().filter(word -> word.length() > 1).toList();
        List<String> named = all.stream().filter(word -> !NameLexicon.isPlaceNoun(word)).toList();
        List<String> words = named.isEmpty() ? all : named;
        List<String> keys = new ArrayList<>(words.stream().skip(words.size() > 1 && ARTICLES.contains(words.get(0))
                        ? 1 : 0).map(spelling::key).filter(k -> !k.isEmpty()).toList());
        // the key writes dj as Serbian đ (d); French copy writes English j so (Idjwi, Ijwi): file it both ways
        words.stream().filter(word -> word.contains("dj")).map(word -> spelling.key(word.replace("dj", "j")))
                .filter(k -> !k.isEmpty() && !keys.contains(k)).forEach(keys::add);
        if (words.size() > 1) {
            keys.add(spelling.key(String.join("", words)));
        }
        return keys;
    }

    /**
     * Whether a sentence's streets may be where the harm happened: it tells of the harm, of gunfire or of police sent
     * to it ("were dispatched to the 1400 block of Larkspur Ave.").
     */
    private static boolean tellsOfTheScene(String sentence) {
        return HarmSite.mentionsHarm(sentence) || SCENE_WORDS.matcher(sentence).find();
    }

    /**
     * Whether a street is named after words of an arrest or of where someone lives ("were arrested at Dean's address
     * in the 6000 block of Verbena Drive"), not of the scene ("shot outside a Canal Street tavern ..., and police have
     * arrested a man").
     */
    private static boolean afterNotTheScene(String sentence, int at) {
        Matcher notScene = NOT_THE_SCENE.matcher(sentence);
        return notScene.find() && notScene.start() < at;
    }

    /** The keys of the numbered roads a text names, as the lead's streets give them ({@link Streets}). */
    public static List<String> roadKeys(String text) {
        return Streets.roads(text);
    }

    /**
     * Whether a sentence recalls an incident other than the article's own ({@link #RECALLS_ANOTHER}): a place it
     * names is not one the article names as its own event's.
     */
    public static boolean recallsAnotherIncident(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return RECALLS_ANOTHER_WORDS.stream().anyMatch(lower::contains) && RECALLS_ANOTHER.matcher(sentence).find();
    }

    /**
     * Whether the place is named only after words that turn the sentence to another event ({@link #ANOTHER_EVENT}),
     * or in a sentence of the lead after the first that recalls another incident ("Earlier on Wednesday, another gas
     * explosion, in a private house in Dastan, killed two"): the title and the first sentence tell the article's own
     * event, and only a turn within them leaves it.
     */
    static boolean ofAnotherEvent(Mention place, int firstSentence) {
        String text = place.sentence().text();
        return afterAnotherEvent(text, text.indexOf(place.name()))
                || place.sentence().index() > firstSentence && recallsAnotherIncident(text);
    }

    /** Letters in capitals and no figure: a town's dateline, not a date's ("9 / 10 / 2010 @ 1: 19PM"). */
    private static boolean isDatelineTown(String text) {
        return text.chars().noneMatch(c -> Character.isLowerCase(c) || Character.isDigit(c));
    }

    private static boolean afterAnotherEvent(String text, int at) {
        WordStartPattern.Finder turn = ANOTHER_EVENT.matcher(text);
        return turn.find() && at >= turn.end();
    }

    /** A country, continent or US state, or a name that a region word follows ("the Donetsk region"). */
    private static boolean wide(Mention place) {
        return DistinctPlaces.isWide(NameFold.fold(place.name())) || namedRegion(place);
    }

    /** A name with a region word in it or right after it: "Webster County", "the Donetsk region", "Chadiza district". */
    private static boolean namedRegion(Mention place) {
        if (NameFold.words(place.name()).stream().anyMatch(REGION_WORDS::contains)) {
            return true;
        }
        String text = place.sentence().text();
        for (int at = text.indexOf(place.name()); at >= 0; at = text.indexOf(place.name(), at + 1)) {
            String after = text.substring(at + place.name().length()).stripLeading();
            String next = after.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
            if (REGION_WORDS.contains(next)) {
                return true;
            }
        }
        return false;
    }
}
