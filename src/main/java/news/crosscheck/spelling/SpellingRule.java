package news.crosscheck.spelling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one rule for the whole job that decides whether two spellings are the same name: grouping's name keys, the
 * places of one article, and people and places across the articles of an event all ask it.
 *
 * <p>Both spellings are {@link NameFold folded} and each word is rewritten by {@code equivalents.txt}
 * ({@code kh}→{@code h}, {@code y}→{@code i}, doubled letters once...). The words are then compared by an edit
 * distance in which a vowel edit, a silent {@code h}, a correspondence of {@code correspondences.txt} (Ukrainian
 * {@code h} / Russian {@code g}, {@code s}/{@code z}...) and a near consonant of {@code near-consonants.txt}
 * ({@code b}/{@code v}, {@code d}/{@code t}...) cost half a letter and any other letter edit or swap of two
 * neighbours costs one. Two words are
 * <ul>
 *   <li>{@link Closeness#EQUIVALENT} when their rewritten forms are equal;</li>
 *   <li>{@link Closeness#CLOSE} when the distance is at most 0 for words of three letters or fewer, half a letter
 *       up to five letters, one up to eight, one and a half beyond ({@code Kyiv}/{@code Kiev},
 *       {@code Mykolaiv}/{@code Nikolaev}, {@code Sargent}/{@code Sergeant});</li>
 *   <li>{@link Closeness#FAR} when it is at most one letter more than that in words of six letters or more
 *       ({@code Ramsey}/{@code Brumsey}, {@code Marte}/{@code Marine}): the caller needs more evidence;</li>
 *   <li>{@link Closeness#DIFFERENT} otherwise, and always for a word and its plural or possessive without apostrophe
 *       ({@code Osborne}/{@code Osbornes}), a feminine and masculine pair ({@code Petrova}/{@code Petrov},
 *       {@code Zelenska}/{@code Zelenskyi}), a word and the same word plus a final vowel
 *       ({@code Pokrovsk}/{@code Pokrovske}, {@code Daniel}/{@code Daniela}), and a word and a longer one that starts
 *       with it ({@code Williams}/{@code Williamson}): those are other people or towns.</li>
 * </ul>
 * A name of several words is the same name when it has as many words and each pair is, or, written together, when
 * the joined words are; names of one town in two languages ({@link Exonyms}: {@code Antwerp}/{@code Anvers}) are
 * {@link Closeness#EQUIVALENT}. Two different entries of a gazetteer of countries, continents and US states
 * ({@link DistinctPlaces}: {@code America}/{@code Africa}, {@code Austria}/{@code Australia}) are never the same name.
 *
 * <p>{@link #key} gives one key per word for indexing (correspondences written one way, vowels after the first
 * letter dropped): transliterations share it ({@code Vuhledar}/{@code Ugledar}). Words one edit of a near consonant
 * or one other letter apart share one of their {@link #blockingKeys}.
 *
 * <p>Stateless and thread-safe; answers and keys are cached, since the same names recur across a night.
 */
public final class SpellingRule {

    private static final String VOWELS = "aeiou";
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, Closeness> ANSWERS = new ConcurrentHashMap<>();

    /** Whether two spellings (one word or several) are the same name. */
    public boolean sameName(String a, String b) {
        return closeness(a, b).sameName();
    }

    /**
     * How near two spellings are: word by word when they have as many words (the farthest pair decides), else
     * written together.
     */
    public Closeness closeness(String a, String b) {
        List<String> wa = NameFold.words(a);
        List<String> wb = NameFold.words(b);
        if (wa.isEmpty() || wb.isEmpty() || DistinctPlaces.areDistinct(wa, wb)) {
            return Closeness.DIFFERENT;
        }
        if (Exonyms.same(wa, wb)) {
            return Closeness.EQUIVALENT;
        }
        if (wa.size() != wb.size()) {
            return wordCloseness(String.join("", wa), String.join("", wb));
        }
        Closeness worst = Closeness.EQUIVALENT;
        for (int i = 0; i < wa.size() && worst != Closeness.DIFFERENT; i++) {
            Closeness c = wordCloseness(wa.get(i), wb.get(i));
            worst = c.compareTo(worst) > 0 ? c : worst;
        }
        return worst;
    }

    /** The index key of a name: one key per folded word, joined by spaces (see the class comment). */
    public String key(String name) {
        List<String> keys = new ArrayList<>();
        for (String word : NameFold.words(Exonyms.english(NameFold.words(name)))) {
            keys.add(Romanisation.key(word));
        }
        return String.join(" ", keys);
    }

    /**
     * A key of {@link #key} (or any text holding such keys) with the near consonants written as one
     * ({@code b p v f}, {@code d t}, {@code g k q}): a coarser key, under which {@code Busan} and {@code Pusan} meet.
     */
    public static String nearKey(String key) {
        return Romanisation.nearKey(key);
    }

    /**
     * Keys under which to file a one-word name so that any two words this rule calls {@link Closeness#CLOSE}
     * meet under one of them: its key and the key with any one letter left out (repeats then written once).
     */
    public Set<String> blockingKeys(String word) {
        String key = Romanisation.key(String.join("", NameFold.words(Exonyms.english(NameFold.words(word)))));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        for (int i = 0; i < key.length(); i++) {
            keys.add(once(key.substring(0, i) + key.substring(i + 1)));
        }
        return keys;
    }

    /** Repeated letters written once, as in a key: a letter left out between two alike leaves one. */
    private static String once(String key) {
        StringBuilder once = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            if (i == 0 || key.charAt(i) != key.charAt(i - 1)) {
                once.append(key.charAt(i));
            }
        }
        return once.toString();
    }

    private static Closeness wordCloseness(String a, String b) {
        if (a.equals(b)) {
            return Closeness.EQUIVALENT;
        }
        String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        Closeness known = ANSWERS.get(pair);
        if (known == null) {
            if (ANSWERS.size() > CACHE_LIMIT) {
                ANSWERS.clear();
            }
            known = decide(a, b);
            ANSWERS.put(pair, known);
        }
        return known;
    }

    private static Closeness decide(String a, String b) {
        if (pluralOrPossessive(a, b) || pluralOrPossessive(b, a) || adjectiveOf(a, b) || adjectiveOf(b, a)) {
            return Closeness.DIFFERENT;
        }
        String sa = Romanisation.skeleton(a);
        String sb = Romanisation.skeleton(b);
        if (sa.equals(sb)) {
            return Closeness.EQUIVALENT;
        }
        if (hasDigit(sa) || hasDigit(sb) || genderPair(sa, sb) || genderPair(sb, sa) || addsFinalVowel(sa, sb)
                || addsFinalVowel(sb, sa) || extendsBy(a, b) || extendsBy(b, a)) {
            return Closeness.DIFFERENT;
        }
        int longest = Math.max(sa.length(), sb.length());
        int budget = closeBudget(longest);
        int halves = EditCost.halves(sa, sb, Romanisation.HALF_EDITS, budget + 2);
        if (halves <= budget) {
            return Closeness.CLOSE;
        }
        return longest >= 6 && halves <= budget + 2 ? Closeness.FAR : Closeness.DIFFERENT;
    }

    /**
     * Edits allowed for a close pair, in half letters: none up to three letters, half up to five, one up to eight,
     * one and a half beyond.
     */
    static int closeBudget(int length) {
        return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;
    }

    /**
     * {@code williamson}/{@code williams}, {@code southeastdc}/{@code southeast}: a longer name built on the shorter
     * one (another surname, a place and its qualifier) is not a spelling of it.
     */
    private static boolean extendsBy(String longer, String shorter) {
        return longer.length() >= shorter.length() + 2 && longer.startsWith(shorter);
    }

    /**
     * {@code osbornes}/{@code osborne}, {@code westerhuises}/{@code westerhuis}: a family or a possessive; and
     * {@code nurlanovs}/{@code nurlanova}: the family ("the Nurlanovs") of the woman who bears the feminine form.
     */
    private static boolean pluralOrPossessive(String longer, String shorter) {
        return longer.equals(shorter + "s") || longer.equals(shorter + "es")
                || shorter.endsWith("y") && longer.equals(shorter.substring(0, shorter.length() - 1) + "ies")
                || longer.endsWith("s") && genderPair(shorter, longer.substring(0, longer.length() - 1));
    }

    /**
     * {@code victorian}/{@code victoria}, {@code kenyan}/{@code kenya}: the adjective of a place ("Victorian fire
     * crews"), not a spelling of it; and {@code julian}/{@code julia}, two given names. Likewise a region named by its
     * adjective and a final {@code y} ({@code lombardy}/{@code lombard}, {@code tuscany}/{@code tuscan}: "the Lombard
     * town of ..."), where the adjective has five letters or more and ends in a consonant
     * ({@code zelenskyy}/{@code zelensky} is a spelling).
     */
    private static boolean adjectiveOf(String longer, String shorter) {
        return shorter.endsWith("a") && longer.equals(shorter + "n")
                || shorter.length() >= 5 && "aeiouy".indexOf(shorter.charAt(shorter.length() - 1)) < 0
                && longer.equals(shorter + "y");
    }

    /** {@code petrova}/{@code petrov}, {@code zelenska}/{@code zelenski}, {@code zelenskaia}/{@code zelenski}. */
    private static boolean genderPair(String feminine, String masculine) {
        if (!feminine.endsWith("a")) {
            return false;
        }
        String stem = feminine.endsWith("kaia") ? feminine.substring(0, feminine.length() - 3)
                : feminine.substring(0, feminine.length() - 1);
        return masculine.equals(stem) || stem.endsWith("k") && masculine.equals(stem + "i");
    }

    /** {@code pokrovske}/{@code pokrovsk}: a different town (or given name) rather than another spelling. */
    private static boolean addsFinalVowel(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && "aeo".indexOf(longer.charAt(longer.length() - 1)) >= 0
                && VOWELS.indexOf(shorter.charAt(shorter.length() - 1)) < 0;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }


}
