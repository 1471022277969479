package news.crosscheck.claim.context;

import news.crosscheck.claim.mention.MentionExtractor;
import news.crosscheck.spelling.WordList;
import news.crosscheck.spelling.WordStartPattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of something a lead tells, by the words of each kind in a resource file, and which kinds may tell one
 * incident. Two files: the kinds of harm ({@code harm-kinds.txt}: gunfire, a fire, a blast, a capsizing, a crash...;
 * a launch fire and a launch capsizing on one river the same night are two incidents, a blast and the fire it started
 * may be one) and the kinds of place the harm happened in ({@code venue-kinds.txt}: a home, a bar, a school, a
 * shop...; a shooting at a house party and one at a gas station across town the same night are two). Kinds are bits
 * of an {@code int}, so a text's kinds are one number to store and compare. Immutable and shared.
 */
public final class LeadKinds {

    private static final String FOLDER = "/news/crosscheck/claim/context/";
    private static final String NONE = "none";
    private static final String TOGETHER = "together";
    private static final String AFTER = "after";
    /**
     * The words that may stand between an {@code after} word and the phrase ("at a crowded backyard party"), none of
     * them a word that leads on to another place or clause ("from the hospital to the church").
     */
    private static final String WORDS_BETWEEN = "(?:(?!(?:to|and|or|but|with|where|when|while|after|before|than)\\s)"
            + "\\S+\\s+){0,4}?";
    /** The first part of a compound whose last part is the place: "in a mini-apartment", "at a roadside bar". */
    private static final String COMPOUND_HEAD = "(?:[\\p{L}\\d]+-)?";
    private static final int PHRASE = 2;

    private static final LeadKinds HARM = new LeadKinds("harm-kinds.txt");
    private static final LeadKinds VENUES = new LeadKinds("venue-kinds.txt");

    private final String resource;
    private final List<String> kinds = new ArrayList<>();
    /** Each word or phrase's kind, as a bit; 0 for the phrases of {@code none}. */
    private final Map<String, Integer> bitOf = new HashMap<>();
    /** For each kind's bit index, the bits of the kinds that may tell the same incident, its own included. */
    private final int[] together;
    /**
     * The phrases, in group {@link #PHRASE}, after one of the words that must stand before them when the file names
     * some; group 1 is a phrase of {@code none}, found first so that its words are nothing even when it starts with
     * such a word ("behind bars"). Each match begins a word, so only words' starts are tried.
     */
    private final WordStartPattern words;
    /** Whether the file names words that must stand before a phrase (then the phrase is written in lower case). */
    private final boolean placed;

    private LeadKinds(String file) {
        resource = FOLDER + file;
        List<String[]> pairs = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (String line : WordList.lines(resource)) {
            String[] parts = line.split(":", 2);
            String kind = parts[0].strip();
            if (kind.equals(TOGETHER)) {
                pairs.add(parts[1].strip().split("\\s+"));
                continue;
            }
            if (kind.equals(AFTER)) {
                before.addAll(entries(parts[1]));
                continue;
            }
            int bit = 0;
            if (!kind.equals(NONE)) {
                if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
                bit = 1 << kinds.indexOf(kind);
            }
            for (String entry : entries(parts[1])) {
                bitOf.put(entry, bit);
            }
        }
        if (kinds.size() > Integer.SIZE) {
            throw new IllegalStateException(resource + " names more than " + Integer.SIZE + " kinds");
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
        placed = !before.isEmpty();
        String phrases = "(" + WordList.regex(List.copyOf(bitOf.keySet())) + ")";
        List<String> nothing = bitOf.keySet().stream().filter(phrase -> bitOf.get(phrase) == 0).toList();
        words = WordStartPattern.compile("(" + (nothing.isEmpty() ? "(?!)" : WordList.regex(nothing)) + ")|"
                + (placed ? WordList.regex(before) + "\\s+" + WORDS_BETWEEN + COMPOUND_HEAD : "")
                + phrases);
    }

    private static List<String> entries(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    /** The kinds of harm: gunfire, a stabbing, a fire, a blast, a capsizing, a crash, a collapse... */
    public static LeadKinds harm() {
        return HARM;
    }

    /** The kinds of place harm happens in: a home, a bar, a restaurant, a school, a place of worship, a shop... */
    public static LeadKinds venues() {
        return VENUES;
    }

    /**
     * The kinds the text tells, as bits; 0 when it tells none. When the file names words that must stand before a
     * phrase, the phrase must be written in lower case, as a common noun is ("in Chapel Hill", "at Wasilla Bible
     * Church" name places, not kinds of place), unless the text is a headline in title case.
     */
    public int of(String text) {
        String lower = lowerCase(text);
        boolean anyCase = !placed || MentionExtractor.isTitleCase(text);
        int found = 0;
        WordStartPattern.Finder word = words.matcher(lower);
        while (word.find()) {
            if (word.group(PHRASE) != null && (anyCase || !Character.isUpperCase(text.charAt(word.start(PHRASE))))) {
                found |= bitOf.get(word.group(PHRASE));
            }
        }
        return found;
    }

    /** Lower case a character at a time, so that every index of the text is the same in it. */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
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
            throw new IllegalStateException(resource + ": 'together' names an unknown kind '" + kind + "'");
        }
        return index;
    }
}
