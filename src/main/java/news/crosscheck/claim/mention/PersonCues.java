package news.crosscheck.claim.mention;

import news.crosscheck.claim.casualty.CasualtyWords;
import news.crosscheck.claim.casualty.VictimPhrase;
import news.crosscheck.spelling.NameFold;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues that crime and accident reports give for the people in them, who are rarely quoted or titled: an age in
 * front ({@code 18-year-old Jane Doe}), a verb or noun of harm or of the law in front ({@code shot Jane Doe},
 * {@code charged Jane Doe}, {@code the death of Jane Doe}, {@code identified as Jane Doe}, {@code the victims were
 * Jane Doe}), or what happened to the person after the name ({@code Jane Doe was pronounced dead}, {@code Jane Doe
 * died}, {@code Jane Doe was charged}).
 *
 * <p>Only names of two words or more qualify, every word able to be part of a name (checked by the caller) and the
 * last not a word for a street or a building ({@code Elm Street}, {@code Fairmont Terrace}): a single capitalised
 * word after {@code shot} or before {@code died} is as often a town or a team.
 */
final class PersonCues {

    /** Words right before a name that make it a person: {@code shot Jane Doe}, {@code charged Jane Doe}. */
    private static final Set<String> VERBS_BEFORE = Set.of("killed", "killing", "kills", "shot", "shooting", "shoots",
            "charged", "arrested", "murdered", "stabbed", "wounded", "injured", "victim", "victims", "suspect",
            "suspects", "shooter", "gunman", "hitting", "striking", "struck", "wounding", "injuring", "found");
    /** Nouns whose {@code of} introduces a person: {@code the death of Jane Doe}. */
    private static final Set<String> NOUNS_OF = Set.of("death", "deaths", "killing", "killings", "murder", "murders",
            "shooting", "funeral", "family", "identity", "homicide", "slaying", "body", "bodies", "remains");
    /** Nouns whose {@code was}/{@code were} introduces a person: {@code the victims were Jane Doe, ...}. */
    private static final Set<String> COPULA_SUBJECTS = Set.of("victim", "victims", "dead", "deceased", "suspect",
            "suspects", "shooter", "gunman", "injured", "wounded", "boy", "girl", "man", "woman", "child", "teen",
            "student", "driver");
    private static final Set<String> PLACE_BEFORE = Set.of("from", "of", "in", "at", "near");
    /** The articles that open an apposition of a person's noun: "Tom Rusk, a firefighter", "Tom Rusk, the chief". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> COPULAS = Set.of("is", "was", "were", "are");
    private static final Set<String> NAMING = Set.of("identified", "identifies", "identify", "identifying", "named",
            "names", "naming");
    /** Words from {@code as} back to the verb of naming: {@code identified the girl to WAVE 3 News as}. */
    private static final int NAMING_REACH = 8;
    /** Auxiliaries between the name and what happened: {@code Jane Doe was later pronounced dead}. */
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "has", "had", "have", "been", "were", "also",
            "later", "allegedly", "reportedly", "then", "all", "both", "remains", "remained", "accidentally",
            "critically", "seriously", "badly", "still", "not", "never");
    /** What happens to a person: {@code Jane Doe died}, {@code Jane Doe was charged}. */
    private static final Set<String> PERSON_PREDICATES = Set.of("shot", "killed", "charged", "arrested", "died",
            "dies", "pronounced", "identified", "booked", "hospitalized", "hospitalised", "wounded", "injured",
            "sentenced", "convicted", "pleaded", "faces", "fired", "survived", "suffered", "stabbed", "murdered",
            "indicted", "jailed", "transported", "airlifted", "listed", "fatally", "taken", "rushed", "treated",
            "detained", "questioned", "rescued", "hurt", "missing", "buried", "freed");
    /** A clause after a name and a comma that says what the person is accused of: {@code , accused of}. */
    private static final Set<String> CHARGED = Set.of("accused", "charged", "convicted", "suspected", "wanted",
            "sentenced", "arrested", "indicted");
    private static final Set<String> CHARGED_LINKS = Set.of("of", "with", "in", "for", "to", "on");
    /** Last words of street, building and landmark names. */
    private static final Set<String> NOT_PERSON_ENDINGS = Set.of("street", "st.", "avenue", "ave.", "road", "rd.",
            "drive", "boulevard", "blvd.", "lane", "way", "park", "terrace", "apartments", "mall", "plaza", "highway",
            "place", "square", "heights", "hills", "village", "creek", "beach", "bay", "lake", "river", "valley",
            "springs", "parkway", "circle", "court", "estates", "manor", "market", "store", "bar", "restaurant",
            "lounge", "motel", "hotel", "inn", "church", "high", "elementary", "academy", "county", "city");

    /** Capitalised words of a hometown between commas: {@code , of Cape Girardeau,}. */
    private static final int HOMETOWN_WORDS = 4;
    /** Words between an apposition's article and its noun: "a 41-year-old retired neighbour". */
    private static final int APPOSITION_WORDS = 5;
    /** The shortest person's noun a compound may end in ("schoolteacher", "landowner"; not "prison" for "son"). */
    private static final int MIN_COMPOUND_HEAD = 5;
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b(\\d{1,3})[- ]years?[- ]old,?\\s+$");
    private static final Pattern AGE_AFTER = Pattern.compile("^\\s*(?:,|\\()\\s*(\\d{1,3})\\s*[,).]");

    private PersonCues() {
    }

    /** The age written next to the first occurrence of a name in a sentence, before or after it. */
    static OptionalInt ageOf(String sentence, String name) {
        int at = sentence.indexOf(name);
        if (at < 0) {
            return OptionalInt.empty();
        }
        Matcher after = AGE_AFTER.matcher(sentence.substring(at + name.length()));
        if (after.find()) {
            return OptionalInt.of(Integer.parseInt(after.group(1)));
        }
        Matcher before = AGE_BEFORE.matcher(sentence.substring(0, at));
        return before.find() ? OptionalInt.of(Integer.parseInt(before.group(1))) : OptionalInt.empty();
    }

    /** Whether the sentence marks the run as a person by one of the cues. */
    static boolean marks(List<NameToken> tokens, NameRun run) {
        if (!couldBeFullName(tokens, run)) {
            return false;
        }
        return ageBefore(tokens, run.from()) || cueBefore(tokens, run.from()) || predicateAfter(tokens, run.to())
                || appositionOfPersonNoun(tokens, run) || personNounAfter(tokens, run.to())
                || endsInJuniorOrSenior(tokens, run);
    }

    /** {@code Stanley Kowalczyk Jr.}, {@code Mark Felt Sr.}: only a person's name takes a father's or a son's mark. */
    private static boolean endsInJuniorOrSenior(List<NameToken> tokens, NameRun run) {
        String last = NameFold.fold(tokens.get(run.to() - 1).text());
        return run.size() >= 3 && (last.equals("jr") || last.equals("sr"));
    }

    /**
     * {@code Haruki Satoh, a 41-year-old neighbour who dug ...}, {@code Tom Rusk, the firefighter, was hurt}: a name
     * followed by an apposition whose noun, within {@value #APPOSITION_WORDS} words of its article, is a person's.
     */
    private static boolean personNounAfter(List<NameToken> tokens, int to) {
        String article = lower(tokens, to + 1);
        if (!lower(tokens, to).equals(",") || !ARTICLES.contains(article)) {
            return false;
        }
        for (int i = to + 2; i <= to + 1 + APPOSITION_WORDS && i < tokens.size(); i++) {
            String word = lower(tokens, i);
            if (isPersonNoun(word)) {
                return true;
            }
            if (word.equals(",") || word.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case word is a noun for one person: "man", "neighbour", or a compound ending in a person's noun
     * of {@value #MIN_COMPOUND_HEAD} letters or more ("schoolteacher").
     */
    static boolean isPersonNoun(String word) {
        if (VictimPhrase.SINGULAR.contains(word) || NameLexicon.ROLE_NOUNS.contains(word)) {
            return true;
        }
        for (int head = 1; head <= word.length() - MIN_COMPOUND_HEAD; head++) {
            if (NameLexicon.ROLE_NOUNS.contains(word.substring(head))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code a 79-year-old man, Harold Quinn, drowned}, {@code two brothers-in-law, Wesley Tanner and Roy Ebersol,},
     * {@code a tailor, Jane Doe; and ...}: a name set off by commas (or a list's semicolon) right after a noun for a
     * person.
     */
    private static boolean appositionOfPersonNoun(List<NameToken> tokens, NameRun run) {
        String after = lower(tokens, run.to());
        if (!lower(tokens, run.from() - 1).equals(",") || !(after.equals(",") || after.equals("and")
                || after.equals(".") || after.equals(";") || after.equals(")") || after.isEmpty())) {
            return false;
        }
        String noun = lower(tokens, run.from() - 2);
        String head = noun.contains("-") ? noun.substring(0, noun.indexOf('-')) : noun;
        String singular = head.equals("men") ? "man" : head.equals("women") ? "woman"
                : head.equals("children") ? "child" : head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return VictimPhrase.SINGULAR.contains(head) || VictimPhrase.SINGULAR.contains(singular)
                || NameLexicon.ROLE_NOUNS.contains(head) || NameLexicon.ROLE_NOUNS.contains(singular);
    }

    /**
     * Whether a run of two words or more can be a person's full name: not ending in a street or building word, no
     * casualty verb inside ({@code Teen Fatally Shot}), not describing a noun after it ({@code Corpus Christi
     * firefighter}), not after a place preposition ({@code from Santa Cruz}).
     */
    static boolean couldBeFullName(List<NameToken> tokens, NameRun run) {
        // an age before the name says a person, whatever the surname: "17-year-old Thomas Lane"; "of" after a noun of
        // a person's death or kin is no place's: "the shooting death of Jane Doe"
        String before = lower(tokens, run.from() - 1);
        boolean placeBefore = PLACE_BEFORE.contains(before)
                && !(before.equals("of") && NOUNS_OF.contains(lower(tokens, run.from() - 2)));
        if (run.size() < 2 || endsInStreetWord(tokens, run) && !ageBefore(tokens, run.from())
                || modifiesNoun(tokens, run.to()) || placeBefore) {
            return false;
        }
        return !hasCasualtyWord(tokens, run);
    }

    /** {@code Main Street}, {@code Santa Monica Boulevard}: a run ending in a word for a street or a building. */
    static boolean endsInStreetWord(List<NameToken> tokens, NameRun run) {
        return NOT_PERSON_ENDINGS.contains(tokens.get(run.to() - 1).lower());
    }

    /** {@code Teen Fatally Shot}: a headline's verbs, capitalised, are no name. */
    static boolean hasCasualtyWord(List<NameToken> tokens, NameRun run) {
        for (int i = run.from(); i < run.to(); i++) {
            String word = tokens.get(i).lower();
            if (word.equals("shot") || word.equals("fatally") || CasualtyWords.PREDICATES.containsKey(word)
                    || CasualtyWords.ACTIVE_VERBS.containsKey(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 18-year-old Jane Doe}, {@code 46-year old Jane Doe}. */
    private static boolean ageBefore(List<NameToken> tokens, int from) {
        String before = lower(tokens, from - 1);
        // "71-year-old" comes as "71", "-", "year-old"; "six-year-old" as one word
        return before.equals("year-old") || before.equals("years-old") || before.endsWith("-year-old")
                || before.endsWith("-years-old")
                || before.equals("old") && (lower(tokens, from - 2).equals("year") || lower(tokens, from - 2).equals("years"));
    }

    /** {@code a 24-year-old Sun Valley woman}, {@code Pine Ridge residents}: the run describes the noun after it. */
    private static boolean modifiesNoun(List<NameToken> tokens, int to) {
        String next = lower(tokens, to);
        String singular = next.equals("men") ? "man" : next.equals("women") ? "woman" : next.equals("children")
                ? "child" : next.endsWith("s") ? next.substring(0, next.length() - 1) : next;
        return VictimPhrase.SINGULAR.contains(next) || VictimPhrase.SINGULAR.contains(singular)
                || NameLexicon.ROLE_NOUNS.contains(next) || NameLexicon.ROLE_NOUNS.contains(singular);
    }

    private static boolean cueBefore(List<NameToken> tokens, int from) {
        String before = lower(tokens, from - 1);
        String twoBefore = lower(tokens, from - 2);
        return VERBS_BEFORE.contains(before)
                || before.equals("of") && NOUNS_OF.contains(twoBefore)
                || before.equals("as") && namingBefore(tokens, from - 2)
                || NAMING.contains(before) && !twoBefore.isEmpty()
                || COPULAS.contains(before) && COPULA_SUBJECTS.contains(twoBefore);
    }

    /** {@code identified the dead man as}: a verb of naming a few words before {@code as}. */
    private static boolean namingBefore(List<NameToken> tokens, int i) {
        for (int j = i; j >= 0 && j > i - NAMING_REACH; j--) {
            if (NAMING.contains(lower(tokens, j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean predicateAfter(List<NameToken> tokens, int to) {
        int i = skipHometown(tokens, to);
        if (lower(tokens, i).equals(",") && CHARGED.contains(lower(tokens, i + 1))
                && CHARGED_LINKS.contains(lower(tokens, i + 2))) {
            // Jane Doe, accused of killing ...; Jane Doe, charged with murder, ...: what a person is accused of
            return true;
        }
        while (i < tokens.size() && AUXILIARIES.contains(lower(tokens, i))) {
            i++;
        }
        return i < tokens.size() && PERSON_PREDICATES.contains(lower(tokens, i));
    }

    /** {@code Jane Doe, of New Lisle, died}: the index after a hometown set off by commas, or {@code at}. */
    private static int skipHometown(List<NameToken> tokens, int at) {
        if (!lower(tokens, at).equals(",") || !lower(tokens, at + 1).equals("of")) {
            return at;
        }
        for (int i = at + 2; i < Math.min(tokens.size(), at + 2 + HOMETOWN_WORDS); i++) {
            if (lower(tokens, i).equals(",")) {
                return i + 1;
            }
            if (!Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return at;
            }
        }
        return at;
    }

    private static String lower(List<NameToken> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
