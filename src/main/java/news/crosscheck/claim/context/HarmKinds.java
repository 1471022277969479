package news.crosscheck.claim.context;

import news.crosscheck.spelling.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of harm a text tells (gunfire, a fire, a blast, a capsizing, a crash...), by the words of each kind in
 * {@code harm-kinds.txt}, and which kinds may tell one incident: a launch fire and a launch capsizing on one river
 * the same night are two incidents, a blast and the fire it started may be one. Kinds are bits of an {@code int}, so
 * a text's kinds are one number to store and compare. Immutable and shared.
 */
public final class HarmKinds {

    private static final String RESOURCE = "/news/crosscheck/claim/context/harm-kinds.txt";
    private static final String NONE = "none";
    private static final String TOGETHER = "together";

    private static final HarmKinds INSTANCE = new HarmKinds(WordList.lines(RESOURCE));

    private final List<String> kinds = new ArrayList<>();
    /** Each word or phrase's kind, as a bit; 0 for the phrases of {@code none}. */
    private final Map<String, Integer> bitOf = new HashMap<>();
    /** For each kind's bit index, the bits of the kinds that may tell the same incident, its own included. */
    private final int[] together;
    private final Pattern words;

    private HarmKinds(List<String> lines) {
        List<String[]> pairs = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(":", 2);
            String kind = parts[0].strip();
            if (kind.equals(TOGETHER)) {
                pairs.add(parts[1].strip().split("\\s+"));
                continue;
            }
            int bit = 0;
            if (!kind.equals(NONE)) {
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
                bit = 1 << kinds.indexOf(kind);
            }
            for (String entry : parts[1].split(",")) {
                bitOf.put(entry.strip(), bit);
            }
        }
        if (kinds.size() > Integer.SIZE) {
            throw new IllegalStateException(RESOURCE + " names more than " + Integer.SIZE + " kinds");
        }
        together = new int[kinds.size()];
        for (int i = 0; i < together.length; i++) {
            together[i] = 1 << i;
        }
        for (String[] pair : pairs) {
            int a = index(pair[0]);
            int b = index(pair[1]);
            together[a] |= 1 << b;
            together[b] |= 1 << a;
        }
        words = WordList.anyOf(List.copyOf(bitOf.keySet()));
    }

    public static HarmKinds instance() {
        return INSTANCE;
    }

    /** The kinds of harm the text tells, as bits; 0 when it tells none. */
    public int of(String text) {
        int found = 0;
        Matcher word = words.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            found |= bitOf.get(word.group());
        }
        return found;
    }

    /**
     * Whether two texts' kinds (as {@link #of} gives them) can only be of two incidents: each tells some kind, and no
     * kind of one is, or may go together with, a kind of the other.
     */
    public boolean apart(int a, int b) {
        if (a == 0 || b == 0) {
            return false;
        }
        for (int i = 0; i < together.length; i++) {
            if ((a & 1 << i) != 0 && (together[i] & b) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The names of the kinds of a set of bits, in the file's order, for a reader. */
    public List<String> names(int bits) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if ((bits & 1 << i) != 0) {
                names.add(kinds.get(i));
            }
        }
        return names;
    }

    private int index(String kind) {
        int index = kinds.indexOf(kind);
        if (index < 0) {
            throw new IllegalStateException(RESOURCE + ": 'together' names an unknown kind '" + kind + "'");
        }
        return index;
    }
}
