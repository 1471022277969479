package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyWords;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.claim.mention.UsStates;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.spelling.Closeness;
import news.crosscheck.spelling.DistinctPlaces;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.SpellingRule;
import news.crosscheck.spelling.WordStartPattern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the casualty figures that are about another event than the article's own (a background paragraph about an
 * earlier attack, a running total since the war began), by filling {@link CasualtyClaim#otherEvent()} with the
 * reasons, joined by {@code "; "}:
 * <ul>
 *   <li>a time anchor pointing away from the publication date (see {@link TimeAnchors}): a date more than a week
 *       back ({@code Oct. 10, 2002}), a month other than the publication month or the day before's, a year other
 *       than the publication year, {@code last year},
 *       {@code earlier this week}, {@code two years ago}, {@code a similar attack}, {@code previous},
 *       {@code since the war began}, {@code so far this year}, {@code since 2022}; a follow-up's incident day and
 *       month ({@link IncidentDay}) are its own time;</li>
 *   <li>a place outside the lead where the counted harm happened ({@code a strike on Kelvar}, {@code shelling of
 *       central Kelvar}, see {@link HarmSite}), provided the lead names places and the sentence names none of
 *       them. A place where victims were taken ({@code taken to hospitals in Luhansk and Severodonetsk}) or of
 *       who said it ({@code officials in Kyiv said}) does not mark the figure, nor does any place in a sentence
 *       that also names a lead place: the sentence is then tied to the article's own event;</li>
 *   <li>harm put in a kind of place that never holds one incident with those the title and first sentence put
 *       the article's harm in ({@link LeadKinds#venues}: {@code gunmen fired into a backyard party} in a story of a
 *       shooting at a gas station);</li>
 *   <li>harm a distance away from the story's own place ({@code some 60 km to the west}, {@code 30 miles away}), in
 *       a sentence outside the lead that names no town of the lead but as the point a direction is told from
 *       ({@code a town east of Mosul});</li>
 *   <li>a sentence outside the lead that points back ({@code there}, {@code that toll}) at a sentence marked so,
 *       or that names no time and no town of the lead after one marked so in its paragraph (a background
 *       paragraph's second sentence), or that follows within two sentences one opening on another incident
 *       ({@code Separately,}, {@code In a separate incident,}) with no town of the lead in between (a country or
 *       state the lead names does not count);</li>
 *   <li>a figure after the words that say the article's event came after another ({@code came a week after a drone
 *       strike on the port killed four}, {@code hours after a missile hit}), or after a distance that puts what an
 *       incident came after or beside elsewhere ({@code The fire came as crews were still at a factory 70 km to the
 *       southwest, where nine died}), or after the anniversary of an event ({@code a day before the anniversary of
 *       the Galloway Park shooting, where four people were killed}), and a sentence that points back at such a
 *       distance ({@code That fire had killed 13});</li>
 *   <li>after the first sentence, in the lead or not, harm in a US state other than the one the title, the first
 *       sentence or the dateline place the story in ({@code TALACONEE, Tenn.} ... {@code killed at least six people
 *       in northeast Arkansas});</li>
 *   <li>any figure of a remembrance, whose title or first sentence counts years since an event ({@code Ten years
 *       after Fountain Square}, {@code the anniversary of}): its own event is the remembrance, which has no toll;</li>
 *   <li>any figure of an article whose title names an incident by an earlier year before any figure of its own
 *       ({@code Owner jailed over 2022 fire that killed 13}): a verdict, a trial, an inquest of that incident;</li>
 *   <li>any figure of a round-up, which tells three or more incidents each under a heading of its day and place
 *       ({@code Friday night, Garnet St.:}, {@code SATURDAY, 4:17 P.M. — CARVER AVENUE}): its figures are each
 *       another incident's, and its lead's total is several incidents'.</li>
 * </ul>
 * The lead is the first {@value Sentence#LEAD_SENTENCES} sentences by index (the title and the first two sentences,
 * when sentence 0 is the title). Figures in the lead stay the article's own (but for another state, a lead sentence
 * after the second that opens on another time, and a remembrance), and so do figures in sentences without such
 * markers ("Yesterday's blast killed 12"). Place names match when they are equal after folding case
 * and accents, when one contains the other as whole words ({@code Luhansk}, {@code Luhansk region}), or when
 * they are the same name by the job's one spelling rule ({@link SpellingRule}: transliterations such as
 * {@code Lisichansk}/{@code Lysychansk}, {@code Vuhledar}/{@code Ugledar}). The claims come
 * back in the same order; the input is not changed.
 */
