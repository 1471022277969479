package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.number.NumberParser;
import news.crosscheck.claim.number.Quantity;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.spelling.WordList;
import news.crosscheck.spelling.WordStartPattern;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tolls an article implies without stating them. An article that reports people hurt in its own event, says
 * somewhere that they are alive (a word of {@code alive-words.txt}: {@code wounded}, {@code hospital},
 * {@code condition}...) or that no one was hurt ({@code No injuries were reported}), and nowhere says or hints that
 * anyone died (no word of {@code death-words.txt}:
 * {@code killed}, {@code dead}, {@code fatal}, {@code homicide}, {@code funeral}...) implies that no one had been
 * killed when it was written:
 * "three people were wounded" is, as of its writing, also "no one was killed". A later article with a death is then
 * an update a desk wants to see. Also whether the article says the attacker is among the dead
 * ({@code perpetrator-died.txt}) or turned his weapon on himself ({@code perpetrator-shot.txt}).
 */
public final class ImpliedToll {

    /** The scope reason of those hit, fewer than the hurt the article counts, before that count. */
    private static final String HIT_AMONG_HURT = "hit, among the hurt counted: ";

    /** How sure an implied figure is: the article may just have left the deaths out. */
    static final double IMPLIED = 0.6;
    static final String NONE_KILLED = "no one reported killed";

    private static final WordStartPattern DEATH = WordList.anyOf("/news/crosscheck/claim/casualty/death-words.txt");
    private static final WordStartPattern HURT = WordList.anyOf("/news/crosscheck/claim/casualty/hurt-words.txt");
    private static final WordStartPattern ALIVE = WordList.anyOf("/news/crosscheck/claim/casualty/alive-words.txt");
    private static final WordStartPattern PERPETRATOR_DIED =
            WordList.anyOf("/news/crosscheck/claim/casualty/perpetrator-died.txt");
    private static final WordStartPattern PERPETRATOR_SHOT =
            WordList.anyOf("/news/crosscheck/claim/casualty/perpetrator-shot.txt");
    /**
     * The one who attacked, as the subject of a clause that has him hurt ("the gunman, 24, was shot by an officer",
     * "the suspect is being treated for stab wounds"), kept in hospital "under police guard", or counted among the
     * hurt as the one who fired ("23 others were wounded, including the man police say opened fire") or as one set
     * apart ("Five people were injured, including Haddad himself"): a count of the hurt may hold him.
     */
    private static final List<Phrase> PERPETRATOR_HURT = List.of(
            new Phrase(List.of("suspect", "gunman", "shooter", "attacker", "assailant", "accused", "stabber"),
                    WordStartPattern.compile("\\b(?:the|a|an) (?:alleged |suspected )?"
                            + "(?:suspect|gunman|shooter|attacker|assailant|accused|stabber)(?:\\s*,[^,.;]{1,60},)?\\s+"
                            + "(?:was|were|is|has been|had been) (?:also |later |himself |herself )?(?:being )?"
                            + "(?:shot|wounded|injured|hurt|treated|taken to (?:a )?hospital|hospitali[sz]ed"
                            + "|in hospital|in (?:a )?(?:critical|serious|stable) condition)\\b")),
            new Phrase(List.of("guard"), WordStartPattern.compile("\\bunder (?:police|armed) guard\\b")),
            new Phrase(List.of("including"), WordStartPattern.compile("\\bincluding (?:the|a|an) (?:[\\w-]+ ){0,2}?"
                    + "(?:man|woman|person|teen|teenager|suspect|gunman|shooter)"
                    + ",? (?:who |whom (?:police|authorities) (?:say|said) |(?:police|authorities) (?:say|said) )?"
                    + "(?:opened fire|fired|started shooting)\\b(?! back)"
                    + "|\\bincluding (?:[\\w'-]+ ){1,3}(?:himself|herself)\\b")));
    /** Words one of which {@link #PERPETRATOR_HURT} needs, to skip the patterns where none stands. */
    private static final List<String> PERPETRATOR_HURT_WORDS = List.of("suspect", "gunman", "shooter", "attacker",
            "assailant", "accused", "stabber", "guard", "fire", "himself", "herself");

