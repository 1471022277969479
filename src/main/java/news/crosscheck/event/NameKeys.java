package news.crosscheck.event;

import news.crosscheck.claim.context.LeadPlaces;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.SpellingRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The proper names of a text as phonetic keys: capitalised words that do not merely start a sentence, minus
 * capitalised function words, months and weekdays, each reduced to the job's one spelling key
 * ({@link SpellingRule#key}) so that transliterations of one name ('Pesechnik', 'Pasechnik'; 'Lisichansk',
 * 'Lysychansk'; 'Vuhledar', 'Ugledar'; 'Kyiv', 'Kiev') give the same key.
 * Names of the lead (title and first sentences) are given twice: they say most about what the article reports.
 */
final class NameKeys {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "in", "on", "at", "of", "and", "but", "or", "for", "to", "by", "with", "from", "after",
            "before", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "this",
            "that", "these", "those", "there", "here", "when", "while", "where", "who", "what", "which", "some",
            "all", "no", "not", "mr", "mrs", "ms", "dr", "said", "also", "earlier", "later", "last", "next", "more",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "police", "officials", "authorities", "according", "update", "updated");
    private static final int LEAD_CHARS = 400;
    private static final int PROTAGONIST_MENTIONS = 4;
    /** What may stand between a given name or title and a surname: a space, or initials ("Mark W. Felt"). */
    private static final Pattern INITIAL_GAP = Pattern.compile("\\.? (?:\\p{Lu}\\. )*");
    /** A lower-case letter: a word in capitals is an acronym or a headline's shout, not a person's name. */
    private static final Pattern MIXED_CASE = Pattern.compile("\\p{Ll}");
    /** A word of place right before a name ("in Brannock", "near Jackson"). */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near|outside)\\s+$");
    /** Characters enough for the longest such word and its spaces. */
    private static final int PLACE_WORD_CHARS = 12;

    /** Answers remembered before the maps are emptied: a night's proper names recur from article to article. */
    private static final int REMEMBERED = 100_000;

    private final SpellingRule spelling = new SpellingRule();
    private final Map<String, String> folds = new ConcurrentHashMap<>();
    private final Map<String, String> spellingKeys = new ConcurrentHashMap<>();

    /** The keys of an article; words of its own outlet's name are left out, as they say nothing of the event. */
    String keys(String outlet, String title, String body) {
        Set<String> outletWords = outletWords(outlet);
        List<String> keys = new ArrayList<>();
        String lead = title + " " + body.substring(0, Math.min(body.length(), LEAD_CHARS));
        collect(lead, outletWords, keys);
        collect(title + "\n" + body, outletWords, keys);
        return String.join(" ", keys);
    }

    /**
     * What an article names as its own event's, read once over the sentences that tell it: the keys of its names
     * ({@link #ownKeys}) and its protagonist ({@link #protagonist}).
     */
    Own own(String title, String body) {
        List<String> sentences = ownSentences(title, body);
        return new Own(ownKeys(sentences), protagonist(title, sentences));
    }

    /** The keys of the names an article gives its own event, and the key of its protagonist or an empty string. */
    record Own(String keys, String protagonist) {
    }

    /**
     * The keys of the names the article gives its own event: those of its sentences that do not recall another
     * incident ({@link LeadPlaces#recallsAnotherIncident}), with the numbered roads they name
     * ({@link LeadPlaces#roadKeys}). A report that names another town only as the place of
     * "another gas explosion" has not named it as its own event's. The words of the outlet's name are kept: the
     * Baytown paper's report of a blast in Baytown names Baytown.
     */
    private String ownKeys(List<String> ownSentences) {
        List<String> keys = new ArrayList<>();
        for (String sentence : ownSentences) {
            collect(sentence, Set.of(), keys);
            keys.addAll(LeadPlaces.roadKeys(sentence));
        }
        return String.join(" ", keys);
    }

    /** The sentences of title and body that do not recall another incident. */
    private static List<String> ownSentences(String title, String body) {
        return sentences(title + "\n" + body).stream()
                .filter(sentence -> !LeadPlaces.recallsAnotherIncident(sentence)).toList();
    }

    /**
     * The text cut where a sentence ends: at the white space after its point (and a closing quote), or at line breaks,
     * which are left out; as {@code Pattern.split} cuts at {@code (?<=[.!?]["”’']?)\s+|\n+}, trailing empty parts
     * dropped, read by hand because the pattern was tried at every character.
     */
    static List<String> sentences(String text) {
        List<String> parts = new ArrayList<>();
        int length = text.length();
        int from = 0;
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            int end = at + 1;
            if (isSpace(c) && afterPoint(text, at)) {
                while (end < length && isSpace(text.charAt(end))) {
                    end++;
                }
            } else if (c == '\n') {
                while (end < length && text.charAt(end) == '\n') {
                    end++;
                }
            } else {
                at++;
                continue;
            }
            parts.add(text.substring(from, at));
            from = end;
            at = end;
        }
        if (from == 0) {
            return List.of(text);
        }
        parts.add(text.substring(from));
        int kept = parts.size();
        while (kept > 0 && parts.get(kept - 1).isEmpty()) {
            kept--;
        }
        return parts.subList(0, kept);
    }

    /** White space as a regular expression's {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a sentence's point, maybe with a closing quote after it, ends right before {@code at}. */
    private static boolean afterPoint(String text, int at) {
        char before = at > 0 ? text.charAt(at - 1) : 0;
        if (before == '"' || before == '”' || before == '’' || before == '\'') {
            before = at > 1 ? text.charAt(at - 2) : 0;
        }
        return before == '.' || before == '!' || before == '?';
    }

    /**
     * The key of the article's protagonist, or an empty string: the person its headline names and its text names
     * most, at least {@value #PROTAGONIST_MENTIONS} times (a sentence's first word too) and more often than any other
     * name, in the sentences that tell its own event. A person's name is written in capitals and small letters, comes
     * at least once after another capitalised word (a given name or a title: "Mark Felt", "Dr. Gupta") and never
     * after {@code in}, {@code at}, {@code near} or {@code outside} (a town named after a family is no person). Two
     * reports whose protagonists differ tell two stories: the deaths of two Watergate figures, the arrests of two
     * players of one team.
     */
    private String protagonist(String title, List<String> ownSentences) {
        // Per name key: mentions, mentions after another capitalised word, mentions after a word of place.
        Map<String, int[]> counts = new TreeMap<>();
        for (String sentence : ownSentences) {
            CapitalisedWords words = new CapitalisedWords(sentence);
            int previousEnd = -1;
            while (words.find()) {
                String word = words.word();
                String key = key(word, Set.of());
                boolean afterName = previousEnd >= 0 && isSpaceOrInitial(sentence, previousEnd, words.start());
                previousEnd = words.end();
                if (key.isEmpty() || word.length() < 3 || !MIXED_CASE.matcher(word).find()) {
                    continue;
                }
                int[] count = counts.computeIfAbsent(SpellingRule.nearKey(key), k -> new int[3]);
                count[0]++;
                count[1] += afterName ? 1 : 0;
                count[2] += afterPlaceWord(sentence, words.start()) ? 1 : 0;
            }
        }
        String best = "";
        int most = 0;
        int next = 0;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int count = entry.getValue()[0];
            if (count > most) {
                next = most;
                most = count;
                best = entry.getKey();
            } else if (count > next) {
                next = count;
            }
        }
        if (most < PROTAGONIST_MENTIONS || most == next || counts.get(best)[1] == 0 || counts.get(best)[2] > 0) {
            return "";
        }
        List<String> headline = new ArrayList<>();
        collect(title, Set.of(), headline);
        return headline.stream().map(SpellingRule::nearKey).anyMatch(best::equals) ? best : "";
    }

    /** Whether a word of place ends right before {@code at}, read over the few characters before it. */
    private static boolean afterPlaceWord(String text, int at) {
        return PLACE_BEFORE.matcher(text).region(Math.max(0, at - PLACE_WORD_CHARS), at).useTransparentBounds(true)
                .find();
    }

    private static boolean isSpaceOrInitial(String text, int from, int to) {
        return INITIAL_GAP.matcher(text).region(from, to).matches();
    }

    private static Set<String> outletWords(String outlet) {
        Set<String> words = new HashSet<>();
        for (String word : NOT_LETTERS.split(outlet)) {
            words.add(fold(word));
        }
        return words;
    }

    private void collect(String text, Set<String> skip, List<String> keys) {
        CapitalisedWords words = new CapitalisedWords(text);
        while (words.find()) {
            String key = startsSentence(text, words.start()) ? "" : key(words.word(), skip);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
    }

    /** The spelling key of a capitalised word, or an empty string when it is no name. */
    private String key(String word, Set<String> skip) {
        String folded = remembered(folds, word, NameKeys::fold);
        if (folded.length() < 2 || NOT_NAMES.contains(folded) || skip.contains(folded)) {
            return "";
        }
        return remembered(spellingKeys, folded, spelling::key);
    }

    private static String remembered(Map<String, String> answers, String word, UnaryOperator<String> answer) {
        if (answers.size() >= REMEMBERED) {
            answers.clear();
        }
        return answers.computeIfAbsent(word, answer);
    }

    private static boolean startsSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '(' || Character.isWhitespace(c) && c != '\n') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
        }
        return true;
    }

    /** A final 's dropped, then the job's one fold ({@link NameFold}), written as one word. */
    private static String fold(String word) {
        return NameFold.fold(POSSESSIVE.matcher(word).replaceAll("")).replace(" ", "");
    }
}
