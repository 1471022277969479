package news.crosscheck.claim.casualty;

import news.crosscheck.claim.mention.Nationality;
import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.number.NumberParser;
import news.crosscheck.claim.number.Quantity;
import news.crosscheck.claim.text.FigureToken;
import news.crosscheck.claim.text.Sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds casualty figures in sentences and the slot each fills (killed, injured, rescued, missing).
 *
 * <p>A quantity from {@link NumberParser} is a casualty figure only when the same clause ties it to a casualty
 * word in one of these shapes (the figure in brackets):
 * <ul>
 *   <li>verb before the figure: "killing [at least 24] people", "Blast kills [12]", "wounded [two] others",
 *       "rescued [10] people", "pulled [six] people from the rubble", "claimed the lives of [nine]";</li>
 *   <li>group and predicate after the figure: "[28] people were killed", "[3] dead, [5] hurt", "[five] people
 *       remain missing", "[20] lost their lives", "[two] are unaccounted for";</li>
 *   <li>a noun for the casualties after it: "[12] bodies", "[31] deaths", "[nine] fatalities";</li>
 *   <li>a toll before it, within the clause (see {@link TollPhrase}): "the death toll rose to [31]", "bringing
 *       the toll to [40]", "the number of injured stands at [40]", "the number of people killed in the strike on
 *       the market has risen to [31]";</li>
 *   <li>part of a group: "[Two] of the dead were children", "including [five] children",
 *       "[three] of them soldiers" (subject {@code children}/{@code soldiers}, slot of the group).</li>
 * </ul>
 * Anything else ({@code 108 apartments were damaged}, {@code one of the deadliest}, {@code 30 drones}) is not a
 * figure. A part of a group without a group noun ("two of the dead were from the village") gives no claim,
 * because it would be compared with the total. {@code bodies} always counts the dead. {@code casualties} and
 * {@code victims} as the group are left out: they may mix the dead and the injured.
 *
 * <p>Increments are not totals. A figure followed by {@code more}, {@code additional} or {@code further}, or
 * preceded by {@code a further} or {@code an additional}, counts people added to a total ("rescuers recovered
 * three more bodies", "a further 4 people died in hospital"); comparing it with other outlets' totals would report
 * a false conflict, so it gives no claim when the article has already given a figure for the same slot (the total
 * it adds to) or no figure at all (the total is left unstated). When the article has so far given figures only
 * for other slots, {@code more} means "others" ("killing two and injuring [12] more") and the figure is a claim.
 * {@code another N} always gives a claim: reporters use it for the next count of a list ("Another 15 people were
 * injured"), and an increment phrased that way ("another five died overnight") is the rarer reading.
 *
 * <p>Each figure gives at most one claim; claims come in sentence order, then in text order, with
 * {@code otherEvent} empty (see {@link news.crosscheck.claim.context.OtherEventDetector}). The {@code subject} is a
 * {@link SubjectPhrase}.
 */
public final class CasualtyExtractor {

    private static final Set<String> POSSESSIVES = Set.of("our", "their", "his", "her", "its", "my", "your");

    /** Certainty of a figure tied to its slot by a verb, a predicate or a toll. */
    static final double STATED = 1.0;
    /** Of a round plural ("dozens"), which says little of the count. */
    static final double VAGUE = 0.7;
    /** Of people counted from a description ("a man was killed"): the article may count others elsewhere. */
    static final double DESCRIBED = 0.8;
    /**
     * Of a list of people ("his wife and two daughters"), where a missed part changes the count, and of a person
     * named with "the" in the lead ("the 2-year-old who was shot has died"), who may be one of several.
     */
    static final double DESCRIBED_LIST = 0.7;

    private static final String OTHERS_BESIDES = "others besides someone before";
    /** The reason of people that "also" befell what an earlier sentence's figure gave ({@link #addedToOneBefore}). */
    private static final String ALSO = "'also' after a figure before";
    /** The most words from the counted people to "also": a noun of four words and two auxiliaries. */
    private static final int MAX_BEFORE_ALSO = 7;
    private static final String ONE_MORE_AFTER = "one more after: ";
    /** The reasons {@code subset-words.txt} gives "along with the driver", "together with". */
    private static final String ALONG_WITH = "'along with'";
    private static final String TOGETHER_WITH = "'together with'";
    /** The reason of one nationality's share of a toll its article gives ({@link #nationalShares}) starts with this. */
    private static final String NATIONALITY = "nationality ";
    /** The reason of a part told in an aside after the count it is part of ("13 people, nine of them Argentines,"). */
    private static final String PART_IN_AN_ASIDE = "a part told in an aside";
    /** The reason of a figure counted among a part before it ("..., among them 9 children") starts with this. */
    private static final String AMONG = "among a part: ";

    /** Predicates of the victims' care, not of their harm. */
    private static final Set<String> CARE_WORDS = Set.of("hospitalized", "hospitalised", "rescued", "saved");

    /** Ordinals, from "first": one more person after a figure ({@link #oneMoreAfter}), "and a sixth died". */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    /**
     * Words that open where or when one more was harmed, the predicate left out, right after the ordinal: "and a
     * third in hospital" (not "a third grandchild was in critical condition").
     */
    private static final Set<String> ELIDED_PREDICATE = Set.of("in", "at", "on", "later", "overnight", "after");
    /**
     * Words that say where or when a figure's people died, so that a bare figure after it may count more of them:
     * "at the scene", "on the spot", "killed outright" (not "in", as in "killed in the blast").
     */
    private static final Set<String> WHERE_OR_WHEN = Set.of("at", "on", "later", "overnight", "outright",
            "instantly", "immediately");
    /** The most words between that one more and its predicate: "a sixth victim later died". */
    private static final int ONE_MORE_REACH = 3;

    /**
     * "A patrol exchanged fire with the attackers, killing one": a figure without a noun after the armed men that
     * someone fired on counts them, not their victims.
     */
    private static final Pattern FIRED_ON_ATTACKERS = Pattern.compile("(?i)\\b(?:fire|shots|shot|clashed) "
            + "(?:with|on|at) (?:the )?(attackers|gunmen|assailants|militants|insurgents|suspects|robbers|raiders"
            + "|shooters)\\b[^.;:]*,\\s*\\w+\\s*$");
    private static final Pattern SCARE_QUOTES = Pattern.compile("[\"\u201c][\\p{L}'\u2019-]+[\"\u201d]");
    private static final Set<String> PARTICIPLES_BEFORE = Set.of("killing", "wounding", "injuring");
    /** Words after such a figure that show it has no noun of its own: "killing one and wounding two". */
    private static final Set<String> AFTER_NO_NOUN = Set.of("and", "of", "in", "on", "at", "inside", "outside");

    /** For the static readings of a whole article's claims; a parser keeps state, so one per thread. */
    private static final ThreadLocal<NumberParser> NUMBERS = ThreadLocal.withInitial(NumberParser::new);

    private final NumberParser numbers = new NumberParser();

    /** The claims of one article, whose sentences come in text order. */
    public List<CasualtyClaim> extract(List<Sentence> sentences) {
        List<CasualtyClaim> claims = new ArrayList<>();
        Set<CasualtyKind> given = EnumSet.noneOf(CasualtyKind.class);
        Sentence previous = null;
        for (Sentence sentence : sentences) {
            claims.addAll(extract(sentence, previous, given, claims));
            claims.addAll(NoneFigure.find(sentence));
            previous = sentence;
        }
        return LaterDeaths.apply(ImpliedToll.shotWithoutDeaths(NoneFigure.withoutElseBesideOthers(
                titleAsInTheLead(partsOfATotalOverPlaces(deniedNext(claims, sentences)))), sentences), sentences);
    }

    /**
     * Whether a headline is a round-up's, whose figures are tallies or other incidents' tolls, not one incident's
     * ({@link ScopeReader#isRoundUpHeadline}: "Fire, flood, a plane crash and a stabbing: a deadly weekend", "Weekly
     * Humanitarian Update, 11-17 November").
     */
    public static boolean isRoundUpHeadline(String title) {
        return ScopeReader.isRoundUpHeadline(title);
    }

    /**
     * "Police are aware of posts saying that a third person has died. "That is not correct."": a figure in what
     * reports or posts said, which the next sentence denies, is no toll.
     */
    private static List<CasualtyClaim> deniedNext(List<CasualtyClaim> claims, List<Sentence> sentences) {
        Set<Integer> denied = new HashSet<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            if (ScopeReader.deniesWhatCameBefore(sentences.get(i + 1).text())) {
                denied.add(sentences.get(i).index());
            }
        }
        return denied.isEmpty() ? claims : claims.stream().map(claim -> denied.contains(claim.sentence().index())
                && claim.scope() != Scope.HYPOTHETICAL && ScopeReader.isHearsay(claim.sentence().text(), claim.value())
                ? claim.withScope(Scope.HYPOTHETICAL, ScopeReader.DENIED_REPORT) : claim).toList();
    }

    /**
     * Whether a figure counts people apart from others its sentence names: the passengers killed "along with the
     * driver", those of "others" besides someone, those before "one more", a total over incidents or places. (A
     * condition is said of the people, not of what the figure counts; a figure beside another of its slot may be
     * the toll that other one raised.)
     */
    private static boolean countsApartFromOthers(CasualtyClaim claim) {
        return claim.scope() == Scope.AGGREGATE || claim.scope() == Scope.SUBSET
                && Stream.of(ALONG_WITH, TOGETHER_WITH, OTHERS_BESIDES, ONE_MORE_AFTER)
                        .anyMatch(claim.scopeReason()::startsWith);
    }

    /**
     * "14 dead as bus plunges off mountain road" over "Fourteen passengers were killed along with the driver": a
     * title says in short what the first sentence says, so a whole figure of the title counts what the first
     * sentence's figure of its slot and count counts, when that one is a part and no whole figure there has the count.
     */
    private static List<CasualtyClaim> titleAsInTheLead(List<CasualtyClaim> claims) {
        return claims.stream().map(claim -> {
            if (claim.sentence().index() != 0 || claim.scope() != Scope.WHOLE) {
                return claim;
            }
            List<CasualtyClaim> same = claims.stream().filter(c -> c.sentence().index() == 1
                    && c.kind() == claim.kind() && c.count().equals(claim.count())).toList();
            return same.isEmpty() || !same.stream().allMatch(CasualtyExtractor::countsApartFromOthers) ? claim
                    : claim.withScope(same.get(0).scope(), "as in the lead: " + same.get(0).scopeReason());
        }).toList();
    }

    /**
     * "Lightning killed 21 people in 11 districts of the state on Wednesday. ... In Gaya, two brothers were killed":
     * when the title and first sentence give a slot only as a total over several places, the article's own event is
     * that total, and its later whole figures of the slot are parts of it (one place's, one incident's).
     */
    private static List<CasualtyClaim> partsOfATotalOverPlaces(List<CasualtyClaim> claims) {
        Set<CasualtyKind> overPlaces = EnumSet.noneOf(CasualtyKind.class);
        Set<CasualtyKind> wholeInLead = EnumSet.noneOf(CasualtyKind.class);
        for (CasualtyClaim claim : claims) {
            if (claim.sentence().index() < 2 && claim.scope() == Scope.AGGREGATE
                    && claim.scopeReason().startsWith(ScopeReader.SEVERAL_PLACES)) {
                overPlaces.add(claim.kind());
            } else if (claim.sentence().index() < 2 && claim.scope() == Scope.WHOLE) {
                wholeInLead.add(claim.kind());
            }
        }
        overPlaces.removeAll(wholeInLead);
        if (overPlaces.isEmpty()) {
            return claims;
        }
        return claims.stream().map(claim -> claim.sentence().index() >= 2 && claim.scope() == Scope.WHOLE
                && overPlaces.contains(claim.kind())
                ? claim.withScope(Scope.SUBSET, "part of a total over several places")
                : claim).toList();
    }

    /**
     * A figure given with the victims' condition is a part of the toll when the article gives another figure of the
     * slot ("two are in critical condition" beside "five were wounded"), and all the article says of it when it gives
     * none and its sentence tells how they were hurt ("a teen was critically injured after accidentally shooting
     * himself"): then it counts as whole. A sentence of the patients' state alone ("six people were in critical
     * condition", "four remained hospitalized") speaks of people counted elsewhere, perhaps in another report. A
     * smaller figure of its own sentence is a part of it, and an equal figure of a condition (a headline's and its
     * lead's) the same people, not another figure.
     *
     * @param claims an article's claims, already marked when about another event
     */
    public static List<CasualtyClaim> conditionAloneIsWhole(List<CasualtyClaim> claims) {
        return claims.stream().map(claim -> claim.scope() == Scope.SUBSET
                && claim.scopeReason().startsWith(ScopeReader.CONDITION) && !claim.isAboutOtherEvent()
                && tellsHarm(claim.sentence()) && !opensBare(claim)
                && claims.stream().noneMatch(c -> c != claim && c.kind() == claim.kind() && !c.isAboutOtherEvent()
                        && !isPartIn(c, claim) && !sameCondition(c, claim))
                ? claim.withScope(Scope.WHOLE, "") : claim).toList();
    }

    /**
     * A figure of one nationality's dead or hurt ("Two German ski tourers have been killed") is that country's share of
     * the toll when its article gives a larger whole figure of the same measure with no nationality ("In all, four
     * people died"): a subset by nationality, never compared with the toll.
     *
     * @param claims an article's claims, already marked when about another event
     */
    public static List<CasualtyClaim> nationalShares(List<CasualtyClaim> claims) {
        return claims.stream().map(claim -> claim.isWholeToll() && !claim.nationality().isEmpty()
                && claims.stream().anyMatch(c -> c.isWholeToll() && c.kind() == claim.kind() && !c.implied()
                        && c.nationality().isEmpty() && c.count().low() > claim.count().high())
                ? claim.withScope(Scope.SUBSET, NATIONALITY + "'" + claim.nationality() + "'") : claim).toList();
    }

    /**
     * "Teen critically injured" over "A 17-year-old is in critical condition": one patient told twice. Two figures of
     * two or more in a condition ("six taken to hospital, two in critical condition", "two remain critical") are the
     * part of a toll they do not give.
     */
    private static boolean sameCondition(CasualtyClaim other, CasualtyClaim claim) {
        return other.scope() == Scope.SUBSET && other.scopeReason().startsWith(ScopeReader.CONDITION)
                && other.count().equals(claim.count()) && claim.count().low() <= 1;
    }

    /**
     * Whether {@code part} is a smaller figure of the claim's own sentence: "Eight were hospitalized with gunshot
     * wounds, two in critical condition" (the two are the eight's).
     */
    private static boolean isPartIn(CasualtyClaim part, CasualtyClaim claim) {
        return part.sentence().index() == claim.sentence().index() && part.count().high() < claim.count().low();
    }

    /**
     * Whether the sentence tells how people were hurt ("wounded", "shot", "suffered minor injuries"), not only of
     * their care, nor only of others' deaths ("Four of our patients have died, six are in critical condition": the
     * six are those of the hurt still in danger).
     */
    private static boolean tellsHarm(Sentence sentence) {
        for (FigureToken token : FigureToken.tokenize(sentence.text(), List.of())) {
            String word = token.text();
            if (token.isWord() && (hurts(CasualtyWords.ACTIVE_VERBS.get(word)) || CasualtyWords.SHOT_VERBS.contains(word)
                    || CasualtyWords.HARM_NOUNS.contains(word)
                    || hurts(CasualtyWords.PREDICATES.get(word)) && !CARE_WORDS.contains(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure opens its sentence with no noun of its own: "Two people were stabbed. One suffered critical
     * injuries." speaks of people told of before.
     */
    private static boolean opensBare(CasualtyClaim claim) {
        String text = claim.sentence().text().stripLeading();
        if (!text.startsWith(claim.value() + " ") || NUMBERS.get().find(claim.value()).isEmpty()) {
            return false;
        }
        String next = text.substring(claim.value().length() + 1).split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
        return CasualtyWords.AUXILIARIES.contains(next) || CasualtyPredicate.takesHarm(next);
    }

    private static boolean hurts(CasualtyKind kind) {
        return kind != null && kind != CasualtyKind.KILLED;
    }

    /**
     * @param before the sentence before it, or {@code null}
     * @param given the slots the article has given a figure for so far; the figures found here are added
     * @param earlier the article's claims of the sentences before
     */
    private List<CasualtyClaim> extract(Sentence sentence, Sentence before, Set<CasualtyKind> given,
                                        List<CasualtyClaim> earlier) {
        String text = withoutScareQuotes(sentence.text());
        List<FigureToken> tokens = FigureToken.tokenize(text, numbers.find(text));
        List<VictimCounter.Found> victims = VictimCounter.find(tokens, sentence.index() < Sentence.LEAD_SENTENCES);
        List<CasualtyClaim> claims = new ArrayList<>();
        int nextVictim = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (nextVictim < victims.size() && victims.get(nextVictim).start() == k) {
                VictimCounter.Found victim = victims.get(nextVictim++);
                given.add(victim.kind());
                // "a man was killed" describes one victim and says at least one died, not how many: a toll needs a
                // figure or a list ("two men and a woman")
                Interval count = victim.phrase().lowerBound() || victim.phrase().parts() == 1 && victim.count() == 1
                        ? Interval.atLeast(victim.count()) : Interval.exactly(victim.count());
                claims.add(addedToOneBefore(scoped(new CasualtyClaim(victim.kind(), victim.phrase().value(), count,
                        victim.phrase().noun(), sentence, "", ""), tokens, victim.start(), victim.end())
                        .withCertainty(victim.phrase().parts() > 1 || victim.phrase().definite() ? DESCRIBED_LIST
                                : DESCRIBED), tokens, victim.end(), earlier));
                k = victim.end() - 1;
                continue;
            }
            if (!tokens.get(k).isNumber() || isComplementOfNoun(tokens, k) || isLabel(tokens, k)) {
                continue;
            }
            CasualtyKind previous = claims.isEmpty() ? null : claims.get(claims.size() - 1).kind();
            Slot slot = attackersReturnedFireOn(tokens, k, slotOf(tokens, k, previous));
            if (slot != null && isIncrement(tokens, k) && (given.isEmpty() || given.contains(slot.kind()))) {
                continue;
            }
            if (slot != null) {
                given.add(slot.kind());
                Quantity quantity = tokens.get(k).quantity();
                // "another 15 were hurt", "two more survivors were pulled out" add to a count given elsewhere: the
                // total is at least that
                Interval count = isWord(tokens, k - 1, "another") || isIncrement(tokens, k)
                        ? Interval.atLeast(quantity.count().low()) : quantity.count();
                CasualtyClaim claim = scoped(new CasualtyClaim(slot.kind(), quantity.text(), count,
                        subjectOf(tokens, k, slot, claims), sentence, "", ""), tokens, k, k + 1)
                        .withCertainty(quantity.vague() ? VAGUE : STATED);
                String narrowing = slot.narrowing().toLowerCase(Locale.ROOT);
                if (claim.scope() == Scope.WHOLE && !narrowing.isEmpty() && !EVERYONE.contains(narrowing)
                        && !narrowing.startsWith("aboard")) {
                    claim = claim.withScope(Scope.SUBSET, THOSE + "'" + slot.narrowing() + "'");
                }
                if (claim.scope() == Scope.WHOLE && isOthersBesidesOwnSlot(tokens, k, claim.kind(), before)) {
                    claim = claim.withScope(Scope.SUBSET, OTHERS_BESIDES);
                }
                claim = addedToOneBefore(claim, tokens, k + 1, earlier);
                if (claim.scope() == Scope.WHOLE && isPartInAnAside(tokens, k)) {
                    // "13 people, nine of them Argentines, were killed": a part of the figure before, told in passing
                    claim = claim.withScope(Scope.SUBSET, PART_IN_AN_ASIDE);
                }
                CasualtyClaim among = claims.isEmpty() ? null : claims.get(claims.size() - 1);
                if (claim.scope() == Scope.WHOLE && among != null && among.scope() != Scope.WHOLE
                        && isAmongTheFigureBefore(tokens, k)) {
                    // "32 of the most seriously injured were moved to Mashhad, among them 9 children": a part of a part
                    claim = claim.withScope(among.scope(), AMONG + among.scopeReason());
                }
                claims.add(isDefinite(tokens, k) ? asStatedBefore(claim, earlier)
                        : isWord(tokens, k - 1, "all") ? asGroupBefore(claim, earlier) : claim);
            }
        }
        return splitFigures(claims);
    }

    /**
     * What a figure counts: its slot's noun, or, for a bare figure opening the clause after "and" when the sentence's
     * first figure counts people of one nationality, that group, which the clause leaves out ("one Polish
     * citizen had died and three had been injured": three Polish citizens). Other nouns are left to "people": "16
     * migrants were killed and 46 injured" is the crash's toll, compared with the "people" of other reports.
     */
    private static String subjectOf(List<FigureToken> tokens, int k, Slot slot, List<CasualtyClaim> before) {
        if (!slot.subject().equals(CasualtyClaim.PEOPLE) || !isWord(tokens, k - 1, "and")
                || !SubjectPhrase.read(tokens, k + 1, tokens.get(k).quantity().count()).isEmpty()) {
            return slot.subject();
        }
        return before.isEmpty() || before.get(0).nationality().isEmpty() ? slot.subject() : before.get(0).subject();
    }

    /**
     * "Two people were killed and seven wounded ... A 12-year-old girl and a 14-year-old boy were also wounded": people
     * that "also" befell what a figure of an earlier sentence gave are besides it or among it, never the whole toll.
     * The word stands between the counted people and their predicate, after {@code from}; "two were killed. Three
     * were also hurt" has no figure of the hurt before, and the three are its whole.
     */
    private static CasualtyClaim addedToOneBefore(CasualtyClaim claim, List<FigureToken> tokens, int from,
                                                  List<CasualtyClaim> earlier) {
        if (claim.scope() != Scope.WHOLE || !alsoBeforePredicate(tokens, from)
                || earlier.stream().noneMatch(c -> c.kind() == claim.kind() && c.scope() == Scope.WHOLE)) {
            return claim;
        }
        return claim.withScope(Scope.SUBSET, ALSO);
    }

    private static boolean alsoBeforePredicate(List<FigureToken> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + MAX_BEFORE_ALSO; i++) {
            FigureToken token = tokens.get(i);
            if (token.isWord("also")) {
                return true;
            }
            if (!token.isWord() || CasualtyWords.PREDICATES.containsKey(token.text())
                    || CasualtyWords.ACTIVE_VERBS.containsKey(token.text())) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of an injury, words of harm for {@link #isOthersBesidesOwnSlot}. */
    private static final Set<String> WOUNDS = Set.of("wound", "wounds", "injury");

    /**
     * "Among the dead were a vendor and her son. Three other children were killed", "Two officers were wounded.
     * Three other people were also shot": a figure of others counts people besides someone of its own slot, a part
     * of the slot's toll, when the words of harm before it (in its sentence and the one before) are all of its slot.
     * Others besides people of another slot are that slot's whole: "A man was killed and four other people were
     * injured", "The driver died at the scene. Three other people were hospitalized."
     */
    private static boolean isOthersBesidesOwnSlot(List<FigureToken> tokens, int k, CasualtyKind kind,
                                                  Sentence previous) {
        if (!isWord(tokens, k + 1, "other") && !isWord(tokens, k + 1, "others")) {
            return false;
        }
        Set<CasualtyKind> said = EnumSet.noneOf(CasualtyKind.class);
        harmSaid(tokens.subList(0, k), said);
        // "Nine passengers were martyred and 22 others injured": after a count of its own sentence, others are
        // besides that count, whose slot only its own sentence tells
        boolean countedBefore = tokens.subList(0, k).stream().anyMatch(FigureToken::isNumber);
        if (previous != null && !countedBefore) {
            harmSaid(FigureToken.tokenize(previous.text(), List.of()), said);
        }
        return said.equals(EnumSet.of(kind));
    }

    private static void harmSaid(List<FigureToken> tokens, Set<CasualtyKind> said) {
        for (FigureToken token : tokens) {
            String word = token.text();
            CasualtyKind kind = CasualtyWords.PREDICATES.getOrDefault(word, CasualtyWords.GROUPS.get(word));
            if (kind == null && WOUNDS.contains(word)) {
                // "The second man suffered a wound to the leg. Three other people were hurt": besides the wounded
                kind = CasualtyKind.INJURED;
            }
            if (kind == null) {
                // "The bodies of two of the six fishermen who went missing washed ashore, and four others remain"
                kind = CasualtyWords.ACTIVE_VERBS.getOrDefault(word, CasualtyWords.COUNTED_NOUNS.get(word));
            }
            if (kind != null) {
                said.add(kind);
            }
        }
    }

    private static CasualtyClaim scoped(CasualtyClaim claim, List<FigureToken> tokens, int start, int end) {
        ScopeReader.Reading reading = ScopeReader.read(tokens, start, end, claim.sentence().index() == 0);
        if (reading.scope() == Scope.COMBINED && claim.count().high() == 0) {
            // "no one was killed or injured": true of each measure alone
            reading = ScopeReader.Reading.WHOLE;
        }
        if (reading.scope() == Scope.WHOLE && isPartOfOwnGroup(tokens, end, claim.kind())) {
            return claim.withScope(Scope.SUBSET, "part of the " + tokens.get(end + 2).text());
        }
        if (reading.scope() == Scope.WHOLE && claim.kind() != CasualtyKind.MISSING && isTheRest(tokens, start)) {
            return claim.withScope(Scope.SUBSET, "'" + tokens.get(start - 2).text() + " " + tokens.get(start - 1).text()
                    + "'");
        }
        if (reading.scope() == Scope.WHOLE) {
            Optional<String> more = oneMoreAfter(tokens, end, claim.kind(), claim.count());
            if (more.isPresent()) {
                return claim.withScope(Scope.SUBSET, ONE_MORE_AFTER + "'" + more.get() + "'");
            }
        }
        return claim.withScope(reading.scope(), reading.reason());
    }

    /**
     * "Five people were declared dead at the scene and a sixth died on the way to hospital", "three were killed
     * outright and another died later", "three died at the scene and two more in hospital", "11 died at the scene
     * and three in hospital": a figure whose sentence goes on, after {@code and}, with more people of its slot
     * counts a part of the victims. More people are an ordinal or {@code another}, a figure with {@code more} or
     * {@code others}, or a bare figure whose predicate is left out when the figure's own clause says where or when
     * ("and 12 in hospital" alone may count the injured). The words of those more, if the sentence has them.
     */
    private static Optional<String> oneMoreAfter(List<FigureToken> tokens, int end, CasualtyKind kind,
                                                 Interval count) {
        int and = end;
        // "61 people injured: 38 at one hospital and 23 at another": the "and" of another figure's clause
        while (and < tokens.size() && !tokens.get(and).isWord("and") && !tokens.get(and).text().equals(";")) {
            if (tokens.get(and).isNumber() || tokens.get(and).text().equals(":")) {
                return Optional.empty();
            }
            and++;
        }
        int one = and + 1;
        if (one < tokens.size() && (tokens.get(one).isWord("a") || tokens.get(one).isWord("an"))) {
            one++;
        }
        if (and >= tokens.size() || one >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(one).text().toLowerCase(Locale.ROOT);
        // "Eleven miners died underground; a twelfth, Aleksandr Shevchuk, died in hospital": the ordinal right
        // after the count is one more of its people wherever its predicate stands
        boolean countsOn = count.isExact() && ORDINALS.indexOf(word) == count.low();
        if (!isWord(tokens, and, "and") && !countsOn) {
            return Optional.empty();
        }
        int next = one + 1;
        boolean bareFigure = false;
        if (tokens.get(one).isNumber()) {
            if (isWord(tokens, next, "more") || isWord(tokens, next, "others") || isWord(tokens, next, "other")) {
                next++;
            } else {
                bareFigure = true;
            }
        } else if (!word.equals("another") && ORDINALS.indexOf(word) < 1) {
            return Optional.empty();
        }
        for (int k = next; k < Math.min(tokens.size(), countsOn ? tokens.size() : next + ONE_MORE_REACH); k++) {
            CasualtyKind said = CasualtyWords.PREDICATES.get(tokens.get(k).text());
            boolean elided = said == null && k == next && ELIDED_PREDICATE.contains(tokens.get(k).text());
            // "and a third in hospital": the predicate of the figure's own clause goes on
            if (!bareFigure && (said == kind || elided) || bareFigure && elided && saysWhereOrWhen(tokens, end, and)) {
                StringBuilder words = new StringBuilder();
                for (FigureToken token : tokens.subList(and + 1, k + 1)) {
                    words.append(words.isEmpty() || token.type() == FigureToken.Type.PUNCT ? "" : " ")
                            .append(token.original());
                }
                return Optional.of(words.toString());
            }
            if (said != null || bareFigure) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "killed more than 60 "terrorists" in operations": quotes around one word say whose word it is, and close no
     * clause; they become spaces, so that every offset stays where it was.
     */
    private static String withoutScareQuotes(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0) {
            return text;
        }
        Matcher quoted = SCARE_QUOTES.matcher(text);
        StringBuilder plain = new StringBuilder(text);
        while (quoted.find()) {
            plain.setCharAt(quoted.start(), ' ');
            plain.setCharAt(quoted.end() - 1, ' ');
        }
        return plain.toString();
    }

    private static boolean saysWhereOrWhen(List<FigureToken> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (WHERE_OR_WHEN.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Of the 41 deaths, 19 occurred in single-vehicle crashes": a figure with {@code the} (those, these) in front
     * names one the article gave before, and counts what that one counts. A whole figure takes the scope of the
     * earlier figure of its slot with the same count, when that one is not whole.
     */
    private static CasualtyClaim asStatedBefore(CasualtyClaim claim, List<CasualtyClaim> earlier) {
        if (claim.scope() != Scope.WHOLE) {
            return claim;
        }
        return earlier.stream().filter(c -> c.kind() == claim.kind() && c.count().equals(claim.count())
                        && c.scope() != Scope.WHOLE).findFirst()
                .map(c -> claim.withScope(c.scope(), "as before: " + c.scopeReason())).orElse(claim);
    }

    /**
     * "Three employees were hurt: a doctor, a nurse and an orderly. All three are out of danger": {@code all} and a
     * figure speak again of the group last counted so in the article's sentences before, and count what it counts.
     */
    private static CasualtyClaim asGroupBefore(CasualtyClaim claim, List<CasualtyClaim> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            CasualtyClaim group = earlier.get(i);
            if (group.kind() == claim.kind() && group.count().equals(claim.count())) {
                return claim.withSubject(group.subject()).withScope(group.scope(), "as before: " + group.scopeReason());
            }
        }
        return claim;
    }

    /** Whether the figure at {@code k} counts some of the one before it: "among them 9", "including 9", "9 of them". */
    private static boolean isAmongTheFigureBefore(List<FigureToken> tokens, int k) {
        return isIncludedAmong(tokens, k) || isWord(tokens, k + 1, "of") && isWord(tokens, k + 2, "them");
    }

    /**
     * Whether the figure at {@code k} opens an aside between a counted group and its predicate ("13 people<b>, nine of
     * them Argentines,</b> were killed"): a part of that count.
     */
    private static boolean isPartInAnAside(List<FigureToken> tokens, int k) {
        return k >= 3 && afterParenthetical(tokens, k - 1) > k - 1
                && (tokens.get(k - 2).isNumber() || tokens.get(k - 3).isNumber());
    }

    /** Whether the figure at {@code k} follows "including" or "among them". */
    private static boolean isIncludedAmong(List<FigureToken> tokens, int k) {
        return isWord(tokens, k - 1, "including") || isWord(tokens, k - 2, "among") && isWord(tokens, k - 1, "them");
    }

    private static boolean isDefinite(List<FigureToken> tokens, int k) {
        return isWord(tokens, k - 1, "the") || isWord(tokens, k - 1, "those") || isWord(tokens, k - 1, "these");
    }

    /**
     * "Rescuers found the last two bodies overnight", "the remaining three injured were taken to hospital": a figure
     * after {@code the last}, {@code the final} or {@code the remaining} counts the rest of a group, not its whole. Not
     * of the missing: "the remaining 32 are still missing" is all who are.
     */
    private static boolean isTheRest(List<FigureToken> tokens, int start) {
        return (isWord(tokens, start - 2, "the") || isWord(tokens, start - 2, "its")
                || isWord(tokens, start - 2, "their")) && (isWord(tokens, start - 1, "last")
                || isWord(tokens, start - 1, "final") || isWord(tokens, start - 1, "remaining"));
    }

    /**
     * "Two of the dead were children", "three of those injured were officers": a figure followed by {@code of the} and
     * the group of its own slot counts a part of that group. Of another slot's group it is this slot's toll: "two of
     * the wounded died" are the dead.
     */
    private static boolean isPartOfOwnGroup(List<FigureToken> tokens, int end, CasualtyKind kind) {
        return end + 2 < tokens.size() && tokens.get(end).isWord("of")
                && (tokens.get(end + 1).isWord("the") || tokens.get(end + 1).isWord("those"))
                && CasualtyWords.GROUPS.get(tokens.get(end + 2).text()) == kind;
    }

    /**
     * "Two died at the scene and a third in hospital": two different figures for one slot and group in one sentence
     * each count a part of the victims, split by where, when or how; neither is the whole toll. A part by condition
     * is a part of the other figure, which stays whole: "Fifty people were injured, six in critical condition".
     */
    private static List<CasualtyClaim> splitFigures(List<CasualtyClaim> claims) {
        if (claims.size() < 2) {
            return claims;
        }
        List<CasualtyClaim> split = new ArrayList<>(claims.size());
        for (CasualtyClaim claim : claims) {
            boolean another = claims.stream().anyMatch(c -> c != claim && c.kind() == claim.kind()
                    && c.subject().equals(claim.subject()) && !c.count().equals(claim.count())
                    && !c.scopeReason().startsWith(ScopeReader.CONDITION));
            split.add(another && claim.scope() == Scope.WHOLE
                    ? claim.withScope(Scope.SUBSET, "one of several " + claim.kind().name().toLowerCase(
                            Locale.ROOT) + " figures in the sentence") : claim);
        }
        return split;
    }

    /**
     * "mother of 12", "a family of five", "two of the three victims": after {@code of}, a figure completes the noun
     * or partitive before it and is not counted by the clause's casualty word. A toll ("a death toll of 12"), "the
     * lives of nine", "a total of 12" and "one of five people injured" (the whole that the one belongs to) stay
     * figures.
     */
    private static boolean isComplementOfNoun(List<FigureToken> tokens, int k) {
        int of = k - 1;
        boolean definite = of >= 0 && CasualtyWords.DETERMINERS.contains(tokens.get(of).text());
        if (definite) {
            of--;
        }
        if (!isWord(tokens, of, "of")) {
            return false;
        }
        if (of >= 1 && tokens.get(of - 1).isNumber()) {
            // "one of five people injured" names the whole; "two of the three victims died" counts the two
            return definite;
        }
        return !definite && !isWord(tokens, of - 1, "lives") && !isWord(tokens, of - 1, "bodies")
                && !isWord(tokens, of - 1, "total")
                && TollPhrase.before(tokens, k).isEmpty();
    }

    /**
     * "the 4 line", "the 7 train", "the 101 freeway": digits between {@code the} and a singular noun name a thing, as
     * a count of two or more is followed by a plural ("the 12 victims"). Nouns of persons, groups that have no plural
     * ({@code police}, {@code staff}) and nationalities are counted, not named.
     */
    private static boolean isLabel(List<FigureToken> tokens, int k) {
        if (!isWord(tokens, k - 1, "the") || !tokens.get(k).original().chars().allMatch(Character::isDigit)) {
            return false;
        }
        SubjectPhrase phrase = SubjectPhrase.read(tokens, k + 1, tokens.get(k).quantity().count());
        String noun = phrase.head();
        // "the 20 surviving injured": a participle before the casualty word that names the counted
        if (phrase.isEmpty() || noun.endsWith("ing") || noun.endsWith("ed")) {
            return false;
        }
        return !noun.endsWith("s") && !CasualtyWords.IRREGULAR_SINGULARS.containsKey(noun)
                && !CasualtyWords.PEOPLE.contains(noun) && !CasualtyWords.GROUPS.containsKey(noun)
                && !VictimPhrase.SINGULAR.contains(noun) && !COLLECTIVES.contains(noun)
                && !Nationality.isDemonym(noun);
    }

    /** Nouns of people that are plural without an {@code s}: "the 12 police", "the 40 staff". */
    private static final Set<String> COLLECTIVES = Set.of("police", "crew", "staff", "personnel");

    /** Words that open an aside about the group just counted: "including two children", "all of them men". */
    private static final Set<String> PARENTHETICAL_OPENERS = Set.of("including", "all");
    /** Words of a part that open such an aside before "of them": "most of them women", "nine of them children". */
    private static final Set<String> PART_WORDS = Set.of("most", "many", "some", "half", "several", "none");
    /** The longest aside skipped, in tokens. */
    private static final int PARENTHETICAL_WORDS = 10;
    /** The longest apposition between commas skipped after a described group, in tokens. */
    private static final int APPOSITION_WORDS = 6;
    /** Marks that open an aside, and the mark that closes it. */
    private static final Map<String, String> ASIDE_CLOSERS = Map.of("\u2014", "\u2014", "\u2013", "\u2013", "(", ")");
    /** The longest aside between dashes or brackets skipped, in tokens. */
    private static final int ASIDE_WORDS = 15;

    /**
     * Prepositions that open a phrase narrowing the group counted before its verb: "three people <b>in the van</b>
     * were killed", "59 citizens <b>of Kyrgyzstan</b> were killed", "two people <b>on the ground</b> were hurt".
     */
    private static final Set<String> NARROWING = Set.of("of", "from", "at", "in", "on", "inside", "near", "aboard");
    /** Such phrases that name everyone: "six people in all were shot", "21 people on board were killed". */
    private static final Set<String> EVERYONE = Set.of("in all", "in total", "on board");
    /** The longest narrowing phrase read, in words. */
    private static final int NARROWING_WORDS = 5;
    /** Words that start a clause or another item, which a narrowing phrase never holds. */
    private static final Set<String> CLAUSE_WORDS = Set.of("who", "that", "which", "and", "or");
    private static final String THOSE = "those ";

    /**
     * The slot a figure fills and the group it counts; {@code narrowing}, the phrase that narrows the group before its
     * verb ("in the van"), empty when there is none.
     */
    private record Slot(CasualtyKind kind, String subject, String narrowing) {

        Slot(CasualtyKind kind, String subject) {
            this(kind, subject, "");
        }
    }

    private static Slot attackersReturnedFireOn(List<FigureToken> tokens, int k, Slot slot) {
        if (slot == null || !slot.subject().equals(CasualtyClaim.PEOPLE) || k == 0
                || !PARTICIPLES_BEFORE.contains(tokens.get(k - 1).text()) || k + 1 < tokens.size()
                && tokens.get(k + 1).isWord() && !AFTER_NO_NOUN.contains(tokens.get(k + 1).text())) {
            return slot;
        }
        Matcher fired = FIRED_ON_ATTACKERS.matcher(tokens.subList(0, k).stream().map(FigureToken::original)
                .collect(Collectors.joining(" ")));
        return fired.find() ? new Slot(slot.kind(), fired.group(1).toLowerCase(Locale.ROOT)) : slot;
    }

    private static Slot slotOf(List<FigureToken> tokens, int k, CasualtyKind previous) {
        Quantity quantity = tokens.get(k).quantity();
        int after = k + 1;
        boolean of = isWord(tokens, after, "of");
        // "dozens of people" and "seven of our workers" count the noun that follows; "two of the dead" a subgroup.
        if (of && (quantity.vague() || POSSESSIVES.contains(text(tokens, after + 1)))) {
            after += quantity.vague() ? 1 : 2;
            of = false;
        }
        SubjectPhrase subject = SubjectPhrase.read(tokens, after, quantity.count());
        if (isIncludedAmong(tokens, k)) {
            return previous == null || subject.isPeople() ? null : new Slot(previous, subject.noun());
        }
        if (of) {
            Slot part = partOfGroup(tokens, k + 2, previous);
            return part != null || quantity.count().low() < 2 ? part : ofThoseAboard(tokens, k + 2);
        }
        Slot slot = verbBefore(tokens, k, subject);
        if (slot == null) {
            slot = predicateAfter(tokens, subject);
        }
        if (slot == null) {
            slot = TollPhrase.before(tokens, k).map(toll -> new Slot(toll.kind(),
                    toll.subject().isEmpty() ? subject.noun() : toll.subject())).orElse(null);
        }
        return slot;
    }

    /** "two of the dead were children", "three of them soldiers": a subgroup, kept only with its own noun. */
    private static Slot partOfGroup(List<FigureToken> tokens, int i, CasualtyKind previous) {
        CasualtyKind kind;
        int group = -1;
        if (isWord(tokens, i, "them")) {
            kind = previous;
            i++;
        } else if ((isWord(tokens, i, "the") || isWord(tokens, i, "those")) && i + 1 < tokens.size()
                && CasualtyWords.GROUPS.containsKey(tokens.get(i + 1).text())) {
            kind = CasualtyWords.GROUPS.get(tokens.get(i + 1).text());
            i += 2;
            group = i;
        } else {
            return null;
        }
        while (i < tokens.size() && (CasualtyWords.AUXILIARIES.contains(tokens.get(i).text())
                || CasualtyWords.DETERMINERS.contains(tokens.get(i).text()))) {
            i++;
        }
        // "one of the wounded men": with no verb between, the noun names the group the part is taken from
        SubjectPhrase subject = SubjectPhrase.read(tokens, i, Interval.atLeast(2));
        return kind == null || i == group || subject.isPeople() ? null : new Slot(kind, subject.noun());
    }

    /**
     * "Twelve of the passengers were killed", "Fifty of them were injured": two or more of a group that is not itself
     * a count of casualties (those aboard, those present) fill the slot of the verb of harm after it, and count the
     * group's noun. Reads from {@code i}, the word after {@code of}.
     */
    private static Slot ofThoseAboard(List<FigureToken> tokens, int i) {
        boolean them = isWord(tokens, i, "them");
        if (!them && !isWord(tokens, i, "the") && !isWord(tokens, i, "those")) {
            return null;
        }
        SubjectPhrase group = SubjectPhrase.read(tokens, i + 1, Interval.atLeast(2));
        if (!them && group.isEmpty()) {
            return null;
        }
        // "two of them died", not "four of them in critical condition": a state is a part of a figure given before
        int verb = group.end();
        while (verb < tokens.size() && CasualtyWords.AUXILIARIES.contains(tokens.get(verb).text())) {
            verb++;
        }
        boolean harmed = verb < tokens.size() && (CasualtyWords.ACTIVE_VERBS.containsKey(tokens.get(verb).text())
                || CasualtyWords.PREDICATES.containsKey(tokens.get(verb).text()));
        // "Four of the people wounded are under 18": a participle right after the group, then a verb of its own, names
        // the casualties the figure is a part of, as "four of the wounded" does
        boolean partOfTheHarmed = verb == group.end() && verb + 1 < tokens.size()
                && CasualtyWords.AUXILIARIES.contains(tokens.get(verb + 1).text());
        return harmed && !partOfTheHarmed ? predicateAfter(tokens, group) : null;
    }

    private static Slot verbBefore(List<FigureToken> tokens, int k, SubjectPhrase subject) {
        if (k == 0 || !tokens.get(k - 1).isWord()) {
            return null;
        }
        String verb = tokens.get(k - 1).text();
        CasualtyKind kind = CasualtyWords.ACTIVE_VERBS.get(verb);
        // "shot four men", but not a team that "shot 46 percent" nor "shot 35." with no noun at all
        if (CasualtyWords.SHOT_VERBS.contains(verb) && !subject.isEmpty() && subject.countsPersons()) {
            kind = CasualtyKind.SHOT;
        }
        if (CasualtyPredicate.killsToDeath(tokens, k - 1, subject.end())) {
            // "stabbed two people to death", "burned three children to death"
            kind = CasualtyKind.KILLED;
        }
        // "pulled 10 people alive from the rubble": "alive" sits between the group and "from".
        int end = isWord(tokens, subject.end(), "alive") ? subject.end() + 1 : subject.end();
        if (CasualtyWords.EXTRACTION_VERBS.contains(verb)
                && (isWord(tokens, end, "from") || isWord(tokens, end, "out"))) {
            kind = CasualtyKind.RESCUED;
        }
        if (kind == null && isWord(tokens, k - 1, "of") && (isWord(tokens, k - 2, "lives")
                || isWord(tokens, k - 2, "bodies") && !isWord(tokens, end, "of"))) {
            // "claimed the lives of nine hikers", "recovered the bodies of six miners" (not "of two of the six")
            kind = CasualtyKind.KILLED;
        }
        if (kind == null) {
            return null;
        }
        // Rescuers who "pulled 12 bodies from the rubble" count the dead.
        return new Slot(subject.head().equals("bodies") ? CasualtyKind.KILLED : kind, subject.noun());
    }

    /**
     * The slot of the predicate after a figure's subject. A noun that counts casualties gives its own ("12 bodies",
     * "31 deaths"), but victims are only the people hit until a predicate says what befell them: "3 victims
     * deceased and 7 victims wounded", "two victims died" count the dead and the hurt, "five victims were taken to
     * hospital" all those hit.
     */
    private static Slot predicateAfter(List<FigureToken> tokens, SubjectPhrase subject) {
        CasualtyKind counted = CasualtyWords.COUNTED_NOUNS.get(subject.head());
        if (counted == CasualtyKind.SHOT) {
            CasualtyKind befell = CasualtyPredicate.at(tokens, afterParenthetical(tokens, subject.end()));
            return new Slot(befell == null ? counted : befell, subject.noun());
        }
        if (counted != null) {
            return new Slot(counted, subject.noun());
        }
        int predicate = afterParenthetical(tokens, subject.end());
        int i = predicate;
        while (i < tokens.size() && CasualtyWords.AUXILIARIES.contains(tokens.get(i).text())) {
            i++;
        }
        if (isWord(tokens, i, "among") && (isWord(tokens, i + 1, "the") || isWord(tokens, i + 1, "those"))
                && i + 2 < tokens.size() && CasualtyWords.GROUPS.containsKey(tokens.get(i + 2).text())) {
            return new Slot(CasualtyWords.GROUPS.get(tokens.get(i + 2).text()), subject.noun());
        }
        Slot befell = harmAfterDescribed(tokens, subject);
        if (befell != null) {
            return befell;
        }
        CasualtyKind kind = CasualtyPredicate.at(tokens, predicate);
        if (kind == null && CasualtyPredicate.toHospital(tokens, predicate)) {
            kind = CasualtyKind.SHOT;
        }
        if (kind != null) {
            return new Slot(kind, subject.noun());
        }
        Slot narrowed = narrowedBeforePredicate(tokens, subject);
        return narrowed != null ? narrowed : listEndingInPredicate(tokens, subject);
    }

    /**
     * "Four injured people, two of them children, had died in hospital", "two wounded guards died of their injuries":
     * the word of a casualty group right after a figure describes the persons named after it, and a verb of another
     * harm after them says what befell them. The figure counts those of the group it befell (narrowed by the word).
     */
    private static Slot harmAfterDescribed(List<FigureToken> tokens, SubjectPhrase subject) {
        CasualtyKind described = CasualtyWords.GROUPS.get(text(tokens, subject.end()));
        if (!subject.isEmpty() || described == null) {
            return null;
        }
        SubjectPhrase persons = SubjectPhrase.read(tokens, subject.end() + 1, Interval.atLeast(2));
        if (persons.isEmpty() || CasualtyPredicate.isThing(persons.head())) {
            return null;
        }
        int predicate = persons.end();
        if (text(tokens, predicate).equals(",")) {
            // an apposition: "four injured people, two of them children, had died"
            for (int j = predicate + 1; j < tokens.size() && j <= predicate + APPOSITION_WORDS; j++) {
                if (text(tokens, j).equals(",")) {
                    predicate = j + 1;
                    break;
                }
            }
        }
        CasualtyKind kind = CasualtyPredicate.at(tokens, predicate);
        return kind == null || kind == described ? null
                : new Slot(kind, persons.noun(), tokens.get(subject.end()).text());
    }

    /**
     * "13 inmates, one guard dead", "four soldiers and two police officers were killed": a group listed before
     * another figure's group takes the verb the list ends on. Both groups must name who they count, so "Of 40
     * passengers, 12 were killed" never counts the passengers.
     */
    private static Slot listEndingInPredicate(List<FigureToken> tokens, SubjectPhrase subject) {
        int next = subject.end() + 1;
        if (subject.isEmpty() || subject.isPeople() || CasualtyPredicate.isThing(subject.head())
                || !(text(tokens, subject.end()).equals(",") || isWord(tokens, subject.end(), "and"))
                || next >= tokens.size() || !tokens.get(next).isNumber()) {
            return null;
        }
        SubjectPhrase following = SubjectPhrase.read(tokens, next + 1, tokens.get(next).quantity().count());
        Slot slot = following.isEmpty() || CasualtyPredicate.isThing(following.head()) ? null
                : predicateAfter(tokens, following);
        return slot == null || !slot.narrowing().isEmpty() ? null : new Slot(slot.kind(), subject.noun());
    }

    /**
     * "Three people in the van were killed": a group narrowed by a phrase before its verb ({@link
     * #NARROWING}) fills the verb's slot, the phrase kept for its scope; the phrase is words alone (or "one", as in
     * "members of one family"), no clause ("who", "that") and no other figure.
     */
    private static Slot narrowedBeforePredicate(List<FigureToken> tokens, SubjectPhrase subject) {
        int at = subject.end();
        if (subject.isEmpty() || CasualtyPredicate.isThing(subject.head()) || !NARROWING.contains(text(tokens, at))) {
            return null;
        }
        int end = at + 1;
        while (end < tokens.size() && end - at <= NARROWING_WORDS && isNarrowingWord(tokens.get(end))) {
            end++;
        }
        // "two persons from the list of injured went home": a phrase cut off after "of" is no group's
        boolean complete = end > at + 1 && !CasualtyWords.NOT_SUBJECT.contains(text(tokens, end - 1));
        CasualtyKind kind = complete || isWord(tokens, at, "aboard") ? CasualtyPredicate.at(tokens, end) : null;
        return kind == null ? null : new Slot(kind, subject.noun(), tokens.subList(at, end).stream()
                .map(FigureToken::original).collect(Collectors.joining(" ")));
    }

    private static boolean isNarrowingWord(FigureToken token) {
        String word = token.text();
        return token.isWord() && Character.isLetter(word.charAt(0)) && !CasualtyWords.AUXILIARIES.contains(word)
                && !CasualtyWords.PREDICATES.containsKey(word) && !CasualtyWords.ACTIVE_VERBS.containsKey(word)
                && !CLAUSE_WORDS.contains(word)
                || token.isNumber() && token.text().equals("one");
    }

    /**
     * "Four people<b>, including two children,</b> were killed", "three men<b>, all in their 20s,</b> were shot",
     * "13 people<b>, nine of them Argentines,</b> were killed",
     * "Three people <b>— two officers and a man who was pumping gas —</b> were wounded": a part named between commas
     * after the group, or anything between dashes or brackets, does not part it from its predicate. The index after
     * the closing mark, or {@code i} when no such aside starts there.
     */
    private static int afterParenthetical(List<FigureToken> tokens, int i) {
        String close = ASIDE_CLOSERS.get(text(tokens, i));
        if (close != null) {
            for (int j = i + 1; j < tokens.size() && j <= i + ASIDE_WORDS; j++) {
                if (text(tokens, j).equals(close)) {
                    return j + 1;
                }
            }
            return i;
        }
        boolean ofThem = i + 3 < tokens.size() && isWord(tokens, i + 2, "of") && isWord(tokens, i + 3, "them")
                && (tokens.get(i + 1).isNumber() || PART_WORDS.contains(text(tokens, i + 1)));
        if (!text(tokens, i).equals(",") || !PARENTHETICAL_OPENERS.contains(text(tokens, i + 1)) && !ofThem) {
            return i;
        }
        for (int j = i + 2; j < tokens.size() && j <= i + PARENTHETICAL_WORDS; j++) {
            if (text(tokens, j).equals(",")) {
                return j + 1;
            }
        }
        return i;
    }

    /** "three more bodies", "5 additional people", "a further 4", "an additional six": people added to a total. */
    private static boolean isIncrement(List<FigureToken> tokens, int k) {
        String before = text(tokens, k - 2) + " " + text(tokens, k - 1);
        return CasualtyWords.INCREMENT_AFTER.contains(text(tokens, k + 1))
                || before.equals("a further") || before.equals("an additional");
    }

    private static String text(List<FigureToken> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    private static boolean isWord(List<FigureToken> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
    }
}