    /**
     * Who attacked, in the plural: the counted dead among them ({@link #perpetratorsDead}). Only "including" ties
     * militants or insurgents to the toll; "five militants were killed" is as often a raid days later.
     */
    private static final String PLURAL_ATTACKERS = "(?:attackers|assailants|gunmen|bombers|shooters|raiders)";
    private static final String ATTACKERS = "(?:of the )?" + PLURAL_ATTACKERS;
    private static final String ARMED = "(?:of the )?(?:attackers|assailants|gunmen|bombers|shooters|raiders"
            + "|militants|insurgents|terrorists)";
    /** Words (and a stem) one of which {@link #ATTACKERS_DEAD} needs, to skip the pattern where none stands. */
    private static final List<String> ATTACKER_WORDS = List.of("attackers", "assailants", "gunmen", "bombers",
            "shooters", "raiders", "militants", "insurgents", "terrorists", "neutrali");
    private static final String COUNT = "(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /**
     * One of several attackers among the dead: "one of the attackers was shot dead by a security guard", "five people
     * died, among them one of the gunmen".
     */
    private static final WordStartPattern ONE_ATTACKER_DEAD = WordStartPattern.compile(
            "\\b(?:(?:among them|including|one of whom was) "
            + "one of the " + PLURAL_ATTACKERS + "|one of the " + PLURAL_ATTACKERS + " (?:was |had been )?(?:killed"
            + "|shot dead|shot and killed|died))\\b");
    /**
     * The one who attacked, as the subject of a clause that has him dead: "the man suspected of starting the fire also
     * died", "the man who allegedly fired it was then beaten to death by a crowd", "the suspect, 24, died at the
     * scene", "suspect among the dead". He is named by what he is ({@code suspect}, {@code gunman},
     * {@code arsonist}...) or by what he did ("the man who opened fire", "the man police believe set the fire");
     * "killed" must be passive, so "the gunman killed three" is not his death.
     */
    private static final WordStartPattern PERPETRATOR_DEAD = WordStartPattern.compile(
            "\\b(?:(?:alleged |suspected |accused )?"
            + "(?:suspect|gunman|shooter|attacker|assailant|arsonist|firebug|bomber|stabber|killer|perpetrator)"
            + "|(?:man|woman|youth|teenager|driver|inmate|prisoner|passenger|student|pupil|worker|employee|patient"
            + "|customer|neighbou?r|guard|person) (?:who |whom police (?:say|said|believe) "
            + "|police (?:say|said|believe) |suspected of |accused of )(?:allegedly )?"
            + "(?:fired|opened fire|firing|shot|started|starting|set|setting|lit|stabbed|attacked)\\b[^.;,]{0,40}?)"
            + "(?:\\s*(?:,[^,.;]{1,60}){1,2},)?\\s+"
            + "(?:(?:was|were) shot\\b[^.;]{0,60}? and (?:later |then )?died"
            + "|(?:was|were|is|has been|had been) (?:(?:also|later|then|himself|herself|subsequently) )*"
            + "(?:killed|shot dead|shot and killed|beaten to death|lynched|stoned to death|burned to death|found dead"
            + "|pronounced dead|dead|among the dead)"
            + "|(?:(?:also|later|then|subsequently) )*(?:died|succumbed)|among the dead)\\b");
    /**
     * One of the dead said to be the one who attacked: "the seventh body recovered from the bus is that of the man the
     * police suspect of starting it", "the seventh person who died is the man we believe started the fire".
     */
    private static final WordStartPattern DEAD_IS_PERPETRATOR = WordStartPattern.compile(
            "\\b(?:body|bodies|dead|died)\\b[^.;]{0,60}?"
            + "\\b(?:is|was) (?:that of |also )?the (?:man|woman|person|passenger|driver|youth|teenager)\\b[^.;]{0,40}?"
            + "\\b(?:start(?:ed|ing)?|set(?:ting)?|lit|fired|opened fire|attacked)\\b");
    private static final WordStartPattern ATTACKERS_DEAD = WordStartPattern.compile(
            "\\b(?:including (?:the )?" + COUNT + " " + ARMED
            + "|" + COUNT + " " + ATTACKERS + " (?:were |had been |have been )?(?:killed|neutrali[sz]ed|shot dead)"
            + "|neutrali[sz]ed " + COUNT + " (?:of them|" + ATTACKERS + "))\\b");
    /**
     * One more attacker dead, counted by an ordinal: "a second gunman was killed in a raid", "second attacker shot
     * dead" (at least two of them dead).
     */
    private static final WordStartPattern NTH_ATTACKER_DEAD = WordStartPattern.compile(
            "\\b(second|third|fourth|fifth) (?:gunman"
            + "|attacker|assailant|bomber|shooter|raider|militant|suspect) (?:was |had been |has been )?(?:also )?"
            + "(?:killed|shot dead|shot and killed|neutrali[sz]ed|died)\\b");
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth");
    /** More attackers dead than this is a battle's count, not a difference between two tolls of one attack. */
    private static final int MAX_ATTACKERS = 12;
    /** A parser keeps state (remembered readings, ICU's formats): one per thread, as the job extracts on several. */
    private static final ThreadLocal<NumberParser> NUMBERS = ThreadLocal.withInitial(NumberParser::new);
    /**
     * The text last lower-cased on this thread and its lower case: an article's text is read by {@link #noneKilled},
     * {@link #perpetratorsDead} and {@link #perpetratorShot} in turn, and one lower case serves all three (the places
     * where its words begin are then read once too, see {@code WordStarts}).
     */
    private static final ThreadLocal<String[]> LOWER = ThreadLocal.withInitial(() -> new String[2]);