public final class OtherEventDetector {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A town's name in capitals at the start of a sentence, as a dateline writes it: {@code WARREN}, {@code LA PAZ}. */
    static final String TOWN_IN_CAPITALS = "\\s*(\\p{Lu}{2,}(?:[ .'\u2019-]+\\p{Lu}{2,})*)";
    /** A dateline's town in capitals, before a comma, a parenthesis or a dash: {@code WARREN, Ohio}, {@code KINDIA}. */
    private static final Pattern DATELINE_TOWN = Pattern.compile(TOWN_IN_CAPITALS
            + "(?=,|\\s*\\(|\\s*[\u2014\u2013-])");
    /**
     * Years counted since an event ("Ten years after Fountain Square", "to mark 10 years since the RiverFest
     * shooting", "the anniversary of"): in a title or first sentence without a figure, the article tells of a
     * remembrance, and every toll in it, of the old event or of a recent one it recalls, belongs to another event.
     */
    private static final WordStartPattern REMEMBRANCE =
            WordStartPattern.compile("(?i)\\b(?:(?:\\d+|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty)\\s+years?\\s+"
            + "(?:since|after)|anniversary)\\b");

    /**
     * A heading of one incident of a round-up: its day (and hour), or the hour of a police log, then where, then a
     * colon or a dash, or the end of the line ("Friday night, Garnet St.: A gunman opened fire...", "SATURDAY, 4:17
     * P.M. — CARVER AVENUE", "2348 HRS — 1400 BLK ORCHARD ST."); a place, not a figure ("Tuesday evening: 12 dead").
     */
    private static final Pattern ROUND_UP_HEADING = Pattern.compile("^(?i:(?:(?:early |late )?(?:monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?(?:,? \\d{1,2}"
            + "(?::\\d{2})? ?[ap]\\.?m\\.?)?|\\d{1,2}:?\\d{2} ?(?:hrs|hours)\\.?))\\s*[,:\u2014\u2013-]\\s*"
            + "((?:\\p{Lu}|\\d+ (?i:blk|block) )[^:\u2014\u2013!?]{1,60}?)\\s*(?::|[\u2014\u2013]|$)");
    /** Incident headings that make an article a round-up of several incidents. */
    private static final int ROUND_UP_HEADINGS = 3;

