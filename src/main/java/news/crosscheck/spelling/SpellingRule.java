package news.crosscheck.spelling;

import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashMap;
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
 *       up to five letters, one up to eight, one and a half beyond ({@code Kyiv}/{@code Kiev}, {@code Mykolaiv}/{@code Nikolaev},
 *       {@code Sargent}/{@code Sergeant});</li>
 *   <li>{@link Closeness#FAR} when it is at most one letter more than that in words of six letters or more
 *       ({@code America}/{@code Africa}, {@code Ramsey}/{@code Brumsey}): the caller needs more evidence;</li>
 *   <li>{@link Closeness#DIFFERENT} otherwise, and always for a word and its plural or possessive without apostrophe
 *       ({@code Osborne}/{@code Osbornes}), a feminine and masculine pair ({@code Petrova}/{@code Petrov},
 *       {@code Zelenska}/{@code Zelenskyi}) and a word and the same word plus a final vowel
 *       ({@code Pokrovsk}/{@code Pokrovske}, {@code Daniel}/{@code Daniela}), and a word and a longer one that starts
 *       with it ({@code Williams}/{@code Williamson}): those are other people or towns.</li>
 * </ul>
 * Two different entries of a gazetteer of countries, continents and US states ({@code distinct-places.txt} and
 * ICU's country names) are never the same name. A name of several words is the same name when it has as many words and each pair is, or, written together, when
 * the joined words are. {@link #key} gives one key per word for indexing: any two words this rule calls the same
 * name usually share it, and always share one of their {@link #blockingKeys}.
 *
 * <p>Stateless and thread-safe; answers are cached.
 */
public final class SpellingRule {

    private static final String VOWELS = "aeiou";
    private static final int CACHE_LIMIT = 200_000;
    private static final List<Rewrite> EQUIVALENTS = rewrites("equivalents.txt");
    private static final List<Rewrite> CORRESPONDENCES = rewrites("correspondences.txt");
    private static final List<Rewrite> NEAR_CONSONANTS = rewrites("near-consonants.txt");
    private static final List<Rewrite> HALF_EDITS = concat(CORRESPONDENCES, NEAR_CONSONANTS);
    private static final Map<Character, Character> CONSONANT_CLASS = consonantClasses();
    private static final Set<String> DISTINCT_PLACES = distinctPlaces();
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
        if (wa.isEmpty() || wb.isEmpty() || distinctPlaces(wa, wb)) {
            return Closeness.DIFFERENT;
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
        for (String word : NameFold.words(name)) {
            keys.add(wordKey(word));
        }
        return String.join(" ", keys);
    }

    /**
     * Keys under which to file a one-word name so that any two words this rule calls {@link Closeness#CLOSE}
     * meet under one of them: its key and the key with any one letter left out.
     */
    public Set<String> blockingKeys(String word) {
        String key = wordKey(String.join("", NameFold.words(word)));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        for (int i = 0; i < key.length(); i++) {
            keys.add(key.substring(0, i) + key.substring(i + 1));
        }
        return keys;
    }

    /** Two different entries of the gazetteer of countries, continents and states: never one place. */
    private static boolean distinctPlaces(List<String> a, List<String> b) {
        String ja = String.join(" ", a);
        String jb = String.join(" ", b);
        return !ja.equals(jb) && DISTINCT_PLACES.contains(ja) && DISTINCT_PLACES.contains(jb);
    }

    private static Set<String> distinctPlaces() {
        Set<String> places = new java.util.HashSet<>(WordList.words("/news/crosscheck/spelling/distinct-places.txt"));
        for (String code : ULocale.getISOCountries()) {
            places.add(NameFold.fold(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH)));
        }
        return Set.copyOf(places);
    }

    /** The folded word rewritten by the equivalences, doubled letters written once. */
    static String skeleton(String folded) {
        String s = folded;
        for (Rewrite rewrite : EQUIVALENTS) {
            s = rewrite.applyTo(s);
        }
        StringBuilder once = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                once.append(s.charAt(i));
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
        if (pluralOrPossessive(a, b) || pluralOrPossessive(b, a)) {
            return Closeness.DIFFERENT;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (sa.equals(sb)) {
            return Closeness.EQUIVALENT;
        }
        if (hasDigit(sa) || hasDigit(sb) || genderPair(sa, sb) || genderPair(sb, sa) || addsFinalVowel(sa, sb)
                || addsFinalVowel(sb, sa) || extendsBy(a, b) || extendsBy(b, a)) {
            return Closeness.DIFFERENT;
        }
        int longest = Math.max(sa.length(), sb.length());
        int halves = EditCost.halves(sa, sb, HALF_EDITS);
        if (halves <= closeBudget(longest)) {
            return Closeness.CLOSE;
        }
        return longest >= 6 && halves <= closeBudget(longest) + 2 ? Closeness.FAR : Closeness.DIFFERENT;
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

    /** {@code osbornes}/{@code osborne}, {@code westerhuises}/{@code westerhuis}: a family or a possessive. */
    private static boolean pluralOrPossessive(String longer, String shorter) {
        return longer.equals(shorter + "s") || longer.equals(shorter + "es")
                || shorter.endsWith("y") && longer.equals(shorter.substring(0, shorter.length() - 1) + "ies");
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

    /**
     * The skeleton with the multi-letter correspondences read one way, each consonant of a correspondence replaced
     * by its class's first letter, vowels after the first letter dropped and a first vowel written {@code a},
     * repeats once.
     */
    private static String wordKey(String folded) {
        String s = skeleton(folded);
        for (Rewrite correspondence : CORRESPONDENCES) {
            if (correspondence.from().length() > 1 || correspondence.anchored()) {
                s = correspondence.applyTo(s);
            }
        }
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = VOWELS.indexOf(c) >= 0;
            if (vowel && i > 0) {
                continue;
            }
            char k = vowel ? 'a' : CONSONANT_CLASS.getOrDefault(c, c);
            if (key.isEmpty() || key.charAt(key.length() - 1) != k) {
                key.append(k);
            }
        }
        return key.toString();
    }

    private static List<Rewrite> rewrites(String file) {
        List<Rewrite> rewrites = new ArrayList<>();
        for (String line : WordList.lines("/news/crosscheck/spelling/" + file)) {
            String[] parts = line.split("\\s+");
            rewrites.add(Rewrite.of(parts[0], parts[1]));
        }
        return List.copyOf(rewrites);
    }

    private static List<Rewrite> concat(List<Rewrite> a, List<Rewrite> b) {
        List<Rewrite> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Single-letter correspondences, joined into classes ({@code c k q}), each to its smallest letter. Near consonants
     * ({@code near-consonants.txt}) are left apart: they cost half an edit but are other sounds, and merging them
     * in the key would give unrelated names one key.
     */
    private static Map<Character, Character> consonantClasses() {
        Map<Character, Character> parent = new HashMap<>();
        for (Rewrite r : CORRESPONDENCES) {
            if (r.from().length() == 1 && r.to().length() == 1 && !r.anchored()) {
                char x = root(parent, r.from().charAt(0));
                char y = root(parent, r.to().charAt(0));
                parent.put((char) Math.max(x, y), (char) Math.min(x, y));
            }
        }
        Map<Character, Character> classes = new HashMap<>();
        for (char c : parent.keySet()) {
            classes.put(c, root(parent, c));
        }
        return Map.copyOf(classes);
    }

    private static char root(Map<Character, Character> parent, char c) {
        char r = c;
        while (parent.containsKey(r) && parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }
}
