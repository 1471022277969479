package news.crosscheck.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data of {@link SpellingRule}: the rewrites of {@code equivalents.txt}, the half-edit correspondences of
 * {@code correspondences.txt} and {@code near-consonants.txt}, and the index key they give a word.
 */
final class Romanisation {

    static final List<Rewrite> EQUIVALENTS = rewrites("equivalents.txt");
    static final List<Rewrite> CORRESPONDENCES = rewrites("correspondences.txt");
    static final List<Rewrite> NEAR_CONSONANTS = rewrites("near-consonants.txt");
    static final List<Rewrite> HALF_EDITS = concat(CORRESPONDENCES, NEAR_CONSONANTS);
    private static final String VOWELS = "aeiou";
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<Character, Character> CONSONANT_CLASS = consonantClasses(CORRESPONDENCES);
    /** {@link #CONSONANT_CLASS} with the near consonants joined in too ({@link #nearKey}). */
    private static final Map<Character, Character> NEAR_CLASS = consonantClasses(HALF_EDITS);
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private Romanisation() {
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

    /**
     * The skeleton with the multi-letter correspondences read one way, each consonant of a correspondence replaced
     * by its class's first letter, vowels after the first letter dropped and a first vowel written {@code a},
     * repeats once.
     */
    static String key(String folded) {
        String key = KEYS.get(folded);
        if (key == null) {
            if (KEYS.size() > CACHE_LIMIT) {
                KEYS.clear();
            }
            key = buildKey(folded);
            KEYS.put(folded, key);
        }
        return key;
    }

    private static String buildKey(String folded) {
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

    /**
     * A key ({@link #key}) with the near consonants written as one ({@code b p v f}, {@code d t}, {@code g k q}):
     * coarser than the key, for a test that must not tell two spellings of one town apart by a {@code b} and a
     * {@code p} ({@code Busan}/{@code Pusan}). Other characters are kept.
     */
    static String nearKey(String key) {
        StringBuilder near = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = NEAR_CLASS.getOrDefault(key.charAt(i), key.charAt(i));
            if (near.isEmpty() || near.charAt(near.length() - 1) != c || !Character.isLetter(c)) {
                near.append(c);
            }
        }
        return near.toString();
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
     * Single-letter rewrites, joined into classes ({@code c k q}), each to its smallest letter. The key's classes come
     * from the correspondences alone: near consonants ({@code near-consonants.txt}) cost half an edit but are other
     * sounds, and merging them in the key would give unrelated names one key.
     */
    private static Map<Character, Character> consonantClasses(List<Rewrite> rewrites) {
        Map<Character, Character> parent = new HashMap<>();
        for (Rewrite r : rewrites) {
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
    }}