    private static final WordStartPattern NAMED_INCIDENT =
            WordStartPattern.compile("\\b(?:the|a|an) ((?:[A-Z][\\p{L}'.-]+ ){1,3})"
            + "(?:shooting|shootings|massacre|attack|bombing|rampage|killings|stabbing|stabbings|explosion|blast|"
            + "fire|crash|strike)\\b");
    /**
     * "Also on Wednesday, a wall collapsed in another medina, some 60 km to the west, injuring two": harm a distance
     * away from the story's own place, not from a place named ("60 km west of Bishkek" places the story itself).
     */
    private static final Pattern AWAY = Pattern.compile("(?i)\\b(?:\\d[\\d,.]*|a few|two|three|four|five|six|seven|"
            + "eight|nine|ten|twenty|thirty|forty|fifty)\\s*(?:km|kilometres|kilometers|miles)"
            // a converted distance in brackets: "25 kilometers (15 miles) to the west"
            + "(?: \\([^)]{1,30}\\))?"
            + "(?: (?:to the )?(?:north|south|east|west|northeast|northwest|southeast|southwest)| away)\\b"
            + "(?!\\s+(?:of|from)\\b)");
    /** The words before a place that make it only the point a direction or distance is told from: "east of Mosul". */
    private static final Pattern REFERENCE_POINT = Pattern.compile("(?i)\\b(?:(?:north|south|east|west)(?:-?(?:east|"
            + "west))?|km|kilometres|kilometers|miles) (?:of|from) (?:the )?$");
    /** Capitalised words before an incident noun that name its time, not its place: "the Friday shooting". */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            + "Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Christmas|Eve|Easter)\\b");

    /**
     * "No one was injured there", "That toll rose to 11 overnight", "In that incident, three were shot dead", "Of
     * those, 312 died in December": a sentence that points back at the place, the incident or the toll of the
     * sentence before it (not the "there" of "there were no deaths").
     */
    private static final Pattern REFERS_BACK = Pattern.compile("(?i)\\bthere\\b(?!\\s+(?:is|are|was|were|be|been|being|"
            + "has|have|had|will|would|may|might|could|should|must|seems?|appears?|remains?)\\b)|\\bthat (?:toll|"
            + "figure|number|count|attack|strike|raid|blast|explosion|shooting|fire|crash|incident|accident|collision"
            + "|bombing|collapse)\\b|^(?:of|among) (?:those|them|these)\\b");
    /**
     * "The attack came a week after a drone strike on the port killed four people", "hours after a missile hit the
     * town", "came two days after twin suicide bombings at the market killed 23", "It was the second deadly crash on
     * the road this year, after a cement truck lost its brakes there in January, killing three", "came about 25 minutes
     * after, and 20 miles north of, a pileup on Interstate 10 in which two died": the figures after it
     * are of the earlier event the article's own is said to follow ("hours after the blast" may be the article's own).
     */
    private static final WordStartPattern FOLLOWS = WordStartPattern.compile("(?i)\\b(?:(?:came|comes|followed|follows)"
            + "(?:\\s+[\\w-]+){0,4}?\\s+after|(?:second|third|fourth|fifth)\\s[^.;,]{0,80},\\s+after"
            + "|(?:hours|days|weeks|months|years|(?:a|one|two|three|four|five|six"
            + "|several|a few) (?:hours?|days?|weeks?|months?|years?))\\s+(?:after|before))"
            // "came about 25 minutes after, and about 20 miles north of, a pileup": an aside between the two
            + "(?:,[^,.;]{1,60},)?\\s+(?:a|an|another|twin"
            + "|two|three|several|multiple|(?:attacks|bombings|strikes|shootings|blasts|explosions|raids|clashes)\\b)"
            + "\\b");

    /**
     * "Man dies after West Street stabbing; 2 hurt in separate attack on London Road", "two others were wounded in an
     * unrelated shooting": a figure its own clause gives to a separate incident, within {@value #SEPARATE_REACH}
     * characters after it.
     */
    private static final Pattern SEPARATE = Pattern.compile("(?i)\\bin (?:a |an )?(?:separate|unrelated) "
            + "(?:[\\w-]+ ){0,2}?(?:incident|attack|accident|shooting|stabbing|crash|collision|fire|blast|explosion"
            + "|assault)\\b");
    private static final int SEPARATE_REACH = 40;

    /**
     * "The shooting came a day before the one-year anniversary of the Galloway Park shooting, where four people were
     * killed": the figures after it are of the event remembered.
     */
    private static final WordStartPattern ANNIVERSARY = WordStartPattern.compile("(?i)\\banniversar(?:y|ies) of\\b");

    /**
     * "The attack in Irapuato came on the same night that gunmen ambushed a police convoy in neighbouring Michoacan, in
     * an attack that has killed 12": the figures after it are of another event the article's own came beside.
     */
    /**
     * "The crash happened about 50 kilometres east of the spot where, less than two hours earlier, a coach hit a
     * lorry": harm told at a distance from where the article's own happened is another incident's.
     */
    private static final WordStartPattern DISTANCE_FROM_WHERE = WordStartPattern.compile("(?i)\\b(?:\\d[\\d,.]*|a few"
            + "|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (?:km|kilometres|kilometers"
            + "|miles|metres|meters|yards) (?:(?:to the )?(?:north|south|east|west|northeast|northwest|southeast"
            + "|southwest) )?(?:of|from) (?:the (?:spot|site|place|scene|point) )?where\\b");
    /**
     * "Police said the Tambuli fight has NOTHING to do with Tuesday's deadly dawn raid on Tumbuli village, where 7
     * people were killed": an incident said to be unrelated to the article's own; the figures after it are its own.
     */
    private static final WordStartPattern UNRELATED = WordStartPattern.compile("(?i)\\b(?:nothing to do with"
            + "|unrelated to|not (?:connected|linked|related) (?:to|with)|no (?:link|connection) (?:to|with)"
            + "|separate from)\\s+(?:[\\w'\u2019-]+\\s+){0,4}?(?:" + CasualtyWords.INCIDENT_ALTERNATIVES + ")\\b");
    private static final WordStartPattern SAME_TIME =
            WordStartPattern.compile("(?i)\\b(?:came|comes|happened|occurred)\\s+(?:on\\s+)?"
            + "the same (?:day|night|morning|afternoon|evening|weekend)\\s+(?:that|as|when)\\b");

    /**
     * "The Phuong Mai fire came about three hours after flames engulfed a karaoke bar ... about two kilometres away",
     * "The Gwangju fire came as firefighters were still at the battery factory in Pyeongtaek, about 70 kilometres to
     * the southwest, where nine died": an incident said to come after or beside what follows, which a distance puts
     * elsewhere ({@link #AWAY}), is two incidents; the figures after the distance, and a sentence after it that points
     * back ("That fire had killed 13"), are the other's. Without the distance the words after may be the incident's own
     * story ("The crash came after the driver lost control, killing three").
     */
    private static final WordStartPattern INCIDENT_CAME = WordStartPattern.compile("(?i)\\b(?:"
            + CasualtyWords.INCIDENT_ALTERNATIVES + ")\\s+(?:came|comes)\\b(?:\\s+[\\w-]+){0,5}?\\s+"
            + "(?:after|as|when|while|amid)\\b");

    /**
     * Words that open a sentence on another incident than the article's: "Separately,", "In a separate incident,", "In
     * a separate accident in the state on Monday evening,", "In a separate cloudburst on Tuesday in Kundhar,".
     */
    private static final Pattern TURN = Pattern.compile("(?i)(?:separately|elsewhere|in other news|(?:in (?:a|an) "
            + "(?:separate|unrelated|another) (?:incident|development|" + CasualtyWords.INCIDENT_ALTERNATIVES
            + ")|in another (?:incident|attack|accident))[^,.;]{0,60})\\s*,");
    /** How many sentences after such an opening go on with its incident. */
    private static final int TURN_REACH = 2;

    /** Kinds of harm an attack is told in ({@code harm-kinds.txt}): its story mixes them with others. */
    private static final Set<String> ATTACKS = Set.of("shooting", "stabbing", "explosion", "military", "fire");

    private final SpellingRule spelling = new SpellingRule();

    public List<CasualtyClaim> classify(List<CasualtyClaim> claims, List<Sentence> sentences, List<Mention> places,
                                        LocalDate published) {
        Article article = new Article(sentences, places, published, claims);
        Optional<String> remembrance = remembrance(sentences, claims)
                .or(() -> aboutAnEarlierIncident(sentences, claims, published)).or(() -> roundUp(sentences));
        List<CasualtyClaim> classified = new ArrayList<>(claims.size());
        for (CasualtyClaim claim : claims) {
            String reasons = remembrance.orElseGet(() -> String.join("; ", article.reasons(claim.sentence())));
            if (reasons.isEmpty() && !claim.implied()) {
                String text = claim.sentence().text();
                reasons = separate(text, text.indexOf(claim.value()))
                        .or(() -> claim.sentence().index() > 0 ? follows(text, claim.value()) : Optional.empty())
                        .orElse("");
            }
            classified.add(claim.withOtherEvent(reasons));
        }
        return repeatedFigures(classified);
    }

    /**
     * Why the article is a remembrance ({@link #REMEMBRANCE}), if it is: its title or first sentence counts years
     * since an event and gives no figure itself ("Two years after the Pulse shooting, a gunman killed three" is news).
     */
    private static Optional<String> remembrance(List<Sentence> sentences, List<CasualtyClaim> claims) {
        for (Sentence sentence : sentences) {
            if (sentence.index() >= 2) {
                continue;
            }
            WordStartPattern.Finder years = REMEMBRANCE.matcher(sentence.text());
            if (years.find() && claims.stream().noneMatch(c -> !c.implied()
                    && c.sentence().index() == sentence.index())) {
                return Optional.of("remembrance '" + years.group() + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * Why the article tells of an incident of an earlier year, if it does: its title names the incident by its year
     * and gives no figure before it ("Karaoke owner jailed for nine years over 2022 Hai Phong fire that killed 13",
     * "Trial opens in 2019 shooting"), so its figures, the title's among them, are that incident's. A title that gives
     * its own toll first ("Gunman kills 3 in first shooting since 2022 massacre") is news.
     */
    private static Optional<String> aboutAnEarlierIncident(List<Sentence> sentences, List<CasualtyClaim> claims,
                                                           LocalDate published) {
        return sentences.stream().filter(s -> s.index() == 0).findFirst()
                .flatMap(title -> TimeAnchors.earlierIncidentNamed(title.text(), published)
                        .filter(named -> claims.stream().noneMatch(c -> !c.implied() && c.sentence().index() == 0
                                && title.text().indexOf(c.value()) < named.start()))
                        .map(named -> "an earlier incident '" + named.group() + "'"));
    }

    /**
     * Why the article is a round-up, if it is: it tells {@value #ROUND_UP_HEADINGS} or more incidents each under a
     * heading of its day and place ({@link #ROUND_UP_HEADING}), so each figure in it, the total of its lead as much as
     * one incident's, counts another incident than the one any other report tells.
     */
    private static Optional<String> roundUp(List<Sentence> sentences) {
        List<String> places = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Matcher heading = ROUND_UP_HEADING.matcher(sentence.text());
            if (heading.find()) {
                places.add(heading.group(1).strip());
            }
        }
        return places.size() < ROUND_UP_HEADINGS ? Optional.empty() : Optional.of("a round-up of "
                + places.size() + " incidents ('" + places.get(0) + "', '" + places.get(1) + "', ...)");
    }

    /**
     * "At least 312 people were killed in 187 accidents between January and October. Of the 312 dead, 74 were
     * children.": a whole figure that writes again, in digits, a figure of the body sentence before it is that figure,
     * with its mark of another event and its scope (an aggregate, an earlier figure...). A headline's figure is the
     * lead's to read, and one person described ("the child") is no figure written again.
     */
    private static List<CasualtyClaim> repeatedFigures(List<CasualtyClaim> claims) {
        List<CasualtyClaim> read = new ArrayList<>(claims.size());
        for (CasualtyClaim claim : claims) {
            read.add(repeatedFrom(claim, claims)
                    .map(first -> claim.withOtherEvent(first.otherEvent()).withScope(first.scope(), first.scopeReason()))
                    .orElse(claim));
        }
        return read;
    }

    /** The marked or scoped figure of the body sentence before that {@code claim} writes again, if any. */
    private static Optional<CasualtyClaim> repeatedFrom(CasualtyClaim claim, List<CasualtyClaim> claims) {
        int before = claim.sentence().index() - 1;
        if (before < 1 || !repeatable(claim) || !claim.otherEvent().isEmpty() || claim.scope() != Scope.WHOLE) {
            return Optional.empty();
        }
        return claims.stream().filter(c -> c.sentence().index() == before && repeatable(c) && c.kind() == claim.kind()
                        && c.count().low() == claim.count().low()
                        && (!c.otherEvent().isEmpty() || c.scope() != Scope.WHOLE))
                .findFirst();
    }

    private static boolean repeatable(CasualtyClaim claim) {
        return !claim.implied() && claim.count().low() > 1 && claim.value().chars().anyMatch(Character::isDigit);
    }

    /**
     * The words that tell that a figure, written after them, is of an event the article's own came after or beside.
     */
    private static Optional<String> follows(String text, String value) {
        return follows(text, text.indexOf(value));
    }

    /** Why the figure written at {@code figure}, headline or not, is a separate incident's ({@link #SEPARATE}). */
    private static Optional<String> separate(String text, int figure) {
        if (figure < 0) {
            return Optional.empty();
        }
        Matcher separate = SEPARATE.matcher(text).region(figure, Math.min(text.length(), figure + SEPARATE_REACH));
        return separate.find() && text.substring(figure, separate.start()).chars().noneMatch(c -> c == '.' || c == ';')
                ? Optional.of("another incident '" + separate.group() + "'") : Optional.empty();
    }

    /** As {@link #follows(String, String)}, for a figure written at {@code figure}. */
    private static Optional<String> follows(String text, int figure) {
        WordStartPattern.Finder follows = FOLLOWS.matcher(text);
        if (follows.find() && figure >= follows.end()) {
            return Optional.of("an earlier event '" + follows.group() + "'");
        }
        WordStartPattern.Finder anniversary = ANNIVERSARY.matcher(text);
        if (anniversary.find() && figure >= anniversary.end()) {
            return Optional.of("an earlier event '" + anniversary.group() + "'");
        }
        WordStartPattern.Finder beside = SAME_TIME.matcher(text);
        if (beside.find() && figure >= beside.end()) {
            return Optional.of("another event '" + beside.group() + "'");
        }
        WordStartPattern.Finder unrelated = UNRELATED.matcher(text);
        if (unrelated.find() && figure >= unrelated.end()) {
            return Optional.of("another incident '" + unrelated.group() + "'");
        }
        WordStartPattern.Finder away = DISTANCE_FROM_WHERE.matcher(text);
        if (away.find() && figure >= away.end() && HarmSite.mentionsHarm(text.substring(away.end()))) {
            return Optional.of("another incident '" + away.group() + "'");
        }
        return elsewhereBeside(text, figure);
    }

    /**
     * Why the words of {@code text} from {@code at} on tell of another incident than the one the sentence opens on
     * ({@link #INCIDENT_CAME}, then a distance before {@code at}), if they do.
     */
    private static Optional<String> elsewhereBeside(String text, int at) {
        WordStartPattern.Finder came = INCIDENT_CAME.matcher(text);
        if (!came.find()) {
            return Optional.empty();
        }
        Matcher away = AWAY.matcher(text);
        return away.find(came.end()) && away.end() <= at
                ? Optional.of("another incident '" + came.group() + "' '" + away.group() + "'") : Optional.empty();
    }

    /**
     * The sentences that tell of the article's own event, by the same marks as its figures: those about another
     * time, incident or place left out ("the gunman in the Oregon shooting ... before turning the gun on himself").
     */
    public List<Sentence> ownEvent(List<Sentence> sentences, List<Mention> places, LocalDate published,
                                   List<CasualtyClaim> claims) {
        Article article = new Article(sentences, places, published, claims);
        return sentences.stream().filter(s -> article.reasons(s).isEmpty()).toList();
    }

    /** What the marks of one article's sentences are read against: its lead, its places, its days. */
    private final class Article {

        private final Set<Integer> lead;
        private final Map<Integer, Sentence> byIndex = new HashMap<>();
        private final List<String> leadPlaces;
        /** Whether the lead places its event in a street: then harm in another street is elsewhere. */
        private final boolean leadNamesAStreet;
        /** Whether the lead names a place narrower than a country, a continent or a US state. */
        private final boolean leadNamesATown;
        /** The US states the title and first sentence place the story in, by name or by the dateline. */
        private final Set<String> storyStates = new HashSet<>();
        private final List<String> leadWords;
        private final List<Mention> places;
        private final LocalDate published;
        private final Optional<LocalDate> eventDay;
        private final Optional<LocalDate> incident;
        /** The kinds of place the title and first sentence put the article's own harm in. */
        private final int leadVenues;
        /** The kinds of harm the title and first sentence tell. */
        private final int leadHarms;

        Article(List<Sentence> sentences, List<Mention> places, LocalDate published, List<CasualtyClaim> claims) {
            this.lead = leadIndices(sentences);
            sentences.forEach(s -> byIndex.putIfAbsent(s.index(), s));
            this.places = places.stream().filter(p -> p.kind() == MentionKind.PLACE).toList();
            this.places.stream().filter(p -> p.sentence().index() < 2)
                    .forEach(p -> UsStates.named(p.name()).ifPresent(storyStates::add));
            sentences.stream().filter(s -> s.index() < 2)
                    .forEach(s -> UsStates.ofDateline(s.text()).ifPresent(storyStates::add));
            // a place the lead gives to another incident ("hours after the blast in Kelvar, gas exploded in Tarrow")
            // is not the lead's own, unless the lead also names it as its own
            List<Mention> inLead = this.places.stream().filter(p -> lead.contains(p.sentence().index())).toList();
            Set<String> own = inLead.stream().filter(p -> !LeadPlaces.ofAnotherEvent(p, LeadPlaces.FIRST_SENTENCE))
                    .map(p -> NameFold.fold(p.name())).collect(Collectors.toSet());
            List<String> leadPlaces = new ArrayList<>(inLead.stream().map(p -> NameFold.fold(p.name()))
                    .filter(p -> own.isEmpty() || own.contains(p)).toList());
            sentences.stream().filter(s -> lead.contains(s.index())).map(OtherEventDetector::datelineTownNamedAgain)
                    .flatMap(Optional::stream).filter(town -> !leadPlaces.contains(town)).forEach(leadPlaces::add);
            this.leadPlaces = List.copyOf(leadPlaces);
            this.leadNamesAStreet = this.places.stream()
                    .anyMatch(p -> lead.contains(p.sentence().index()) && Streets.isStreet(p.name()));
            this.leadNamesATown = this.leadPlaces.stream().anyMatch(p -> !DistinctPlaces.isWide(p));
            this.published = published;
            this.eventDay = eventDay(sentences, published);
            this.incident = IncidentDay.of(sentences, published, s -> claims.stream()
                    .anyMatch(c -> !c.implied() && c.sentence().index() == s.index()));
            this.leadHarms = sentences.stream().filter(s -> s.index() < 2)
                    .mapToInt(s -> LeadKinds.harm().of(LeadPlaces.ownPart(s.text()))).reduce(0, (a, b) -> a | b);
            this.leadVenues = sentences.stream().filter(s -> s.index() < 2)
                    .mapToInt(s -> LeadPlaces.venuesOfHarm(LeadPlaces.ownPart(s.text()))).reduce(0, (a, b) -> a | b);
            // folded word by word, so the fold's cache holds words that recur, not whole sentences
            this.leadWords = sentences.stream().filter(s -> lead.contains(s.index()))
                    .flatMap(s -> Arrays.stream(WHITESPACE.split(s.text()))).map(NameFold::fold)
                    .flatMap(w -> Arrays.stream(w.split(" "))).filter(w -> !w.isEmpty()).distinct().toList();
        }

        /**
         * "TALACONEE, Tenn. - A tornado killed two people ... The storm system that spawned it killed at least six
         * people in northeast Arkansas": after the first sentence, in the lead or not, harm in a US state other than
         * the one the title and first sentence place the story in is another event's.
         */
        private Optional<String> otherState(Sentence sentence) {
            if (sentence.index() < 2 || storyStates.isEmpty()) {
                return Optional.empty();
            }
            return places.stream().filter(p -> p.sentence().index() == sentence.index())
                    .filter(p -> UsStates.named(p.name()).filter(state -> !storyStates.contains(state)).isPresent())
                    .filter(p -> HarmSite.isWhereHarmHappened(sentence.text(), p.name()))
                    .findFirst().map(p -> "state '" + p.name() + "' not the story's");
        }

        /** Why the sentence is about another event than the article's, in the order found; empty if it is not. */
        Set<String> reasons(Sentence sentence) {
            if (lead.contains(sentence.index())) {
                Set<String> reasons = new LinkedHashSet<>(backgroundInLead(sentence, published, incident));
                otherState(sentence).ifPresent(reasons::add);
                return reasons;
            }
            Set<String> reasons = new LinkedHashSet<>(TimeAnchors.awayFrom(sentence.text(), published, incident));
            otherState(sentence).ifPresent(reasons::add);
            namedIncident(sentence.text(), leadWords).ifPresent(reasons::add);
            eventDay.flatMap(day -> TimeAnchors.earlierDay(sentence.text(), day, published)).ifPresent(reasons::add);
            List<Mention> sentencePlaces = places.stream().filter(p -> p.sentence().index() == sentence.index())
                    .toList();
            // a lead place that only times the sentence by the lead's event ("About six hours after the attack on
            // El Naranjal, two soldiers were killed in El Naranjo") does not tie what its main clause tells to it
            int main = LeadPlaces.afterOpeningTurn(sentence.text());
            List<Mention> mainPlaces = main == 0 ? sentencePlaces : sentencePlaces.stream()
                    .filter(p -> namedFrom(sentence.text(), p.name(), main)).toList();
            // the lead's country beside another town does not tie the sentence to a lead that names its town ("a
            // train crashed in Sohag province, killing 12, according to Egypt's health ministry" in a story of a crash
            // in Assiut); to a lead that names only the country, it does ("Indonesia's Aceh province")
            List<Mention> towns = mainPlaces.stream().filter(OtherEventDetector::isTown).toList();
            List<Mention> tying = towns.isEmpty() || !leadNamesATown ? mainPlaces : towns;
            if (!leadPlaces.isEmpty() && tying.stream().noneMatch(p -> inLead(p.name(), leadPlaces))) {
                for (Mention place : tying) {
                    // a street inside the lead's town ("eight killed in the attack on a tavern in Mgwali Street")
                    // is no other place unless the lead gives a street of its own
                    if ((leadNamesAStreet || !Streets.isStreet(place.name()))
                            && HarmSite.isWhereHarmHappened(sentence.text(), place.name())) {
                        reasons.add("place '" + place.name() + "' not in the lead");
                    }
                }
            }
            otherVenue(sentence).ifPresent(reasons::add);
            otherHarm(sentence).ifPresent(reasons::add);
            Matcher away = AWAY.matcher(sentence.text());
            if (away.find() && HarmSite.mentionsHarm(sentence.text()) && sentencePlaces.stream()
                    .filter(p -> !onlyReferencePoint(sentence.text(), p.name())).noneMatch(this::namesTheLeadsTown)) {
                reasons.add("harm '" + away.group() + "'");
            }
            Sentence before = byIndex.get(sentence.index() - 1);
            if (reasons.isEmpty() && before != null && REFERS_BACK.matcher(sentence.text()).find()) {
                // "The blast came three hours after one at a workshop in Pace killed 4. Police there said 6 were hurt
                // in that explosion": the sentence before ends on the earlier event it names
                reasons(before).stream().findFirst()
                        .or(() -> follows(before.text(), before.text().length()))
                        .ifPresent(reason -> reasons.add("refers back to " + reason));
            }
            if (reasons.isEmpty() && continuesParagraph(sentence, before, sentencePlaces)) {
                // a day earlier than the incident's is often the incident's own story told from its start
                reasons(before).stream().findFirst().filter(reason -> !reason.contains(TimeAnchors.EARLIER_DAY))
                        .ifPresent(reason -> reasons.add("same paragraph as " + reason));
            }
            if (reasons.isEmpty() && sentencePlaces.stream().noneMatch(this::namesTheLeadsTown)) {
                turnedAwayBefore(sentence.index()).ifPresent(turn -> reasons.add("after '" + turn + "'"));
            }
            return reasons;
        }

        /**
         * "The last major fighting, in September 2022, was the worst since independence. Kyrgyz authorities said 59
         * were killed": a sentence outside the lead that names no time and no town of the lead tells of what the
         * sentence before it in its paragraph told of.
         */
        private boolean continuesParagraph(Sentence sentence, Sentence before, List<Mention> sentencePlaces) {
            return before != null && before.paragraph() == sentence.paragraph() && !lead.contains(before.index())
                    && !TimeAnchors.namesATime(sentence.text())
                    && sentencePlaces.stream().noneMatch(this::namesTheLeadsTown);
        }

        /**
         * "A man shot dead at a gas station ... Hours earlier, gunmen fired into a backyard party, killing two": harm
         * put in a kind of place that never holds one incident with those of the lead ({@link LeadKinds#venues}).
         */
        private Optional<String> otherVenue(Sentence sentence) {
            int venues = LeadPlaces.venuesOfHarm(sentence.text());
            return LeadKinds.venues().apart(leadVenues, venues)
                    ? Optional.of("place of kind '" + String.join(", ", LeadKinds.venues().names(venues))
                    + "' not the lead's")
                    : Optional.empty();
        }

        /**
         * "A landslide buried homes in Nyamuhinga ... Hours later, a passenger boat capsized off the island, with at
         * least nine people confirmed dead": harm of a kind that never makes one incident with the lead's
         * ({@link LeadKinds#harm}), where neither tells of an attack (whose story may tell of gunfire, a fire it set
         * and a crash as it fled: kinds apart in two leads, not in one story's sentences).
         */
        private Optional<String> otherHarm(Sentence sentence) {
            int harms = LeadKinds.harm().of(sentence.text());
            if (!LeadKinds.harm().apart(leadHarms, harms)
                    || LeadKinds.harm().names(leadHarms | harms).stream().anyMatch(ATTACKS::contains)) {
                return Optional.empty();
            }
            return Optional.of("harm of kind '" + String.join(", ", LeadKinds.harm().names(harms)) + "' not the lead's");
        }

        /**
         * "Separately, rescuers on Sulawesi were searching for miners buried by a landslide. Two bodies had been
         * recovered and 29 people were missing": the sentences right after one that opens on another incident
         * ({@link #TURN}) go on with it until one names a place of the lead; the opening words, if so.
         */
        private Optional<String> turnedAwayBefore(int index) {
            for (int back = 1; back <= TURN_REACH; back++) {
                Sentence before = byIndex.get(index - back);
                if (before == null || lead.contains(before.index())) {
                    return Optional.empty();
                }
                Matcher turn = TURN.matcher(before.text());
                if (turn.lookingAt()) {
                    return Optional.of(turn.group().strip());
                }
                if (places.stream().anyMatch(p -> p.sentence().index() == before.index() && namesTheLeadsTown(p))) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * Whether a place is one of the lead's and no country, continent or US state: "Separately, ... Kyrgyzstan
         * reported three dead border guards" has turned away from a mudflow in a Tajik village though the lead
         * names Tajikistan too, and so has a sentence that names only Tajikistan.
         */
        private boolean namesTheLeadsTown(Mention place) {
            return isTown(place) && inLead(place.name(), leadPlaces);
        }
    }

    /**
     * Whether every time {@code text} names {@code place} it is only the point a direction or distance is told from
     * ("a town on the plain east of Mosul", "40 km from Mosul"), which puts nothing there.
     */
    private static boolean onlyReferencePoint(String text, String place) {
        Matcher named = asWholeWords(place).matcher(text);
        boolean any = false;
        while (named.find()) {
            if (!REFERENCE_POINT.matcher(text.substring(Math.max(0, named.start() - 40), named.start())).find()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A place narrower than a country, a continent or a US state. */
    private static boolean isTown(Mention place) {
        return !DistinctPlaces.isWide(NameFold.fold(place.name()));
    }

    /** Whether {@code name} is written, as whole words, in {@code text} from {@code from} on. */
    private static boolean namedFrom(String text, String name, int from) {
        return asWholeWords(name).matcher(text).region(from, text.length()).find();
    }

    /** A name as whole words: not inside a longer word or number. */
    private static Pattern asWholeWords(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    /**
     * The lead tells the article's own event, but not every sentence of it: "...killed 12. Last month, a strike on
     * the same district killed 20." A lead sentence after the first one that opens on another time (its words
     * before the first comma) is background. The title and the first sentence always tell the event.
     */
    private static List<String> backgroundInLead(Sentence sentence, LocalDate published, Optional<LocalDate> incident) {
        if (sentence.index() < 2) {
            return List.of();
        }
        String text = sentence.text();
        int comma = text.indexOf(',');
        return comma < 0 ? List.of() : TimeAnchors.awayFrom(text.substring(0, comma), published, incident);
    }

    /**
     * "The gunman in the Oregon shooting wounded nine": an incident named by a place or name the lead never uses is
     * another incident than the article's own.
     */
    private Optional<String> namedIncident(String text, List<String> leadWords) {
        WordStartPattern.Finder incident = NAMED_INCIDENT.matcher(text);
        while (incident.find()) {
            String name = incident.group(1);
            if (!NOT_A_NAME.matcher(name).find() && !inLeadText(NameFold.fold(name), leadWords)) {
                return Optional.of("another incident '" + incident.group().trim() + "'");
            }
        }
        return Optional.empty();
    }

    /** Whether some word of the name is a word of the lead, spelled as the lead spells it or as a variant of it. */
    private boolean inLeadText(String foldedName, List<String> leadWords) {
        for (String word : foldedName.split(" ")) {
            for (String leadWord : leadWords) {
                if (word.equals(leadWord) || word.length() > 3 && spelling.sameName(word, leadWord)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The day the title or first sentence says the event happened, if one does. Without it, a weekday further down
     * proves nothing: the article may have been written days after the event.
     */
    private static Optional<LocalDate> eventDay(List<Sentence> sentences, LocalDate published) {
        return sentences.stream().limit(2).map(s -> TimeAnchors.dayOf(s.text(), published))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * The town of a sentence's dateline, folded, when the sentence names it again after the dateline ("WARREN, Ohio
     * (WKBV) - The man who opened fire outside a Warren bar two years ago ..."): the lead's own place, though the
     * name rules read no place in a dateline in capitals or a town's name before a noun. A dateline alone tells
     * where the story was written, not where its harm happened.
     */
    static Optional<String> datelineTownNamedAgain(Sentence sentence) {
        Matcher dateline = DATELINE_TOWN.matcher(sentence.text());
        if (!dateline.lookingAt()) {
            return Optional.empty();
        }
        String town = NameFold.fold(dateline.group(1));
        return containsWords(NameFold.fold(sentence.text().substring(dateline.end())), town) ? Optional.of(town)
                : Optional.empty();
    }

    private static Set<Integer> leadIndices(List<Sentence> sentences) {
        Set<Integer> lead = new LinkedHashSet<>();
        sentences.stream().map(Sentence::index).distinct().sorted(Comparator.naturalOrder())
                .limit(Sentence.LEAD_SENTENCES).forEach(lead::add);
        return lead;
    }

    /**
     * Whether a place is one the lead names. One writer spells one town one way, so within an article two spellings
     * are one town only when the spelling rule calls them equivalent or they share its key (a transliteration:
     * {@code Vuhledar}/{@code Ugledar}); a spelling of another key is another town ({@code Kempen} in the lead, a
     * pile-up near {@code Kerpen} further down).
     */
    private boolean inLead(String name, List<String> leadPlaces) {
        String folded = NameFold.fold(name);
        for (String leadPlace : leadPlaces) {
            if (folded.equals(leadPlace) || containsWords(folded, leadPlace) || containsWords(leadPlace, folded)
                    || spelling.closeness(folded, leadPlace) == Closeness.EQUIVALENT
                    || spelling.key(folded).equals(spelling.key(leadPlace))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWords(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }
}
