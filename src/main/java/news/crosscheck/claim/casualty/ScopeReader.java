package news.crosscheck.claim.casualty;

import news.crosscheck.claim.mention.Nationality;
import news.crosscheck.claim.text.FigureToken;
import news.crosscheck.spelling.WordList;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what part of the casualties a figure counts ({@link Scope}) from the clause that holds it. The clause runs
 * from the figure back and forward to the nearest punctuation mark or clause-joining word ({@code and}, {@code but},
 * {@code while}...), so "three people were killed and two critically injured" gives the three the whole toll and
 * the two a subset. Within the clause, in this order of precedence:
 * <ul>
 *   <li>{@link Scope#COMBINED}: two measures counted together ({@code dead or missing}, {@code killed or injured});</li>
 *   <li>{@link Scope#HYPOTHETICAL}: a modal or condition ({@code could}, {@code might}, {@code if});</li>
 *   <li>{@link Scope#EARLIER}: the article reports the figure as superseded ({@code previously},
 *       {@code originally}, {@code had put the toll at});</li>
 *   <li>{@link Scope#AGGREGATE}: several incidents ({@code shootings}, {@code separate}) or a place or period
 *       wider than one incident ({@code across the city}, {@code this weekend}, {@code this year});</li>
 *   <li>{@link Scope#SUBSET}: the victims' condition ({@code critical}, {@code seriously}; the reason starts with
 *       {@value #CONDITION}) or a death later than the rest ({@code later died}).</li>
 * </ul>
 * Otherwise the figure is {@link Scope#WHOLE}. The word lists are resource files beside this class.
 */
final class ScopeReader {

    /** A scope and the words that gave it, for {@code claims.csv}. */
    record Reading(Scope scope, String reason) {
        static final Reading WHOLE = new Reading(Scope.WHOLE, "");
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "whereas", "although", "though",
            "when", "after", "before", "because", "since");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "\"", "—", "–", "-", "|");

    /** Words that bind the incidents after them into one event ({@link #partsOfOneEvent}). */
    private static final Set<String> ONE_EVENT = Set.of("twin", "double", "triple", "coordinated", "simultaneous",
            "series", "chain");

    /**
     * Phrases of {@code aggregate-words.txt} that say only when (a weekend): a figure over it is a round-up of the
     * weekend's incidents only when nothing in its clause makes it one incident's ({@link #ofOneIncident}).
     */
    private static final Set<String> WEEKENDS = Set.of("this weekend", "over the weekend", "last weekend");
    /** Nouns of one incident ({@link CasualtyWords#INCIDENTS} in the singular, and the gathering it struck). */
    private static final Set<String> ONE_INCIDENT = Stream.concat(CasualtyWords.INCIDENTS.stream()
                    .filter(noun -> !noun.endsWith("s") || noun.endsWith("ss")),
            Stream.of("incident", "party", "gathering", "fight", "robbery"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Plural nouns of incidents of {@code aggregate-words.txt} that are also a verb's third person ({@link #isVerb}).
     * Not "attacks": a plural noun follows adjectives too often ("Russian attacks", "drone attacks").
     */
    private static final Set<String> VERB_FORMS = Set.of("crashes", "wrecks");
    /** Words before which such a word is the plural noun: determiners, prepositions, kinds of incidents. */
    private static final Set<String> INCIDENTS_BEFORE = Set.of("the", "these", "those", "such", "their", "its", "all",
            "many", "several", "multiple", "other", "separate", "recent", "previous", "fatal", "deadly", "road",
            "traffic", "in", "of", "from", "by", "with", "to", "for", "on", "and", "or");
    /** Verbs after which such a word is their subject, the plural noun: "crashes have killed", "crashes left". */
    private static final Set<String> SUBJECT_OF = Set.of("have", "has", "had", "left", "claimed", "were", "are",
            "caused", "took", "accounted");

    /** Words that make the incident after them one more of the event's ("a second blast", "another slide"). */
    private static final Set<String> ONE_MORE = Set.of("second", "third", "fourth", "fifth", "another");
    /**
     * Plural nouns of places: a figure over two or more of them, or over {@link #SEVERAL} of them, is a total
     * ({@link #severalPlaces}).
     */
    private static final Set<String> PLACES = Set.of("villages", "towns", "cities", "districts", "provinces",
            "regions", "counties", "states", "neighbourhoods", "neighborhoods", "communities", "settlements",
            "camps", "countries");
    /** Plural nouns of incidents that a count before makes a total of theirs ({@link #severalIncidents}). */
    private static final Set<String> INCIDENT_PLURALS = Set.of("attacks", "strikes", "airstrikes", "shootings",
            "bombings", "blasts", "explosions", "raids", "ambushes", "assaults", "stabbings", "massacres", "incidents",
            "events", "clashes", "disasters", "tragedies");
    /**
     * Incidents of any kind, counted ("in five separate disasters"): a total over them is a tally, as one over a class
     * of accidents is; a count of shootings over a weekend is a round-up of a city's crime, read as a report of each.
     */
    private static final Set<String> DISASTERS = Set.of("disasters", "tragedies");
    /** The reason of a total over several disasters starts with this. */
    private static final String SEVERAL_DISASTERS = "several disasters ";
    /** The fewest incidents listed that a figure after them is a total over ({@link #listOfIncidents}). */
    private static final int LISTED_INCIDENTS = 3;
    /** The most words before an item's noun in such a list: "and a bus crash". */
    private static final int ITEM_WORDS = 3;
    /** The most words of one story in a headline's list of stories ("a boat lost at sea"). */
    private static final int STORY_WORDS = 6;
    /** What ends a headline's list of stories: "The week on the Costa: a club collapse, a fire...". */
    private static final Set<String> LIST_BREAKS = Set.of(":", ";", "-", "\u2013", "\u2014");
    /** A week or weekend named in a headline: a round-up's period. */
    private static final Pattern WEEK = Pattern.compile("(?i)\\bweek(?:end)?s?\\b");
    /** The most words between such a list and the figure: "have killed at least". */
    private static final int LIST_TO_FIGURE = 6;
    /** The most words from a figure to a list of incidents after it: "have died in the province since Sunday in". */
    private static final int FIGURE_TO_LIST = 12;
    /** The fewest incidents a figure is a total over ({@link #severalIncidents}). */
    private static final int SEVERAL_INCIDENTS = 3;
    /** Stretches of time over which incidents in the plural are several ("four days of disasters", "a week of"). */
    private static final Set<String> STRETCHES = Set.of("day", "days", "week", "weeks", "weekend", "month",
            "months", "night", "nights");
    /** Words that count places as a number would: "in various districts", "across several villages". */
    private static final Set<String> SEVERAL = Set.of("various", "several", "multiple", "numerous", "different",
            "many");
    /** Months as a sentence writes them, in full or abbreviated ("since Dec. 1", "since Sept. 3"). */
    private static final Set<String> MONTHS = Stream.concat(Stream.of("sept"), Arrays.stream(Month.values())
                    .flatMap(m -> Stream.of(TextStyle.FULL, TextStyle.SHORT).map(style -> m.getDisplayName(style,
                            Locale.ENGLISH).toLowerCase(Locale.ROOT))))
            .collect(Collectors.toUnmodifiableSet());
    /** A headline of a report over a span of days ("13-19 October", "July 7-13"). */
    private static final Pattern SPAN_OF_DAYS = spanOfDays();
    /** A headline of a periodic report's kind ("situation report", "weekly snapshot"). */
    private static final Pattern PERIODIC_REPORT = Pattern.compile(
            "(?iu)\\b(?:situation report|(?:humanitarian|weekly|monthly) (?:update|snapshot|bulletin)|round-up"
                    // "Evening news roundup: ...", not the town of Roundup
                    + "|roundup(?=\\s*[:\u2014\u2013]))\\b");
    /** Periods of the calendar that "since the start of" or "since last" may name. */
    private static final Set<String> PERIODS = Set.of("year", "month", "season", "winter", "spring", "summer", "fall",
            "autumn", "decade");
    /** What others said, which a sentence may deny ({@link #rumourDenied}). */
    private static final Set<String> HEARSAY = Set.of("report", "reports", "claim", "claims", "rumour", "rumours",
            "rumor", "rumors", "posts");
    private static final Set<String> DENYING = Set.of("denied", "denies", "deny", "dismissed", "dismisses", "rejected",
            "rejects");
    private static final List<String> THAT = List.of("that");
    /** Words that open a clause telling of one act: "the gunman who killed a girl in May". */
    private static final Set<String> ONE_ACT = Set.of("who", "that", "which");
    private static final List<String> THE = List.of("the");
    private static final Set<String> BE = Set.of("is", "are", "was", "were");
    private static final Set<String> FALSE_WORDS = Set.of("wrong", "false", "untrue", "incorrect", "unfounded",
            "baseless");
    /** A day of a month as written after it ("July 18", "July 18th"). */
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
    /**
     * What reports, claims, rumours or posts said, up to the word that opens it ("posts on social media saying that",
     * "reports that").
     */
    private static final Pattern HEARSAY_CLAUSE = Pattern.compile("(?i)\\b(?:" + String.join("|", HEARSAY)
            + "|messages)\\b[^.;:]{0,80}?\\b(?:that|saying|claiming)\\b");
    /** A sentence that only says the one before it is wrong: "That is not correct.", "These reports are false." */
    private static final Pattern DENIES_WHAT_CAME_BEFORE = Pattern.compile("(?iu)^\\W*(?:that|this|it|these|those)"
            + "(?: (?:reports?|claims?|posts|rumou?rs?|accounts?|figures?))? (?:is|are|was|were) (?:(?:simply )?not "
            + "(?:correct|true|accurate|the case)|" + String.join("|", FALSE_WORDS) + "|inaccurate)\\b");
    /** The most words from such a report to its figure, and from the figure to its denial. */
    private static final int HEARSAY_REACH = 20;
    /** Words that deny what follows them. */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "weren't", "wasn't", "aren't", "isn't");
    /** Words and commas between {@link #ONE_MORE} and the incident: "a second, smaller slide". */
    private static final int MAX_ADJECTIVES = 2;
    /** Words from "the rest" to the verb that says they died too ({@link #restDiedToo}): "the other two victims died". */
    private static final int REST_REACH = 5;
    /** What a correction calls the text it withdraws a figure from ({@link #earlierVersionBefore}). */
    private static final List<String> EARLIER_VERSION = List.of("earlier", "version");

    /** The most clauses a list of figures is read back over ({@link #framedAsAList}). */
    private static final int MAX_LIST_STEPS = 3;
    /** The most tokens of a list's item between commas: "17 missing", "41 others injured". */
    private static final int MAX_LIST_ITEM = 4;

    /** The most words of a sentence's opening phrase ("Across the whole state,"): a longer one is a clause. */
    private static final int MAX_OPENING = 5;

    /** The reason of one country's share of a tally by nationality ({@link #byCountry}). */
    private static final String BY_COUNTRY = "by country";
    /**
     * Verbs between a country and the figure it announces for its nationals. Not "said": two sides' counts of one
     * battle ("Ukraine said 12 were killed, Russia said three") are sources that differ.
     */
    private static final Set<String> ANNOUNCES = Set.of("reported", "reports", "announced", "announces", "recorded",
            "records", "counted", "counts", "confirmed", "confirms", "lost");

    /** The reason of a subset by the victims' condition starts with this. */
    static final String CONDITION = "condition ";
    /** The reason of a total over several places starts with this. */
    static final String SEVERAL_PLACES = "several places ";
    /** The reason of a figure in what reports said, which the article denies. */
    static final String DENIED_REPORT = "denied report";
    /** The reason of a total since a point of the calendar starts with this. */
    private static final String PERIOD = "period ";
    /**
     * Words of {@code aggregate-words.txt} that make a figure a tally: a total over a year or a war, a country or a
     * state, or a class of accidents. A weekend, a city or a few named incidents are not: a round-up of a weekend's
     * shootings is read as a report of each of them as often as a report of none.
     */
    private static final Set<String> TALLY_WORDS = Set.of("this year", "the whole of", "since january", "each year",
            "every year", "per year", "annually", "a year", "road toll", "over the course of the war",
            "over the course of the conflict", "nationally", "nationwide", "statewide", "accidents", "crashes",
            "collisions");

    private static final List<Rule> RULES = List.of(
            new Rule(Scope.COMBINED, "", phrases("combined-words.txt")),
            new Rule(Scope.HYPOTHETICAL, "", phrases("hypothetical-words.txt")),
            new Rule(Scope.EARLIER, "", phrases("earlier-figure-words.txt")),
            new Rule(Scope.AGGREGATE, "", phrases("aggregate-words.txt")),
            new Rule(Scope.SUBSET, CONDITION, phrases("condition-words.txt")),
            new Rule(Scope.SUBSET, "", phrases("subset-words.txt")));
    /** What frames a figure from outside its clause: any rule but a subset's. */
    private static final List<Rule> FRAMING = RULES.stream().filter(rule -> rule.scope() != Scope.SUBSET).toList();
    /**
     * What a sentence's opening phrase may say of its figures: any rule but the victims' condition ("In Morro do
     * Cruzeiro alone, eight people died": a part).
     */
    private static final List<Rule> OPENING = RULES.stream().filter(rule -> !rule.label().equals(CONDITION)).toList();

    private record Rule(Scope scope, String label, List<List<String>> phrases) {
    }

    private ScopeReader() {
    }

    private static Pattern spanOfDays() {
        String month = "(?:" + String.join("|", MONTHS) + ")\\b";
        String days = "\\d{1,2}\\s*[-\u2013\u2014]\\s*\\d{1,2}";
        return Pattern.compile("(?iu)\\b" + days + "\\s+" + month + "|\\b" + month + "\\s+" + days + "\\b");
    }

    /**
     * Whether an aggregate's reason makes it a tally ({@link #TALLY_WORDS}, a total since a calendar point or over
     * several {@link #DISASTERS}).
     */
    static boolean isTally(String reason) {
        return reason.startsWith(PERIOD) || reason.startsWith(SEVERAL_DISASTERS)
                || reason.length() > 2 && TALLY_WORDS.contains(reason.substring(1, reason.length() - 1));
    }

    /**
     * The scope of the figure whose tokens are {@code [start, end)}. Besides its own clause, what frames the whole
     * sentence or the figure before it makes a figure hypothetical, earlier or an aggregate (not a subset): a
     * sentence's opening phrase set off by a comma ("Statewide, five people have died"), and the clause on the other
     * side of an {@code and} that holds a figure too ("Russian attacks on the region killed 11 people and injured 46",
     * "312 people were killed and 96 went missing in 187 accidents").
     */
    static Reading read(List<FigureToken> tokens, int start, int end) {
        return read(tokens, start, end, false);
    }

    /**
     * As {@link #read(List, int, int)}; in a headline, which packs its clauses with commas and colons, the whole
     * headline frames each figure ("14 shot, 3 killed: Riverton's most violent weekend of the year").
     */
    static Reading read(List<FigureToken> tokens, int start, int end, boolean headline) {
        int from = clauseStart(tokens, start);
        int to = end;
        while (to < tokens.size() && !isBoundary(tokens.get(to))) {
            to++;
        }
        if (isDenied(tokens, start)) {
            return new Reading(Scope.HYPOTHETICAL, "denied");
        }
        if (rumourDenied(tokens, start, end)) {
            return new Reading(Scope.HYPOTHETICAL, DENIED_REPORT);
        }
        if (earlierVersionBefore(tokens, start)) {
            return new Reading(Scope.EARLIER, "'an earlier version'");
        }
        Reading own = firstRule(RULES, tokens, from, to, start, end);
        if (own != null) {
            return own;
        }
        Optional<Reading> total = severalPlaces(tokens, from, to, start, end);
        if (total.isEmpty()) {
            total = acrossSeveralPlaces(tokens, end);
        }
        if (total.isEmpty()) {
            total = severalIncidents(tokens, to, start, end);
        }
        if (total.isEmpty()) {
            total = listOfIncidents(tokens, start, end);
        }
        if (total.isPresent()) {
            return total.get();
        }
        Optional<Reading> period = sinceACalendarPoint(tokens, from, to);
        if (period.isEmpty()) {
            period = overAMonthOrYear(tokens, from, to, start);
        }
        if (period.isPresent()) {
            return period.get();
        }
        Reading listed = framedAsAList(tokens, from, to, start, end);
        if (listed != null) {
            return listed;
        }
        if (to < tokens.size() && tokens.get(to).isWord("and")) {
            // "At least 312 people were killed and 96 went missing in 187 accidents": the later clause frames both
            int after = to + 1;
            while (after < tokens.size() && !isBoundary(tokens.get(after))) {
                after++;
            }
            if (hasNumber(tokens, to + 1, after)) {
                Reading next = firstRule(FRAMING, tokens, to + 1, after, start, end);
                if (next != null) {
                    return next;
                }
                Optional<Reading> nextPeriod = overAMonthOrYear(tokens, to + 1, after, start);
                if (nextPeriod.isPresent()) {
                    return nextPeriod.get();
                }
            }
        }
        if (restDiedToo(tokens, to)) {
            return new Reading(Scope.SUBSET, "the rest died after it");
        }
        if (headline) {
            Reading framed = firstRule(FRAMING, tokens, 0, tokens.size(), start, end);
            if (framed != null) {
                return framed;
            }
        }
        int intro = 0;
        while (intro < from && intro <= MAX_OPENING && !isBoundary(tokens.get(intro))) {
            intro++;
        }
        boolean opens = intro > 0 && intro < from && intro <= MAX_OPENING && tokens.get(intro).text().equals(",");
        if (opens) {
            Reading opening = firstRule(OPENING, tokens, 0, intro, start, end);
            if (opening != null) {
                return opening;
            }
        }
        Optional<Reading> part = oneOfSeveral(tokens, 0, start);
        if (part.isEmpty() && opens) {
            part = oneOfSeveral(tokens, intro + 1, start);
        }
        return part.or(() -> byCountry(tokens, start)).orElse(Reading.WHOLE);
    }

    /**
     * "Pakistan reported 22 deaths, Jordan 14, Tunisia nine": a sentence that gives two or more countries a figure
     * each tallies the dead by nationality, and each figure is one country's share. (Not "Indonesia said 87 of its
     * pilgrims had died": "Kyrgyzstan said three of its border guards were killed" is the toll of a clash.)
     */
    private static Optional<Reading> byCountry(List<FigureToken> tokens, int figure) {
        String own = countryBefore(tokens, figure);
        if (own == null) {
            return Optional.empty();
        }
        for (int i = 0; i < tokens.size(); i++) {
            String other = i == figure || !tokens.get(i).isNumber() ? null : countryBefore(tokens, i);
            if (other != null && !other.equals(own)) {
                return Optional.of(new Reading(Scope.SUBSET, BY_COUNTRY));
            }
        }
        return Optional.empty();
    }

    /** The country named right before a figure, or before the verb that announces it ("Pakistan reported 22"). */
    private static String countryBefore(List<FigureToken> tokens, int figure) {
        int at = figure - 1;
        if (at > 0 && ANNOUNCES.contains(tokens.get(at).text())) {
            at--;
        }
        return at < 0 || !isCountry(tokens.get(at)) ? null : Nationality.of(tokens.get(at).text()).orElse(null);
    }

    private static boolean isCountry(FigureToken token) {
        return token.isWord() && Character.isUpperCase(token.original().charAt(0))
                && !Nationality.isDemonym(token.text()) && Nationality.of(token.text()).isPresent();
    }

    /**
     * What frames the clauses before a figure's that hold figures too, back over an {@code and} and, for a short clause
     * of a list, over a comma: "Russian attacks on the region killed 11 people and injured 46"; "the department had
     * said eight people were dead, 17 missing and 41 injured" (all three earlier figures). Null when none does.
     */
    private static Reading framedAsAList(List<FigureToken> tokens, int from, int to, int start, int end) {
        int clause = from;
        int clauseEnd = to;
        for (int step = 0; step < MAX_LIST_STEPS && clause > 0; step++) {
            FigureToken separator = tokens.get(clause - 1);
            boolean item = separator.isWord("and")
                    || separator.text().equals(",") && clauseEnd - clause <= MAX_LIST_ITEM;
            if (!item) {
                return null;
            }
            int before = clauseStart(tokens, clause - 1);
            if (!hasNumber(tokens, before, clause - 1)) {
                return null;
            }
            Reading previous = firstRule(FRAMING, tokens, before, clause - 1, start, end);
            if (previous != null) {
                return previous;
            }
            clauseEnd = clause - 1;
            clause = before;
        }
        return null;
    }

    /**
     * "Strikes on two south Lebanon villages kill five", "killed 14 people in three districts": a figure over several
     * places is a total of their incidents. A count of two or more stands at most {@value #MAX_ADJECTIVES} words
     * before a plural noun of places, in the figure's clause.
     */
    private static Optional<Reading> severalPlaces(List<FigureToken> tokens, int from, int to, int start, int end) {
        for (int i = from; i < to; i++) {
            FigureToken token = tokens.get(i);
            boolean several = token.isNumber() ? token.quantity().count().low() >= 2 : SEVERAL.contains(token.text());
            if (i >= start && i < end || !several) {
                continue;
            }
            for (int j = i + 1; j < to && j <= i + MAX_ADJECTIVES + 1; j++) {
                if (PLACES.contains(tokens.get(j).text())) {
                    return Optional.of(new Reading(Scope.AGGREGATE, SEVERAL_PLACES + "'" + token.text() + " "
                            + tokens.get(j).text() + "'"));
                }
                if (!tokens.get(j).isWord()) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Correction: An earlier version of this report, published on Wednesday night, stated that three people were
     * killed": a correction's figure is the one it withdraws, wherever the phrase's commas leave the figure's clause.
     */
    private static boolean earlierVersionBefore(List<FigureToken> tokens, int start) {
        return find(tokens, 0, start, EARLIER_VERSION, start, start) >= 0;
    }

    /**
     * "5 people died on the spot and the others died while undergoing treatment", "two were killed at once and the
     * rest died in hospital": the clause after the figure's tells that the rest of the victims died too, so the figure
     * counts only some of the dead.
     */
    private static boolean restDiedToo(List<FigureToken> tokens, int to) {
        int i = to;
        if (i < tokens.size() && tokens.get(i).text().equals(",")) {
            i++;
        }
        if (!at(tokens, i, "and") && !at(tokens, i, "while")) {
            return false;
        }
        i++;
        if (!at(tokens, i, "the") || !(at(tokens, i + 1, "others") || at(tokens, i + 1, "rest")
                || at(tokens, i + 1, "remaining") || at(tokens, i + 1, "other"))) {
            return false;
        }
        for (int j = i + 2; j < tokens.size() && j <= i + REST_REACH; j++) {
            if (at(tokens, j, "died") || at(tokens, j, "succumbed") || at(tokens, j, "perished")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Eight people are dead after a weekend of bushfires, storms and violence across four states and territories":
     * {@code across} two or more places, anywhere after the figure in its sentence (a list's commas between them), sets
     * the figure over all of them.
     */
    private static Optional<Reading> acrossSeveralPlaces(List<FigureToken> tokens, int end) {
        for (int i = end; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("across")) {
                Optional<Reading> places = severalPlaces(tokens, i + 1, Math.min(tokens.size(),
                        i + MAX_ADJECTIVES + 3), -1, -1);
                if (places.isPresent()) {
                    return places;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "There have been 12 attacks on police posts and stations in the department this year, with nine officers dead":
     * a figure that its sentence sets after {@value #SEVERAL_INCIDENTS} or more incidents, counted, or in whose clause
     * they are counted, is a total of theirs. Two may be one event's ("two blasts minutes apart").
     */
    private static Optional<Reading> severalIncidents(List<FigureToken> tokens, int to, int start, int end) {
        for (int j = 2; j < to; j++) {
            // "at least 33 dead in four days of disasters": incidents over a stretch of time, however many
            String noun = tokens.get(j).text();
            if (INCIDENT_PLURALS.contains(noun) && tokens.get(j - 1).isWord("of")
                    && STRETCHES.contains(tokens.get(j - 2).text())) {
                return Optional.of(total(noun, tokens.get(j - 2).text() + " of " + noun));
            }
        }
        for (int i = 0; i < to; i++) {
            FigureToken token = tokens.get(i);
            if (i >= start && i < end || !token.isNumber() || token.quantity().count().low() < SEVERAL_INCIDENTS) {
                continue;
            }
            for (int j = i + 1; j < to && j <= i + MAX_ADJECTIVES + 1; j++) {
                String noun = tokens.get(j).text();
                if (INCIDENT_PLURALS.contains(noun)) {
                    return Optional.of(total(noun, token.text() + " " + noun));
                }
                if (!tokens.get(j).isWord()) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Since Sunday, a ferry fire, two landslides, two explosions and a bus crash have killed at least 38 people": a
     * figure at most {@value #LIST_TO_FIGURE} words after a list of {@value #LISTED_INCIDENTS} or more nouns of
     * incidents ({@link CasualtyWords#INCIDENTS}, singular or plural) is a total over several disasters, a tally.
     * The list's items are joined by commas or {@code and}, each with at most {@value #ITEM_WORDS} words before its
     * noun and none definite: "the blast, the fire and the collapse" are one incident's stages, told before. So is a
     * figure the list follows in its sentence, starting at most {@value #FIGURE_TO_LIST} words after it ("48 killed in
     * landslide, floods, fire and bus crash").
     */
    private static Optional<Reading> listOfIncidents(List<FigureToken> tokens, int start, int end) {
        int items = 0;
        List<IncidentList> before = incidentLists(tokens, 0, start);
        if (!before.isEmpty()) {
            IncidentList last = before.get(before.size() - 1);
            // "the blast, the fire and the collapse of the roof killed nine": one incident's stages, told before
            if (start - 1 - last.last() <= LIST_TO_FIGURE
                    && find(tokens, last.last() + 1, start, THE, start, end) < 0) {
                items = last.items();
            }
        }
        if (items < LISTED_INCIDENTS) {
            int stop = end;
            while (stop < tokens.size() && !tokens.get(stop).text().equals(";")) {
                stop++;
            }
            List<IncidentList> after = incidentLists(tokens, end, stop);
            if (!after.isEmpty() && after.get(0).first() - end <= FIGURE_TO_LIST) {
                items = after.get(0).items();
            }
        }
        return items >= LISTED_INCIDENTS ? Optional.of(new Reading(Scope.AGGREGATE, SEVERAL_DISASTERS + "'" + items
                + " incidents listed'")) : Optional.empty();
    }

    /**
     * Whether a headline is a round-up's: it names a span of days ({@link #SPAN_OF_DAYS}), or a periodic report
     * ({@link #PERIODIC_REPORT}) but not one incident ("Situation Report No. 3 – Boat capsize in river Ganga" is that
     * capsize's), or it lists three incidents or more ("Deadly weekend: fire, shootings, bus crash and a lost lobster
     * boat"), or it names a week and lists its stories ({@link #listsStories}).
     */
    static boolean isRoundUpHeadline(String title) {
        if (SPAN_OF_DAYS.matcher(title).find()) {
            return true;
        }
        List<FigureToken> tokens = FigureToken.tokenize(title, List.of());
        List<IncidentList> lists = incidentLists(tokens, 0, tokens.size());
        if (PERIODIC_REPORT.matcher(title).find()) {
            return lists.size() != 1 || lists.get(0).items() != 1;
        }
        return lists.stream().anyMatch(list -> list.items() >= LISTED_INCIDENTS)
                || WEEK.matcher(title).find() && listsStories(tokens);
    }

    /**
     * Whether a headline lists {@value #LISTED_INCIDENTS} stories or more, joined by commas and {@code and}, each of at
     * most {@value #STORY_WORDS} words, and two of them or more tell an incident ("a club collapse, a fire, a boat
     * lost at sea and a mayor in the dock"). A colon, semicolon or dash, a figure or a word of harm ("Two dead, five
     * hurt as fire, explosion rip through plant": one incident's toll, not stories) starts a new list.
     */
    private static boolean listsStories(List<FigureToken> tokens) {
        int stories = 0;
        int incidents = 0;
        int words = 0;
        boolean incident = false;
        boolean comma = false;
        for (int i = 0; i <= tokens.size(); i++) {
            FigureToken token = i < tokens.size() ? tokens.get(i) : null;
            boolean ends = token == null || token.text().equals(",") || token.isWord("and");
            boolean breaks = token == null || token.isNumber() || LIST_BREAKS.contains(token.text())
                    || CasualtyWords.PREDICATES.containsKey(token.text())
                    || CasualtyWords.ACTIVE_VERBS.containsKey(token.text());
            if (ends || breaks) {
                if (words > 0 && words <= STORY_WORDS) {
                    stories++;
                    incidents += incident ? 1 : 0;
                }
                if (stories >= LISTED_INCIDENTS && incidents >= 2 && comma) {
                    return true;
                }
                if (breaks || words > STORY_WORDS) {
                    stories = 0;
                    incidents = 0;
                    comma = false;
                }
                comma |= token != null && token.text().equals(",");
                words = 0;
                incident = false;
            } else {
                words++;
                incident |= isIncidentNoun(token);
            }
        }
        return false;
    }

    /** A list of incident nouns: the indexes of its first and last noun, and how many it has. */
    private record IncidentList(int first, int last, int items) {
    }

    /**
     * The lists of incident nouns in {@code [from, to)}, in order: nouns joined by commas or {@code and}, at most
     * {@value #ITEM_WORDS} words before each; a {@code the} ends a list.
     */
    private static List<IncidentList> incidentLists(List<FigureToken> tokens, int from, int to) {
        List<IncidentList> lists = new ArrayList<>();
        int first = -1;
        int last = -1;
        int items = 0;
        int gap = 0;
        boolean joined = false;
        for (int i = from; i < to; i++) {
            FigureToken token = tokens.get(i);
            if (isIncidentNoun(token)) {
                if (items > 0 && joined && gap <= ITEM_WORDS + 1) {
                    items++;
                } else {
                    if (items > 0) {
                        lists.add(new IncidentList(first, last, items));
                    }
                    first = i;
                    items = 1;
                }
                last = i;
                gap = 0;
                joined = false;
            } else if (token.isWord("the")) {
                if (items > 0) {
                    lists.add(new IncidentList(first, last, items));
                }
                items = 0;
            } else {
                joined |= token.text().equals(",") || token.isWord("and");
                gap++;
            }
        }
        if (items > 0) {
            lists.add(new IncidentList(first, last, items));
        }
        return lists;
    }

    /** A total over several incidents of the plural {@code noun}, for the words that say so. */
    private static Reading total(String noun, String words) {
        return new Reading(Scope.AGGREGATE, (DISASTERS.contains(noun) ? SEVERAL_DISASTERS : "several incidents ") + "'"
                + words + "'");
    }

    private static boolean isIncidentNoun(FigureToken token) {
        String word = token.text();
        return token.isWord() && (CasualtyWords.INCIDENTS.contains(word)
                || word.endsWith("s") && CasualtyWords.INCIDENTS.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && CasualtyWords.INCIDENTS.contains(word.substring(0, word.length() - 2)));
    }

    /**
     * "Forty-one people have died on the province's roads since the start of December", "Since 2019, 14 officers
     * have been shot": a figure counted since a point of the calendar (a month, a year, the start of a season) is a
     * running total over a period, not one incident's toll. Since a weekday or an incident ("since Tuesday", "since
     * the blast") it may be the event's own. The point follows the figure's clause, or opens the sentence before it.
     */
    private static Optional<Reading> sinceACalendarPoint(List<FigureToken> tokens, int from, int to) {
        int since = to < tokens.size() && tokens.get(to).isWord("since") ? to
                : tokens.get(0).isWord("since") && from > 1 && from - 1 <= MAX_OPENING + 1
                        && tokens.get(from - 1).text().equals(",") ? 0 : -1;
        if (since < 0) {
            return Optional.empty();
        }
        int i = since + 1;
        boolean startOf = false;
        if (at(tokens, i, "the") && (at(tokens, i + 1, "start") || at(tokens, i + 1, "beginning")
                || at(tokens, i + 1, "end") || at(tokens, i + 1, "middle")) && at(tokens, i + 2, "of")) {
            i += 3;
            startOf = true;
        } else if (at(tokens, i, "early") || at(tokens, i, "late") || at(tokens, i, "mid")) {
            i++;
        }
        if (at(tokens, i, "the") || at(tokens, i, "last")) {
            startOf |= tokens.get(i).isWord("last");
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        String point = tokens.get(i).text();
        boolean calendar = MONTHS.contains(point) || isYear(tokens.get(i))
                || startOf && PERIODS.contains(point);
        if (!calendar) {
            return Optional.empty();
        }
        StringBuilder words = new StringBuilder();
        for (int w = since; w <= i; w++) {
            words.append(w > since ? " " : "").append(tokens.get(w).original());
        }
        return Optional.of(new Reading(Scope.AGGREGATE, PERIOD + "'" + words + "'"));
    }

    /**
     * "286 civilians were killed in July", "during 2024", "in the month of March": a total over a calendar month or
     * year its clause names, not one incident's toll (a day after the month, "on July 18", dates an incident, and so
     * does a clause that tells of one act: "the gunman who killed a girl in May", "a crash that killed two in 2018").
     */
    private static Optional<Reading> overAMonthOrYear(List<FigureToken> tokens, int from, int to, int figure) {
        for (int i = from; i + 1 < to; i++) {
            if (!at(tokens, i, "in") && !at(tokens, i, "during") && !at(tokens, i, "throughout")
                    || i > 0 && isIncidentNoun(tokens.get(i - 1))) {
                // "died in a minibus crash in 2018": the year dates the incident
                continue;
            }
            for (int w = Math.min(from, clauseStart(tokens, figure)); w < i; w++) {
                if (ONE_ACT.contains(tokens.get(w).text())) {
                    return Optional.empty();
                }
            }
            int point = i + 1;
            if (at(tokens, point, "the") && at(tokens, point + 1, "month") && at(tokens, point + 2, "of")) {
                point += 3;
            }
            if (point >= to) {
                continue;
            }
            boolean dayAfter = point + 1 < tokens.size() && !isYear(tokens.get(point + 1))
                    && (tokens.get(point + 1).isNumber() || DAY.matcher(tokens.get(point + 1).original()).matches());
            boolean month = MONTHS.contains(tokens.get(point).text()) && !dayAfter;
            if (month || isYear(tokens.get(point))) {
                return Optional.of(new Reading(Scope.AGGREGATE, PERIOD + "'" + tokens.get(i).original() + " "
                        + tokens.get(point).original() + "'"));
            }
        }
        return Optional.empty();
    }

    private static boolean isYear(FigureToken token) {
        return token.original().matches("(?:18|19|20)\\d{2}");
    }

    private static boolean at(List<FigureToken> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).isWord(word);
    }

    /**
     * "A second, smaller slide hit the Vila Nova neighbourhood, killing two people": a sentence whose subject is a
     * second (third, another) incident counts that part of the event, not the whole, after an opening phrase too ("On
     * Wednesday, another gas explosion, in a private house in Shymkent, killed two"). "The second earthquake in a
     * week" is an event of its own.
     *
     * @param subject the token the sentence's subject starts at: 0, or the first after its opening phrase
     */
    private static Optional<Reading> oneOfSeveral(List<FigureToken> tokens, int subject, int figure) {
        int i = subject;
        if (i < tokens.size() && (tokens.get(i).isWord("a") || tokens.get(i).isWord("an"))) {
            i++;
        }
        if (i >= tokens.size() || !ONE_MORE.contains(tokens.get(i).text())) {
            return Optional.empty();
        }
        int ordinal = i;
        for (i++; i < figure && i <= ordinal + MAX_ADJECTIVES + 1; i++) {
            FigureToken token = tokens.get(i);
            if (token.isWord() && CasualtyWords.INCIDENTS.contains(token.text())) {
                return Optional.of(new Reading(Scope.SUBSET, "one of several '" + tokens.get(ordinal).text() + " "
                        + token.text() + "'"));
            }
            if (!token.text().equals(",") && !(token.isWord() && Character.isLowerCase(token.original().charAt(0)))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "It's a miracle there weren't 40 or 50 dead": a figure right after a negation says how many did not die, which
     * counts no one. "Not one" (none) is left to the figures of none.
     */
    private static boolean isDenied(List<FigureToken> tokens, int start) {
        if (!tokens.get(start).isNumber() || tokens.get(start).quantity().count().low() < 2) {
            return false;
        }
        int before = start - 1;
        if (before >= 1 && (tokens.get(before).isWord("or") || tokens.get(before).isWord("to"))
                && tokens.get(before - 1).isNumber()) {
            // "40 or 50 dead": the negation stands before the first figure of the pair
            before -= 2;
        }
        if (before < 0) {
            return false;
        }
        String word = tokens.get(before).text();
        if (word.equals("t") && before >= 2 && tokens.get(before - 1).type() == FigureToken.Type.PUNCT) {
            word = tokens.get(before - 2).text() + "'t";
        }
        return NEGATIONS.contains(word.replace('\u2019', '\''));
    }

    /**
     * "Police said reports on social media that a third person has died are wrong", "the ministry denied claims that
     * 40 were killed": a figure in what reports, claims or rumours said, which the sentence denies.
     */
    private static boolean rumourDenied(List<FigureToken> tokens, int start, int end) {
        for (int i = start - 1; i >= 0 && start - i <= HEARSAY_REACH; i--) {
            if (tokens.get(i).text().equals(";")) {
                return false;
            }
            if (!HEARSAY.contains(tokens.get(i).text()) || find(tokens, i + 1, start, THAT, start, end) < 0) {
                continue;
            }
            if (i >= 1 && DENYING.contains(tokens.get(i - 1).text())
                    || i >= 2 && tokens.get(i - 1).isWord("the") && DENYING.contains(tokens.get(i - 2).text())) {
                return true;
            }
            for (int j = end; j + 1 < tokens.size() && j - end <= HEARSAY_REACH; j++) {
                if (BE.contains(tokens.get(j).text()) && FALSE_WORDS.contains(tokens.get(j + 1).text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a sentence only denies what the sentence before it said ("That is not correct."). */
    static boolean deniesWhatCameBefore(String sentence) {
        return DENIES_WHAT_CAME_BEFORE.matcher(sentence).find();
    }

    /** Whether a sentence's figure is in what reports, claims, rumours or posts said ("posts saying that 3 died"). */
    static boolean isHearsay(String sentence, String figure) {
        Matcher clause = HEARSAY_CLAUSE.matcher(sentence);
        return clause.find() && sentence.indexOf(figure, clause.end()) >= 0;
    }

    private static int clauseStart(List<FigureToken> tokens, int at) {
        int from = at;
        while (from > 0 && !isBoundary(tokens.get(from - 1))) {
            from--;
        }
        return from;
    }

    private static boolean hasNumber(List<FigureToken> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isNumber()) {
                return true;
            }
        }
        return false;
    }

    private static Reading firstRule(List<Rule> rules, List<FigureToken> tokens, int from, int to, int start,
                                     int end) {
        for (Rule rule : rules) {
            for (List<String> phrase : rule.phrases()) {
                for (int at = find(tokens, from, to, phrase, start, end); at >= 0;
                     at = find(tokens, at + 1, to, phrase, start, end)) {
                    String words = String.join(" ", phrase);
                    boolean noTotal = rule.scope() == Scope.AGGREGATE && (partsOfOneEvent(tokens, from, at)
                            || WEEKENDS.contains(words) && ofOneIncident(tokens, from, to, start)
                            || isVerb(tokens, at));
                    if (!noTotal) {
                        return new Reading(rule.scope(), rule.label() + "'" + words + "'");
                    }
                }
            }
        }
        return null;
    }

    /**
     * "twin suicide bombings", "a series of stabbings", "coordinated attacks": incidents a word before them binds into
     * one event, not a total over several.
     */
    private static boolean partsOfOneEvent(List<FigureToken> tokens, int from, int at) {
        for (int i = at - 1; i >= Math.max(from, at - 3); i--) {
            if (ONE_EVENT.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Five killed as rescue helicopter crashes in Nepal", "Bus crashes into gorge": a word of {@link #VERB_FORMS}
     * whose subject is one vehicle, not a plural noun of incidents. It is the plural noun after a determiner, a
     * preposition, a number or a word of {@link #INCIDENTS_BEFORE} ("the crashes", "in road crashes", "two fatal
     * crashes"; up to {@value #MAX_ADJECTIVES} words back) or a possessive ("Wednesday's wrecks"), or before a verb it
     * is the subject of ("Traffic crashes killed 1,003"); the verb otherwise, after its subject's words ("helicopter
     * crashes", "9N-AKV crashes").
     */
    private static boolean isVerb(List<FigureToken> tokens, int at) {
        String next = at + 1 < tokens.size() ? tokens.get(at + 1).text() : "";
        if (!VERB_FORMS.contains(tokens.get(at).text()) || CasualtyWords.ACTIVE_VERBS.containsKey(next)
                || SUBJECT_OF.contains(next) || at == 0 || !tokens.get(at - 1).isWord()
                || possessiveBefore(tokens, at)) {
            return false;
        }
        for (int i = at - 1; i >= Math.max(0, at - MAX_ADJECTIVES - 1) && tokens.get(i).isWord(); i--) {
            if (tokens.get(i).isNumber() || INCIDENTS_BEFORE.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** "Wednesday's wrecks", "the county’s crashes": a possessive is followed by a noun, never by a verb. */
    private static boolean possessiveBefore(List<FigureToken> tokens, int at) {
        String before = tokens.get(at - 1).text();
        return before.endsWith("'s") || before.equals("s") && at >= 2 && tokens.get(at - 2).text().equals("\u2019");
    }

    /**
     * "An 11-year-old boy was killed in a shooting in Fruitvale over the weekend", "one of six who were gunned down at
     * the party over the weekend", "A 9-year-old boy died over the weekend": a weekend is only when the incident
     * happened if the figure is not a count of two or more, or its clause names a single incident ({@code a},
     * {@code an}, {@code the} and at most {@value #MAX_ADJECTIVES} words before a noun of {@link #ONE_INCIDENT}).
     */
    private static boolean ofOneIncident(List<FigureToken> tokens, int from, int to, int start) {
        if (!tokens.get(start).isNumber() || tokens.get(start).quantity().count().low() < 2) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord("a") || tokens.get(i).isWord("an") || tokens.get(i).isWord("the")) {
                for (int j = i + 1; j < to && j <= i + MAX_ADJECTIVES + 1 && tokens.get(j).isWord(); j++) {
                    if (ONE_INCIDENT.contains(tokens.get(j).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isBoundary(FigureToken token) {
        return token.isWord() ? CLAUSE_WORDS.contains(token.text())
                : token.type() == FigureToken.Type.PUNCT && CLAUSE_MARKS.contains(token.text());
    }

    /**
     * Where {@code phrase} starts within {@code [from, to)}, or -1. The figure itself is read past, so a phrase may
     * hold it ("the others" in "the two others killed").
     */
    private static int find(List<FigureToken> tokens, int from, int to, List<String> phrase, int start, int end) {
        for (int i = from; i < to; i++) {
            if (i >= start && i < end) {
                continue;
            }
            int at = i;
            boolean match = true;
            for (int j = 0; j < phrase.size() && match; j++, at++) {
                if (at == start && j > 0) {
                    at = end;
                }
                match = at < to && tokens.get(at).isWord(phrase.get(j));
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> phrases(String resource) {
        List<List<String>> phrases = new ArrayList<>();
        for (String entry : WordList.lines("/news/crosscheck/claim/casualty/" + resource)) {
            phrases.add(List.of(entry.split(" ")));
        }
        return List.copyOf(phrases);
    }
}
