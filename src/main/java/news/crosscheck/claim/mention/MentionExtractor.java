package news.crosscheck.claim.mention;

import news.crosscheck.claim.text.Sentence;
import news.crosscheck.spelling.PersonName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people and places an article names, without a statistical model.
 *
 * <p>Contract:
 * <ul>
 *   <li>A first pass keeps only names the sentence marks: a title or role ({@code Mayor Ann Keller},
 *       {@code police spokeswoman Jane Doe}), an apposition ({@code the head of ..., Leonid Pesechnik,};
 *       {@code Jane Doe, 34,}; {@code Jane Doe, director of the mine,}), a relative clause after a name of two words
 *       or more ({@code Jane Doe, who heads the council,}), a verb of saying on either side of a name of two words or
 *       more, a reporting verb after one ({@code Jane Doe accused}, {@code Jane Doe denied}), or a place cue
 *       ({@code in X}, {@code near X}, {@code the town of X}, {@code X region}, {@code X, Ohio},
 *       {@code X, a small town}); country names are places wherever they stand.</li>
 *   <li>A second pass finds later mentions of names learned in the first: a place written the same way, or a
 *       word that is the same surname as a full name ({@code Pasechnik} for {@code Leonid Pesechnik}, decided by the
 *       {@code sameSurname} predicate). A word that is both a known place and a known surname is kept only when a
 *       verb of saying or a place preposition next to it decides.</li>
 *   <li>Organisations ({@code Defense Ministry}, {@code Black Sea Fleet}), media ({@code Telegram}), months,
 *       weekdays, demonyms ({@code Ukrainian}), acronyms and capitalised sentence openers without a cue are not
 *       mentions. Precision is preferred to recall: a false name becomes a false discrepancy downstream.</li>
 *   <li>In a title-case headline every word is capitalised, so only the second pass runs on it.</li>
 *   <li>{@code name} is the name as written (possessive {@code 's} removed, titles kept out); {@code fullName} is
 *       the single full name of the article with that surname, else the name itself; {@code role} is what the
 *       text says the person is, or empty.</li>
 *   <li>Mentions come one per occurrence, ordered by sentence index, then position in the sentence.</li>
 * </ul>
 * An instance remembers the answers of its {@code sameSurname} predicate and is not safe for concurrent use.
 */
public final class MentionExtractor {

    private record Located(Mention mention, int start) {
    }

    /** How many answers of {@link #sameSurname} are kept; all are dropped when there are more. */
    static final int REMEMBERED = 100_000;

    /**
     * A line of a list of victims, a name and an age ({@code — Jane Doe, 24, of Elm Street in New Haven}): capitalised
     * like a headline, read like a sentence.
     */
    private static final Pattern LISTED_PERSON =
            Pattern.compile("[\\s\\p{Pd}*\u2022]*(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}\\p{Lu}[\\p{L}'-]*,\\s*\\d{1,3}\\s*(?:,|$)");

    /**
     * A nickname of one or two capitalised words in quotes, after a capitalised word and before another:
     * {@code Stanley "Stush" Kowalczyk}, {@code Ronald 'Bucky' Sims}. The quote is looked for first, so the look
     * back over the word before is taken only at a quote, not at every character.
     */
    private static final Pattern NICKNAME = Pattern.compile("(?=[\"\u201c'\u2018])(?<=\\p{Lu}[\\p{L}.'-]{0,30} )"
            + "[\"\u201c'\u2018]"
            + "\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)?[\"\u201d'\u2019] (?=\\p{Lu})");
    /** What may stand before the first word of a sentence: nothing, or an opening quote or bracket. */
    /** Words before a storm's name: "Cyclone Wairua", "Tropical Storm Ida", "Super Typhoon Haiyan". */
    private static final Set<String> STORMS = Set.of("cyclone", "hurricane", "typhoon", "storm", "depression");
    private static final Pattern OPENING = Pattern.compile("[\\s\"'\u201c\u2018(\\[]*");

    private final BiPredicate<String, String> sameSurname;
    private final Map<List<String>, Boolean> surnameAnswers = new HashMap<>();

    /**
     * @param sameSurname whether two surnames are the same name spelled differently, e.g.
     *                    {@code news.crosscheck.compare.SpellingVariants::isSameSurname}; a function of its two
     *                    arguments, whose answers are remembered from one article to the next
     */
    public MentionExtractor(BiPredicate<String, String> sameSurname) {
        this.sameSurname = Objects.requireNonNull(sameSurname, "sameSurname");
    }

    public List<Mention> extract(List<Sentence> sentences) {
        // Each sentence is tokenised once, for the lower-case words, the title-case test and both passes.
        List<String> texts = sentences.stream().map(s -> withoutNicknames(s.text())).toList();
        List<List<NameToken>> tokens = texts.stream().map(NameToken::tokenize).toList();
        MentionRules rules = new MentionRules(lowerCaseWords(tokens));
        List<List<MentionRules.Found>> firstPass = new ArrayList<>();
        Set<String> places = new HashSet<>();
        List<String> fullNames = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            String text = texts.get(s);
            List<MentionRules.Found> found = isTitleCase(text, tokens.get(s)) ? List.of()
                    : withRouteEnds(text, rules.find(text, tokens.get(s)).stream()
                            .filter(MentionExtractor::hasSurname).toList());
            firstPass.add(found);
            for (MentionRules.Found f : found) {
                if (f.kind() == MentionKind.PLACE) {
                    places.add(f.name().toLowerCase(Locale.ROOT));
                } else if (f.name().contains(" ") && !fullNames.contains(f.name())) {
                    fullNames.add(f.name());
                }
            }
        }
        FullNames known = new FullNames(fullNames);
        Set<String> storms = stormNames(tokens);
        List<Located> located = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            String text = texts.get(s);
            List<MentionRules.Found> found = new ArrayList<>();
            for (MentionRules.Found f : firstPass.get(s)) {
                if (!isOpenerWord(text, f, known)) {
                    found.add(f);
                }
            }
            boolean headline = isTitleCase(text, tokens.get(s));
            found.addAll(secondPass(text, tokens.get(s), found, places, known, headline, rules.lowerCaseWords(),
                    storms));
            for (MentionRules.Found f : found) {
                if (f.kind() == MentionKind.PERSON && known.isGivenNameOnly(f.name())) {
                    // "We could hear Tyler": the article's Tyler Blankenship by his given name, no surname to spell
                    continue;
                }
                String fullName = f.kind() == MentionKind.PERSON ? known.fullName(f.name()) : f.name();
                located.add(new Located(new Mention(f.kind(), f.name(), fullName, f.role(), sentence), f.start()));
            }
        }
        located.sort(Comparator.comparingInt((Located l) -> l.mention().sentence().index())
                .thenComparingInt(Located::start));
        return located.stream().map(Located::mention).toList();
    }

    /**
     * The sentence without the nicknames in quotes between two names, so that the names around one make one name
     * ({@code Stanley "Stush" Kowalczyk Jr.} is {@code Stanley Kowalczyk Jr.}).
     */
    static String withoutNicknames(String sentence) {
        if (sentence.indexOf('"') < 0 && sentence.indexOf('\u201c') < 0 && sentence.indexOf('\'') < 0
                && sentence.indexOf('\u2018') < 0) {
            return sentence;
        }
        return NICKNAME.matcher(sentence).replaceAll("");
    }

    /**
     * Whether a one-word person the first pass found is only the word that opens the sentence: an adverb
     * ({@code Reportedly, the mother fled}, {@code Sadly, the mother of two died}), an ordinary word or a role noun
     * ({@code Witness, the driver of the car behind,}) looks like a surname in apposition. A surname of a full name
     * the article gives ({@code Kelly, a teacher,} after {@code Ann Kelly}) stays a person.
     */
    private static boolean isOpenerWord(String sentence, MentionRules.Found found, FullNames known) {
        if (found.kind() != MentionKind.PERSON || found.name().contains(" ")
                || !OPENING.matcher(sentence.substring(0, found.start())).matches()) {
            return false;
        }
        String lower = found.name().toLowerCase(Locale.ROOT);
        boolean common = lower.endsWith("ly") || NameLexicon.ORDINARY_WORDS.contains(lower)
                || NameLexicon.ROLE_NOUNS.contains(lower);
        return common && known.withSurname(found.name()).isEmpty() && known.withVariantSurname(found.name()).isEmpty();
    }

    /**
     * The found names and the two ends of each route the sentence names ("the Bhubaneshwar-Vishakhapatnam train",
     * "the Kyiv-Odesa highway", "the India-Pakistan border"), places where no found name overlaps them.
     */
    private static List<MentionRules.Found> withRouteEnds(String text, List<MentionRules.Found> found) {
        if (text.indexOf('-') < 0 && text.indexOf('\u2013') < 0) {
            return found;
        }
        Matcher route = NameLexicon.ROUTE.matcher(text);
        if (!route.find()) {
            return found;
        }
        List<MentionRules.Found> all = new ArrayList<>(found);
        do {
            int start = route.start(1);
            int end = route.end(2);
            if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                all.add(new MentionRules.Found(MentionKind.PLACE, route.group(1), "", route.start(1), route.end(1)));
                all.add(new MentionRules.Found(MentionKind.PLACE, route.group(2), "", route.start(2), route.end(2)));
            }
        } while (route.find());
        return all;
    }

    /**
     * {@link #sameSurname}, remembering its answers. The second pass asks it for every lone capitalised word against
     * every full name, sentence after sentence, and the articles of one event share their names, so the same pairs
     * come back again and again; each answer folds and transliterates both names.
     */
    private boolean isSameSurname(String name, String surname) {
        if (surnameAnswers.size() >= REMEMBERED) {
            surnameAnswers.clear();
        }
        return surnameAnswers.computeIfAbsent(List.of(name, surname), pair -> sameSurname.test(name, surname));
    }

    /** "Fort Collins, Colo.", "SUMMIT COUNTY, Colo. (KRMV)": a state's abbreviation after a town and its comma. */
    private static boolean stateAfterTown(List<NameToken> tokens, NameRun run) {
        return run.size() == 1 && run.from() > 0 && tokens.get(run.from() - 1).text().equals(",")
                && run.to() < tokens.size() && tokens.get(run.to()).text().equals(".")
                && UsStates.isAbbreviation(tokens.get(run.from()).text());
    }

    /**
     * Known names in the runs the first pass left alone. A lone word is taken for another spelling of a known
     * surname only in running text (a title-case headline capitalises every word: {@code Faces DUI Charges}), not
     * after a name's possessive ({@code Cox's Bazar} beside {@code Khairul Basar}), and never when it is an ordinary
     * word: one of {@code ordinary-words.txt}, a country or its adjective, a state's abbreviation after a town
     * ({@code Fort Collins, Colo.}), a storm's name ({@link #stormNames}), or one the article writes in lower case
     * when it opens the sentence ({@code Even before then}).
     */
    private List<MentionRules.Found> secondPass(String sentence, List<NameToken> tokens, List<MentionRules.Found> taken,
                                                Set<String> places, FullNames known, boolean headline,
                                                Set<String> lowerCaseWords, Set<String> storms) {
        List<MentionRules.Found> found = new ArrayList<>();
        for (NameRun run : NameRun.find(tokens)) {
            int start = tokens.get(run.from()).start();
            int end = tokens.get(run.to() - 1).end();
            if (taken.stream().anyMatch(t -> t.start() < end && start < t.end())) {
                continue;
            }
            String name = run.text(sentence, tokens);
            boolean place = places.contains(name.toLowerCase(Locale.ROOT));
            if (run.size() == 1 && (PersonName.isSuffix(name) || PersonName.isInitial(name))) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            // "the Thai border" beside Major Saw Thaw Thi: a country's adjective is no other spelling of a surname
            boolean ordinary = NameLexicon.ORDINARY_WORDS.contains(lower) || NameLexicon.isDemonym(lower)
                    || NameLexicon.isCountry(lower) || run.initial() && lowerCaseWords.contains(lower)
                    || stateAfterTown(tokens, run) || storms.contains(lower);
            // "Cox's Bazar": a word after a name's possessive is the second word of a place's name, no surname
            boolean afterPossessive = run.from() >= 2 && tokens.get(run.from() - 1).text().equals("'s")
                    && tokens.get(run.from() - 2).isCapitalised();
            boolean person = known.names.contains(name)
                    || run.size() == 1 && !known.withSurname(name).isEmpty()
                    || run.size() == 1 && !headline && !ordinary && !afterPossessive && !numberAfter(sentence, end)
                    && !known.withVariantSurname(name).isEmpty();
            if (place && person) {
                boolean saying = run.to() < tokens.size() && NameLexicon.isReportingAfterName(tokens.get(run.to()).lower())
                        || isSaying(tokens, run.from() - 1);
                boolean inPlace = run.from() > 0
                        && NameLexicon.PLACE_PREPOSITIONS.contains(tokens.get(run.from() - 1).lower());
                place = inPlace && !saying;
                person = saying && !inPlace;
            }
            if (place) {
                found.add(new MentionRules.Found(MentionKind.PLACE, name, "", start, end));
            } else if (person) {
                found.add(new MentionRules.Found(MentionKind.PERSON, name, "", start, end));
            }
        }
        return found;
    }

    /**
     * Whether a number follows the word that ends at {@code end}: "on Carrera 4 No. 5-12", "Route 9", "Ward 6" name a
     * street, a road or a ward, not a person whose surname is spelled another way (Barrera).
     */
    private static boolean numberAfter(String sentence, int end) {
        int i = end;
        while (i < sentence.length() && sentence.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < sentence.length() && Character.isDigit(sentence.charAt(i));
    }

    /**
     * The full names (two words or more) the first pass found in an article, and which of them a lone word is the
     * surname of. The second pass asks for every lone capitalised word of every sentence, and an article repeats its
     * words, so each word's answers are kept for the article.
     */
    private final class FullNames {
        private final List<String> names;
        /** The surname of each name, before a suffix such as {@code Jr.} ({@link PersonName}). */
        private final List<String> surnames;
        /** The first given name of each name, empty when it has none but initials. */
        private final List<String> firstGivenNames;
        private final Map<String, List<String>> bySurname = new HashMap<>();
        private final Map<String, List<String>> byVariantSurname = new HashMap<>();

        FullNames(List<String> names) {
            this.names = names;
            List<PersonName> parsed = names.stream().map(PersonName::parse).toList();
            this.surnames = parsed.stream().map(PersonName::surname).toList();
            this.firstGivenNames = parsed.stream().map(PersonName::firstGivenName).toList();
        }

        /** The full names whose surname this word is, letter case aside. */
        List<String> withSurname(String word) {
            return bySurname.computeIfAbsent(word, w -> matching(s -> s.equalsIgnoreCase(w)));
        }

        /** The full names whose surname this word is another spelling of ({@link #sameSurname}). */
        List<String> withVariantSurname(String word) {
            return byVariantSurname.computeIfAbsent(word, w -> matching(s -> isSameSurname(w, s)));
        }

        /**
         * Whether a lone word is the first given name of a full name of the article and the surname of none: the
         * person called by the given name, which is no spelling of another's surname ({@code Tyler} beside {@code
         * Tyler Blankenship} and {@code Mark Toler}); a middle word may be a first surname ({@code Peñafiel} of
         * {@code Édgar Peñafiel Ortiz}).
         */
        boolean isGivenNameOnly(String word) {
            return !word.contains(" ") && withSurname(word).isEmpty()
                    && firstGivenNames.stream().anyMatch(word::equalsIgnoreCase);
        }

        /** The one full name of the article whose surname this is (an exact surname wins over a variant). */
        String fullName(String name) {
            if (name.contains(" ")) {
                return name;
            }
            List<String> exact = withSurname(name);
            List<String> candidates = exact.isEmpty() ? withVariantSurname(name) : exact;
            return candidates.size() == 1 ? candidates.get(0) : name;
        }

        private List<String> matching(Predicate<String> surname) {
            List<String> matching = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (surname.test(surnames.get(i))) {
                    matching.add(names.get(i));
                }
            }
            return matching;
        }
    }

    /**
     * Whether a person's name ends in a surname: not in an initial ({@code General Manager A.J.}) nor only in a
     * suffix ({@code Jr.}). Places pass.
     */
    private static boolean hasSurname(MentionRules.Found found) {
        if (found.kind() != MentionKind.PERSON) {
            return true;
        }
        String surname = PersonName.parse(found.name()).surname();
        return !surname.isEmpty() && !PersonName.isInitial(surname);
    }

    private static boolean isSaying(List<NameToken> tokens, int i) {
        return i >= 0 && i < tokens.size() && NameLexicon.SAYING_VERBS.contains(tokens.get(i).lower());
    }

    /** Words the article writes in lower case somewhere: a capitalised opener among them is a common word. */
    /**
     * The names the article gives storms ("Cyclone Wairua", "Hurricane Ida"), lower case: "Wairua, a Category 3
     * cyclone" alone is the storm, not another spelling of a surname (Vira).
     */
    private static Set<String> stormNames(List<List<NameToken>> sentences) {
        Set<String> names = new HashSet<>();
        for (List<NameToken> sentence : sentences) {
            for (int i = 0; i + 1 < sentence.size(); i++) {
                if (sentence.get(i).isCapitalised() && STORMS.contains(sentence.get(i).lower())
                        && sentence.get(i + 1).isCapitalised()) {
                    names.add(sentence.get(i + 1).lower());
                }
            }
        }
        return names;
    }

    private static Set<String> lowerCaseWords(List<List<NameToken>> sentences) {
        Set<String> words = new LinkedHashSet<>();
        for (List<NameToken> sentence : sentences) {
            for (NameToken token : sentence) {
                if (token.isWord() && Character.isLowerCase(token.text().charAt(0))) {
                    words.add(token.lower());
                }
            }
        }
        return words;
    }

    /**
     * A headline in title case: no closing full stop, and nine in ten words of four letters or more capitalised
     * (a body sentence such as {@code Russian President Vladimir Putin did not comment.} has the full stop).
     */
    public static boolean isTitleCase(String sentence) {
        return isTitleCase(sentence, NameToken.tokenize(sentence));
    }

    static boolean isTitleCase(String sentence, List<NameToken> tokens) {
        if (sentence.endsWith(".") || LISTED_PERSON.matcher(sentence).lookingAt()) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (NameToken token : tokens) {
            if (token.isWord() && token.text().length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(token.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 9;
    }
}