    /** A word of the hurt (group 1) or of the dead, for the list an "including" closes ({@link #amongTheHurt}). */
    private static final Pattern CASUALTY_WORD = Pattern.compile("\\b(?:(injured|wounded|hurt)|killed|dead|died)\\b");
    /** A "not" or "n't" that ends the text before a phrase: "a toll not including the bomber". */
    private static final Pattern NEGATED = Pattern.compile("(?:\\bnot|n't)\\s+$");
    private static final int NEGATION_REACH = 8;

    private ImpliedToll() {
    }

    /**
     * An implied "no one killed", if the article implies it, stated in the sentence of its first own injured figure,
     * or else the first sentence of its lead that says someone was hurt ("a man was shot on Main Street").
     */
    public static Optional<CasualtyClaim> noneKilled(List<CasualtyClaim> claims, List<Sentence> sentences,
                                                     String text) {
        String lower = lower(text);
        // "No injuries had been reported" says everyone is alive as surely as a word of the living does
        boolean noneHurt = claims.stream().anyMatch(c -> c.kind() == CasualtyKind.INJURED && !c.isAboutOtherEvent()
                && c.scope() == Scope.WHOLE && c.count().high() == 0);
        if (claims.stream().anyMatch(c -> c.kind() == CasualtyKind.KILLED) || mentionsDeath(lower)
                || !ALIVE.matcher(lower).find() && !noneHurt) {
            return Optional.empty();
        }
        Optional<Sentence> hurt = claims.stream().filter(c -> c.kind() == CasualtyKind.INJURED)
                .filter(c -> !c.isAboutOtherEvent() && (c.scope() == Scope.WHOLE || c.scope() == Scope.SUBSET))
                .map(CasualtyClaim::sentence).findFirst()
                .or(() -> sentences.stream().limit(Sentence.LEAD_SENTENCES)
                        .filter(s -> HURT.matcher(s.text().toLowerCase(Locale.ROOT)).find()).findFirst());
        return hurt.map(sentence -> new CasualtyClaim(CasualtyKind.KILLED, NONE_KILLED, Interval.exactly(0),
                CasualtyClaim.PEOPLE, sentence, "", "", Scope.WHOLE, "implied: people hurt and no death mentioned",
                IMPLIED, true));
    }

    /**
     * What "people shot" counts ({@link CasualtyKind#SHOT}) once the article is read: in an article that mentions no
     * death (no killed figure, no word of {@code death-words.txt}), everyone shot is hurt and alive, so "police said
     * he shot four men" is four injured; in any other, shot figures mix the dead and the hurt and are dropped. Fewer
     * hit than the article's own count of the hurt are a part of them ("More than 20 people were injured ...
     * Paramedics said 15 people were taken to hospitals"): the others were hurt some other way or treated at the
     * scene.
     */
    static List<CasualtyClaim> shotWithoutDeaths(List<CasualtyClaim> claims, List<Sentence> sentences) {
        if (claims.stream().noneMatch(c -> c.kind() == CasualtyKind.SHOT)) {
            return claims;
        }
        boolean deaths = claims.stream().anyMatch(c -> c.kind() == CasualtyKind.KILLED)
                || sentences.stream().anyMatch(s -> mentionsDeath(s.text().toLowerCase(Locale.ROOT)));
        long hurt = claims.stream().filter(c -> c.kind() == CasualtyKind.INJURED && c.isWholeToll())
                .mapToLong(c -> c.count().low()).max().orElse(0);
        return claims.stream().filter(c -> c.kind() != CasualtyKind.SHOT || !deaths)
                .map(c -> c.kind() != CasualtyKind.SHOT ? c
                        : c.isWholeToll() && c.count().high() < hurt
                        ? c.withKind(CasualtyKind.INJURED).withScope(Scope.SUBSET, HIT_AMONG_HURT + hurt)
                        : c.withKind(CasualtyKind.INJURED)).toList();
    }

