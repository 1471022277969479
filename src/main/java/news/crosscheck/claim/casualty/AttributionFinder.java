package news.crosscheck.claim.casualty;

import news.crosscheck.claim.text.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who gives a figure, when its sentence says so: {@code according to the regional governor}, {@code the Defence
 * Ministry said}, {@code officials said}, {@code said Governor Ivan Petrov}. The source is the noun phrase as written,
 * without a leading article; a pronoun ({@code he said}) names nobody and gives no source. A sentence with no such
 * phrase has no source: the figure is the outlet's own.
 */
public final class AttributionFinder {

    private static final List<String> VERB_WORDS = List.of("said", "says", "say", "reported", "reports", "told",
            "announced", "announces", "confirmed", "confirms", "stated", "states", "estimated", "estimates", "added",
            "wrote", "claimed", "claims");
    /** A claim of lives or of responsibility says nothing of a figure: "a fire and a crash claimed 14 lives". */
    private static final String NOT_OF_LIVES = "(?!\\s+(?:[\\w-]+\\s+){0,4}?(?:lives?|responsibility)\\b)";
    private static final String VERBS = VERB_WORDS.stream()
            .map(verb -> verb.startsWith("claim") ? verb + NOT_OF_LIVES : verb).collect(Collectors.joining("|"));
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\baccording to (?<source>[^,.;:\"()]{2,80}?)(?=\\s*(?:[,.;:\"()]|$|\\bwho\\b|\\bwhich\\b))");
    /** Subject then verb: the subject is the words since the last clause boundary. */
    private static final Pattern SUBJECT_SAID = Pattern.compile(
            "(?:^|[,;:\"(]|\\bthat\\b|\\band\\b|\\bbut\\b|\\bwhile\\b)\\s*(?<source>[^,;:\"()]{2,80}?)\\s+(?:has |have |had )?(?:"
                    + VERBS + ")\\b");
    /** Verb then subject, at the end of a clause: ", said Governor Ivan Petrov." */
    private static final Pattern SAID_SUBJECT = Pattern.compile(
            "(?:^|[,\"])\\s*(?:" + VERBS + ")\\s+(?<source>[^,.;:\"()]{2,80}?)\\s*(?:[,.;:\"]|$)");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a|an)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CASUALTY_WORD =
            Pattern.compile(".*\\b(?:killed|dead|died|injured|wounded|missing|rescued|people)\\b.*");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "this", "that", "officials there");
    private static final List<String> NOT_SOURCES = List.of("in a statement", "on telegram", "on sunday",
            "on monday", "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "later",
            "earlier", "on", "in", "at", "it was", "there were", "there are");
    private static final int MAX_WORDS = 8;
    /** What "according to" a norm introduces is a manner, not a source: {@code according to the laws of war}. */
    private static final Set<String> NORMS = Set.of("law", "laws", "rule", "rules", "plan", "plans", "protocol",
            "protocols", "procedure", "procedures", "regulations", "guidelines", "tradition", "custom", "schedule",
            "instructions", "standards");

    public String sourceOf(Sentence sentence) {
        String text = sentence.text();
        // Each pattern needs its words in the text (the verbs in lower case): a plain search for them spares most
        // sentences the patterns, which try every clause boundary with up to 80 characters of subject.
        if (text.toLowerCase(Locale.ROOT).contains("according to")) {
            Matcher according = ACCORDING_TO.matcher(text);
            if (according.find()) {
                String source = clean(according.group("source"));
                // "would be treated according to the laws of war": a manner, not who gives the figure
                if (!source.isEmpty()) {
                    return source;
                }
            }
        }
        if (VERB_WORDS.stream().noneMatch(text::contains)) {
            return "";
        }
        Matcher subject = SUBJECT_SAID.matcher(text);
        while (subject.find()) {
            String source = clean(subject.group("source"));
            if (!source.isEmpty()) {
                return source;
            }
        }
        Matcher inverted = SAID_SUBJECT.matcher(text);
        while (inverted.find()) {
            String source = clean(inverted.group("source"));
            if (!source.isEmpty()) {
                return source;
            }
        }
        return "";
    }

    /** A source as a person reads it, or "" when the phrase names nobody (a pronoun, a clause, a time). */
    private static String clean(String phrase) {
        String source = LEADING_ARTICLE.matcher(phrase.strip()).replaceFirst("").strip();
        String lower = source.toLowerCase(Locale.ROOT);
        if (source.isEmpty() || PRONOUNS.contains(lower) || NOT_SOURCES.contains(lower)
                || NORMS.contains(SPACES.split(lower)[0])
                || SPACES.split(source).length > MAX_WORDS || Character.isDigit(source.charAt(0))
                || CASUALTY_WORD.matcher(lower).matches()) {
            return "";
        }
        return source;
    }
}
