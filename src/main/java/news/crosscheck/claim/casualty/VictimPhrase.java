package news.crosscheck.claim.casualty;

import news.crosscheck.claim.text.FigureToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People counted by being named rather than by a figure, as local news counts them: "<b>a man</b> was shot and
 * killed", "<b>a 16-year-old Detroit boy</b> is dead", "<b>Boy, 16,</b> fatally shot", "<b>two men and a woman</b>
 * were killed", "<b>a father and his two children</b> were found dead", "killed <b>his wife and two daughters</b>",
 * "<b>the gunman and three others</b> died".
 *
 * <p>A phrase is one or more coordinated parts (joined by {@code and} or commas), each a determiner, at most
 * {@value #MAX_MODIFIERS} modifiers and a noun for a person ({@link #SINGULAR}, or its plural after a figure),
 * optionally followed by an age in commas ({@code , 24,}). The determiner gives the part's count: {@code a},
 * {@code an} and a possessive before a singular noun ({@code his wife}) count one; a figure counts itself
 * ({@code his two daughters}, and after another part {@code two of her children}); a singular noun opening the
 * sentence without a determiner counts one (headlines: {@code Teen shot and killed}). An age standing for the noun
 * counts one ({@code a 15-year-old is dead}).
 *
 * <p>{@code the} counts one only inside a coordination ({@code the gunman and three others}): on its own, "the
 * victim" refers back to someone already counted. A single part with a figure ({@code two men}) is left to
 * {@link CasualtyExtractor}'s figure rules, which read it already.
 *
 * <p>The subject is the plural of the noun when every part names the same kind of person ({@code a man} counts
 * {@code men}, so it is a subgroup, as {@code one child} is), and {@code people} when the parts differ or the noun
 * means anyone ({@code person}, {@code victim}, {@code others}).
 *
 * @param start index of the first token
 * @param end   index just past the last token
 * @param count how many people the phrase names
 * @param noun  the subject, as {@link SubjectPhrase} normalises it
 * @param value the phrase as written
 * @param parts how many coordinated parts it has
 * @param lowerBound whether the count is a lower bound: an ordinal or {@code another} names the latest of several
 *                   ("a third victim died" is at least 3 dead, "another man was wounded" at least 1)
 * @param definite   whether it is a single part with {@code the} ("the 2-year-old"), read only in a lead
 */
public record VictimPhrase(int start, int end, long count, String noun, String value, int parts, boolean lowerBound,
                    boolean definite) {

    static final int MAX_MODIFIERS = 4;

    /** The most words of a person's name in an appositive or before an age. */
    private static final int NAME_WORDS = 4;

    /** Singular nouns for a person who may be a victim or a shooter. */
    public static final Set<String> SINGULAR = Set.of("man", "woman", "boy", "girl", "teen", "teenager", "child",
            "toddler", "baby", "infant", "person", "victim", "student", "officer", "deputy", "trooper", "father",
            "mother", "son", "daughter", "husband", "wife", "brother", "sister", "grandmother", "grandfather",
            "grandson", "granddaughter", "mom", "dad", "stepfather", "stepson", "stepdaughter", "girlfriend",
            "boyfriend", "driver", "passenger", "resident", "bystander", "gunman", "shooter", "suspect", "customer",
            "clerk", "employee", "worker", "guard", "youth", "juvenile", "male", "female", "friend", "neighbor",
            "neighbour", "cousin", "uncle", "aunt", "nephew", "niece", "relative", "pedestrian", "motorist",
            "homeowner", "teacher", "security", "owner", "roommate", "fiancee", "fiance", "adult", "kid", "senior",
            "grandchild", "stepmother", "spouse", "partner");

    /** Nouns that count anyone: the subject becomes {@code people}. */
    private static final Set<String> ANYONE = Set.of("person", "people", "victim", "victims", "other", "others",
            "adult", "adults", "individual", "individuals");

    private static final Set<String> ARTICLES = Set.of("a", "an", "another");
    /** Compiled once: {@link #isAge} is asked of nearly every word after an article. */
    private static final Pattern AGE = Pattern.compile("\\d{1,3}-years?-old");
    private static final int SHORTEST_AGE = "1-year-old".length();
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");

    /** One part of the coordination. */
    private record Part(int end, long count, String plural, boolean definite, boolean lowerBound) {
    }

    /** Ordinals that make a part the latest of several: "a third victim", "Second man dies". */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    /**
     * The phrase that starts at token {@code from}, or {@code null}.
     *
     * @param opensSentence whether {@code from} is the sentence's first token, where a bare singular noun counts
     */
    static VictimPhrase read(List<FigureToken> tokens, int from, boolean opensSentence) {
        return read(tokens, from, opensSentence, false);
    }

    /**
     * @param definiteCounts whether a single part with {@code the} counts too: in an article's lead, "the 2-year-old
     *                       who was shot on Tuesday has died" is the article's own victim, named for the first time
     */
    static VictimPhrase read(List<FigureToken> tokens, int from, boolean opensSentence, boolean definiteCounts) {
        Part first = part(tokens, from, opensSentence, false);
        if (first == null) {
            return null;
        }
        List<Part> parts = new ArrayList<>(List.of(first));
        int end = first.end();
        while (true) {
            int next = end;
            if (isWord(tokens, next, "and")) {
                next++;
            } else if (isPunct(tokens, next, ",")) {
                next += isWord(tokens, next + 1, "and") ? 2 : 1;
            } else {
                break;
            }
            // "a woman and girl", "her mother and younger sister": the determiner of the first part serves the next
            Part part = part(tokens, next, first.count() == 1 && !first.definite(), true);
            if (part == null) {
                break;
            }
            parts.add(part);
            end = part.end();
        }
        if (parts.size() == 1 && (first.definite() && !definiteCounts || tokens.get(from).isNumber())) {
            return null;
        }
        long count = parts.stream().mapToLong(Part::count).sum();
        String noun = parts.stream().map(Part::plural).distinct().count() == 1 ? first.plural() : CasualtyClaim.PEOPLE;
        boolean lowerBound = parts.stream().anyMatch(Part::lowerBound);
        return new VictimPhrase(from, end, count, noun, text(tokens, from, end), parts.size(), lowerBound,
                parts.size() == 1 && first.definite());
    }

    /**
     * @param bare          whether the part may come without a determiner
     * @param afterAnd      whether it follows another part, whose determiner serves it: then it may open on a
     *                      modifier ("her mother and younger sister")
     */
    private static Part part(List<FigureToken> tokens, int i, boolean bare, boolean afterAnd) {
        if (i >= tokens.size()) {
            return null;
        }
        FigureToken determiner = tokens.get(i);
        long count = 1;
        boolean definite = false;
        int j = i + 1;
        if (determiner.isNumber()) {
            if (!determiner.quantity().count().isExact() || determiner.quantity().vague()) {
                return null;
            }
            count = determiner.quantity().count().low();
            if (afterAnd && isWord(tokens, j, "of") && j + 1 < tokens.size()
                    && POSSESSIVES.contains(tokens.get(j + 1).text())) {
                // "a grandmother and two of her grandchildren": a part of the family, counted as the figure says
                j += 2;
            }
        } else if (POSSESSIVES.contains(determiner.text())) {
            if (j < tokens.size() && tokens.get(j).isNumber()) {
                if (!tokens.get(j).quantity().count().isExact()) {
                    return null;
                }
                count = tokens.get(j).quantity().count().low();
                j++;
            }
        } else if (determiner.isWord("the")) {
            definite = true;
        } else if (!ARTICLES.contains(determiner.text())) {
            // headlines open on the person: "Teen shot and killed", "13-year-old boy dies after shooting"
            if (!bare || !determiner.isWord() || !afterAnd && !SINGULAR.contains(determiner.text())
                    && !Character.isUpperCase(determiner.original().charAt(0)) && !isAge(determiner)) {
                return null;
            }
            j = i;
        }
        boolean singular = count == 1;
        boolean lowerBound = determiner.isWord("another");
        int modifiers = 0;
        while (j < tokens.size() && modifiers <= MAX_MODIFIERS) {
            FigureToken word = tokens.get(j);
            if (!word.isWord()) {
                break;
            }
            String noun = word.text();
            // "three other children": "other" before a noun is a modifier, alone ("two others") the person
            boolean person = singular ? SINGULAR.contains(noun) : SINGULAR.contains(singularOf(noun))
                    || ANYONE.contains(noun) && !(noun.equals("other") && isPersonPlural(tokens, j + 1))
                    || noun.equals("children") || noun.equals("people");
            // "a police officer" and "a security guard": the last person noun of the run is the head.
            if (person && !(j + 1 < tokens.size() && SINGULAR.contains(tokens.get(j + 1).text()) && singular)) {
                return new Part(afterAppositive(tokens, afterAge(tokens, j + 1)), count,
                        singular ? plural(noun) : ANYONE.contains(noun) ? CasualtyClaim.PEOPLE : noun, definite,
                        lowerBound);
            }
            if (!isModifier(word)) {
                break;
            }
            int ordinal = ORDINALS.indexOf(word.text());
            if (word.text().equals("another") || ordinal > 0) {
                lowerBound = true;
                count = Math.max(count, ordinal + 1);
            }
            j++;
            modifiers++;
        }
        // "Dana Whitlock, 6, was pronounced dead": a name opening the sentence with an age in commas is one person.
        if (singular && bare && !afterAnd && j - i >= 1 && j - i <= NAME_WORDS && isName(tokens, i, j)
                && afterAge(tokens, j) > j) {
            return new Part(afterAge(tokens, j), 1, CasualtyClaim.PEOPLE, false, false);
        }
        // "a 15-year-old is dead": the age stands for the person.
        if (singular && j > i && isAge(tokens.get(j - 1)) && (j == tokens.size() || !tokens.get(j).isWord()
                || CasualtyWords.AUXILIARIES.contains(tokens.get(j).text())
                || CasualtyWords.PREDICATES.containsKey(tokens.get(j).text()))) {
            return new Part(j, 1, CasualtyClaim.PEOPLE, definite, lowerBound);
        }
        return null;
    }

    private static boolean isPersonPlural(List<FigureToken> tokens, int j) {
        if (j >= tokens.size() || !tokens.get(j).isWord()) {
            return false;
        }
        String noun = tokens.get(j).text();
        return SINGULAR.contains(singularOf(noun)) || noun.equals("children") || noun.equals("people");
    }

    /** Skips an age in commas after the noun: "Boy, 16, fatally shot". */
    private static int afterAge(List<FigureToken> tokens, int j) {
        if (isPunct(tokens, j, ",") && j + 2 < tokens.size() && isPunct(tokens, j + 2, ",")
                && (tokens.get(j + 1).isNumber() || tokens.get(j + 1).text().chars().allMatch(Character::isDigit))) {
            return j + 3;
        }
        return j;
    }

    /**
     * Skips a name in commas after the noun, with its age before or after it: "his brother<b>, 8-year-old
     * Joseph,</b> and his mother<b>, Morgan, 27,</b> were both injured", "found a woman and her daughter<b>, Ann
     * Lee,</b> dead". Only capitalised words: "a man, police said," is not a name.
     */
    private static int afterAppositive(List<FigureToken> tokens, int j) {
        if (!isPunct(tokens, j, ",")) {
            return j;
        }
        int from = j + 1 < tokens.size() && isAge(tokens.get(j + 1)) ? j + 2 : j + 1;
        int end = from;
        while (end < tokens.size() && end < from + NAME_WORDS && isName(tokens, end, end + 1)) {
            end++;
        }
        if (end == from || !isPunct(tokens, end, ",")) {
            return j;
        }
        int afterAge = afterAge(tokens, end);
        return afterAge > end ? afterAge : end + 1;
    }

    private static boolean isName(List<FigureToken> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            FigureToken word = tokens.get(k);
            if (!word.isWord() || !Character.isUpperCase(word.original().charAt(0))
                    || !lettersHyphensApostrophes(word.text()) || SINGULAR.contains(word.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isModifier(FigureToken word) {
        String text = word.text();
        return isAge(word) || lettersHyphensApostrophes(text)
                && !CasualtyWords.NOT_SUBJECT.contains(text) && !CasualtyWords.AUXILIARIES.contains(text)
                && !CasualtyWords.PREDICATES.containsKey(text) && !CasualtyWords.ACTIVE_VERBS.containsKey(text)
                && !text.equals("shot") && !text.endsWith("'s") && !text.equals("and");
    }

    /** A loop, not {@code chars().allMatch}: this runs for most words after an article. */
    private static boolean lettersHyphensApostrophes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /** The pattern only for a word that opens on a digit and ends so: most words after an article do neither. */
    private static boolean isAge(FigureToken word) {
        String text = word.text();
        return word.isWord() && text.length() >= SHORTEST_AGE && text.charAt(0) >= '0' && text.charAt(0) <= '9'
                && text.endsWith("-old") && AGE.matcher(text).matches();
    }

    static String singularOf(String plural) {
        if (plural.equals("grandchildren")) {
            return "grandchild";
        }
        String irregular = CasualtyWords.IRREGULAR_SINGULARS.get(plural);
        if (irregular != null) {
            return irregular;
        }
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static String plural(String noun) {
        if (ANYONE.contains(noun)) {
            return CasualtyClaim.PEOPLE;
        }
        String irregular = CasualtyWords.IRREGULAR_PLURALS.get(noun);
        if (irregular != null) {
            return irregular;
        }
        if (noun.equals("grandchild")) {
            return "grandchildren";
        }
        if (noun.endsWith("s") || noun.equals("children")) {
            return noun;
        }
        return noun.endsWith("y") && !noun.endsWith("ey") && !noun.endsWith("oy") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun + "s";
    }

    private static String text(List<FigureToken> tokens, int from, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < end; i++) {
            FigureToken token = tokens.get(i);
            if (i > from && token.type() != FigureToken.Type.PUNCT) {
                text.append(' ');
            }
            text.append(token.original());
        }
        return text.toString();
    }

    private static boolean isWord(List<FigureToken> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
    }

    private static boolean isPunct(List<FigureToken> tokens, int i, String mark) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == FigureToken.Type.PUNCT
                && tokens.get(i).text().equals(mark);
    }
}