    /** Whether the lower-case text has a word of death that is not negated: "a non-fatal shooting" has none. */
    private static boolean mentionsDeath(String lower) {
        WordStartPattern.Finder death = DEATH.matcher(lower);
        while (death.find()) {
            boolean negated = death.start() >= 4 && lower.startsWith("non-", death.start() - 4);
            if (!negated) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text says the attacker is among the dead ("not including the bomber" does not). */
    public static boolean perpetratorDied(String text) {
        return perpetratorsDead(text) > 0;
    }

    /**
     * How many attackers the text says died: the number it gives ("including three of the attackers", "including the
     * four gunmen who carried it out", "two gunmen were killed", "neutralised three of them", "a second gunman was
     * killed"), else 1 when it says one did ({@code perpetrator-died.txt}), else 0.
     */
    public static int perpetratorsDead(String text) {
        String lower = lower(text);
        int dead = saysDead(PERPETRATOR_DIED, lower) || saysSo(PERPETRATOR_DEAD, lower)
                || saysSo(DEAD_IS_PERPETRATOR, lower) ? 1 : 0;
        if (ORDINALS.stream().anyMatch(lower::contains)) {
            WordStartPattern.Finder nth = NTH_ATTACKER_DEAD.matcher(lower);
            while (nth.find()) {
                dead = Math.max(dead, ORDINALS.indexOf(nth.group(1)) + 2);
            }
        }
        if (ATTACKER_WORDS.stream().noneMatch(lower::contains)) {
            // most articles name no attackers in the plural: the scan for a count of them is then skipped
            return dead;
        }
        if (dead == 0 && saysSo(ONE_ATTACKER_DEAD, lower)) {
            dead = 1;
        }
        WordStartPattern.Finder counted = ATTACKERS_DEAD.matcher(lower);
        while (counted.find()) {
            String number = counted.group(1) != null ? counted.group(1)
                    : counted.group(2) != null ? counted.group(2) : counted.group(3);
            for (Quantity quantity : NUMBERS.get().find(number)) {
                if (quantity.count().isExact()) {
                    dead = (int) Math.max(dead, Math.min(quantity.count().low(), MAX_ATTACKERS));
                }
            }
        }
        return dead;
    }

    /**
     * Whether the text says the attacker is among the hurt: he shot or wounded himself, whether he died of it or not,
     * a count of the hurt names him in it ("18 injured, among them the driver"), or he was hurt himself ("the
     * suspect was shot by an officer", "treated under police guard").
     */
    public static boolean perpetratorShot(String text) {
        String lower = lower(text);
        return saysSo(PERPETRATOR_SHOT, lower) || PERPETRATOR_HURT_WORDS.stream().anyMatch(lower::contains)
                && PERPETRATOR_HURT.stream().anyMatch(phrase -> phrase.standsIn(lower))
                || diedAmongTheHurt(lower);
    }

    /** Whether a phrase of {@code perpetrator-died.txt} closes a list of the hurt ({@link #amongTheHurt}). */
    private static boolean diedAmongTheHurt(String lower) {
        WordStartPattern.Finder died = PERPETRATOR_DIED.matcher(lower);
        while (died.find()) {
            if (amongTheHurt(lower, died.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pattern and words one of which any match of it holds: the pattern is run only over a text that has one (a
     * pattern run at every letter of a whole article costs more than a search for a word).
     */
    private record Phrase(List<String> needs, WordStartPattern pattern) {
        boolean standsIn(String lower) {
            return needs.stream().anyMatch(lower::contains) && pattern.matcher(lower).find();
        }
    }

    /** Whether a phrase of {@code phrases} stands in the lower-cased text without a "not" just before it. */
    private static boolean saysSo(WordStartPattern phrases, String lower) {
        return saysSo(phrases, lower, false);
    }

    /**
     * As {@link #saysSo}, but an "including the attacker" that a word of the hurt comes closer before, in its
     * sentence, than a word of the dead does not say he died: "Three people were killed and six injured, including
     * the attacker".
     */
    private static boolean saysDead(WordStartPattern phrases, String lower) {
        return saysSo(phrases, lower, true);
    }

    private static boolean saysSo(WordStartPattern phrases, String lower, boolean ofTheDead) {
        WordStartPattern.Finder phrase = phrases.matcher(lower);
        while (phrase.find()) {
            String before = lower.substring(Math.max(0, phrase.start() - NEGATION_REACH), phrase.start());
            if (!NEGATED.matcher(before).find() && !(ofTheDead && amongTheHurt(lower, phrase.start()))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text) {
        String[] last = LOWER.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = text.toLowerCase(Locale.ROOT);
        }
        return last[1];
    }

    private static boolean amongTheHurt(String lower, int at) {
        if (!lower.startsWith("including", at)) {
            return false;
        }
        int sentence = Math.max(lower.lastIndexOf(". ", at), lower.lastIndexOf('\n', at)) + 1;
        int hurt = -1;
        int dead = -1;
        Matcher word = CASUALTY_WORD.matcher(lower).region(sentence, at);
        while (word.find()) {
            if (word.group(1) != null) {
                hurt = word.start();
            } else {
                dead = word.start();
            }
        }
        return hurt > dead;
    }
}
