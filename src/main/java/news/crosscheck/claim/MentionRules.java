package news.crosscheck.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first pass of {@link MentionExtractor}: names that the sentence itself marks as a person or a place, by a
 * title, a role, a verb of saying, an apposition or a place cue. A capitalised run without such a cue yields nothing
 * here; the second pass may still recognise it as a name learned elsewhere in the article.
 */
final class MentionRules {

    /** A name found in one sentence, with its character span. */
    record Found(MentionKind kind, String name, String role, int start, int end) {
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** {@code west of Bakhmut}, {@code south of X}: the cue of a distance from a place. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    private final Set<String> lowerCaseWords;

    /** @param lowerCaseWords words the article also writes in lower case: common words, never names */
    MentionRules(Set<String> lowerCaseWords) {
        this.lowerCaseWords = lowerCaseWords;
    }

    List<Found> find(String sentence) {
        List<NameToken> tokens = NameToken.tokenize(sentence);
        List<Found> found = new ArrayList<>();
        MentionKind previous = null;
        int previousEnd = -1;
        for (NameRun raw : NameRun.find(tokens)) {
            Found mention = classify(sentence, tokens, raw, previous, previousEnd);
            if (mention != null) {
                found.add(mention);
                previous = mention.kind();
                previousEnd = raw.to();
            }
        }
        return found;
    }

    private Found classify(String sentence, List<NameToken> tokens, NameRun raw, MentionKind previous, int previousEnd) {
        Found titled = titled(sentence, tokens, raw);
        if (titled != null) {
            return titled;
        }
        NameRun run = trimLeft(tokens, raw);
        if (run == null || run.anyWordIn(tokens, NameLexicon.ORGANISATION_WORDS)
                || run.anyWordIn(tokens, NameLexicon.TITLES)) {
            return null;
        }
        String name = run.text(sentence, tokens);
        int start = tokens.get(run.from()).start();
        int end = tokens.get(run.to() - 1).end();
        String role = personRole(sentence, tokens, run);
        if (role != null && !NameLexicon.isCountry(name) && allLookLikeNameWords(tokens, run)) {
            return new Found(MentionKind.PERSON, name, role, start, end);
        }
        if (NameLexicon.isCountry(name) || isPlaceByCue(tokens, run, previous, previousEnd)) {
            return new Found(MentionKind.PLACE, name, "", start, end);
        }
        if (run.size() >= 2 && !run.initial() && saidNextTo(tokens, run) && allLookLikeNameWords(tokens, run)) {
            return new Found(MentionKind.PERSON, name, "", start, end);
        }
        if (run.size() >= 2 && run.initial() && followedBySaying(tokens, run) && allLookLikeNameWords(tokens, run)) {
            return new Found(MentionKind.PERSON, name, "", start, end);
        }
        return null;
    }

    /** {@code Tulsa Police Officer Jane Doe}: the words up to the last title are the role, the rest the name. */
    private Found titled(String sentence, List<NameToken> tokens, NameRun run) {
        int title = -1;
        for (int i = run.from(); i < run.to() - 1; i++) {
            if (NameLexicon.TITLES.contains(tokens.get(i).lower())) {
                title = i;
            }
        }
        if (title < 0) {
            return null;
        }
        NameRun name = new NameRun(title + 1, run.to(), false);
        if (name.size() > 4 || name.anyWordIn(tokens, NameLexicon.ORGANISATION_WORDS)
                || NameLexicon.isCountry(name.text(sentence, tokens)) || !allLookLikeNameWords(tokens, name)) {
            return null;
        }
        String role = sentence.substring(tokens.get(run.from()).start(), tokens.get(title).end());
        String before = lowerCaseRole(sentence, tokens, run.from());
        return new Found(MentionKind.PERSON, name.text(sentence, tokens),
                before.isEmpty() ? role : before + " " + role,
                tokens.get(name.from()).start(), tokens.get(name.to() - 1).end());
    }

    /** Drops leading demonyms ({@code Russian troops}) and a sentence-initial common word ({@code Officials}). */
    private NameRun trimLeft(List<NameToken> tokens, NameRun run) {
        int from = run.from();
        while (from < run.to() && NameLexicon.isDemonym(tokens.get(from).text())) {
            from++;
        }
        if (run.initial() && from == run.from() && lowerCaseWords.contains(tokens.get(from).lower())) {
            from++;
        }
        return from < run.to() ? run.from(from) : null;
    }

    /** A role the text gives the run, or {@code null} when nothing says it is a person. */
    private String personRole(String sentence, List<NameToken> tokens, NameRun run) {
        String before = lowerCaseRole(sentence, tokens, run.from());
        if (!before.isEmpty()) {
            return before;
        }
        int after = run.to();
        boolean closed = after >= tokens.size() || is(tokens, after, ",") || is(tokens, after, ".")
                || NameLexicon.SAYING_VERBS.contains(tokens.get(after).lower());
        if (is(tokens, run.from() - 1, ",") && closed) {
            String apposition = appositionBefore(sentence, tokens, run.from() - 1);
            if (apposition != null) {
                return apposition;
            }
        }
        if (is(tokens, after, ",") && after + 2 < tokens.size() && Character.isDigit(tokens.get(after + 1).text().charAt(0))
                && is(tokens, after + 2, ",")) {
            return "";
        }
        if (is(tokens, after, ",") && after + 2 < tokens.size() && ARTICLES.contains(tokens.get(after + 1).lower())) {
            return appositionAfter(sentence, tokens, after + 2);
        }
        return null;
    }

    /** {@code police spokeswoman Jane Doe}: a lower-case role noun right before the name and its modifiers. */
    private static String lowerCaseRole(String sentence, List<NameToken> tokens, int nameStart) {
        int noun = nameStart - 1;
        if (noun < 0 || !NameLexicon.ROLE_NOUNS.contains(tokens.get(noun).text())) {
            return "";
        }
        int first = noun;
        while (first - 1 >= 0 && noun - first < 2 && tokens.get(first - 1).isWord()
                && Character.isLowerCase(tokens.get(first - 1).text().charAt(0))
                && !NameLexicon.STOP_WORDS.contains(tokens.get(first - 1).lower())) {
            first--;
        }
        return sentence.substring(tokens.get(first).start(), tokens.get(noun).end());
    }

    /** {@code the head of the self-proclaimed Luhansk People's Republic, Leonid Pesechnik}. */
    private static String appositionBefore(String sentence, List<NameToken> tokens, int comma) {
        int start = comma - 1;
        while (start >= 0 && !is(tokens, start, ",") && !tokens.get(start).text().equals("\"")) {
            start--;
        }
        start++;
        if (start + 1 >= comma || !ARTICLES.contains(tokens.get(start).lower())) {
            return null;
        }
        for (int i = start + 1; i < Math.min(comma, start + 4); i++) {
            if (NameLexicon.ROLE_NOUNS.contains(tokens.get(i).lower())) {
                return sentence.substring(tokens.get(start + 1).start(), tokens.get(comma - 1).end());
            }
        }
        return null;
    }

    /** {@code Jane Doe, a spokeswoman for the county, said}: the role runs to the next comma. */
    private static String appositionAfter(String sentence, List<NameToken> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !is(tokens, end, ",") && !is(tokens, end, ".")
                && !NameLexicon.SAYING_VERBS.contains(tokens.get(end).lower())) {
            end++;
        }
        for (int i = from; i < Math.min(end, from + 3); i++) {
            if (NameLexicon.ROLE_NOUNS.contains(tokens.get(i).lower())) {
                return sentence.substring(tokens.get(from).start(), tokens.get(end - 1).end());
            }
        }
        return null;
    }

    private static boolean isPlaceByCue(List<NameToken> tokens, NameRun run, MentionKind previous, int previousEnd) {
        int before = run.from() - 1;
        int after = run.to();
        if (before >= 0 && NameLexicon.PLACE_PREPOSITIONS.contains(tokens.get(before).lower())) {
            return true;
        }
        if (is(tokens, before, "of") && before >= 1 && (NameLexicon.PLACE_NOUNS.contains(tokens.get(before - 1).lower())
                || COMPASS.contains(tokens.get(before - 1).lower()) || is(tokens, before - 1, ","))) {
            return true;
        }
        if (after < tokens.size() && NameLexicon.TRAILING_PLACE_NOUNS.contains(tokens.get(after).text())) {
            return true;
        }
        if (is(tokens, after, ",") && after + 1 < tokens.size()
                && NameLexicon.US_STATES.contains(stateAt(tokens, after + 1))) {
            return true;
        }
        if (is(tokens, before, ",") && before >= 1 && previous == MentionKind.PLACE && previousEnd == before
                && NameLexicon.US_STATES.contains(stateAt(tokens, run.from()))) {
            return true;
        }
        boolean coordinated = is(tokens, before, "and") || is(tokens, before, "or") || is(tokens, before, ",");
        if (coordinated && previous == MentionKind.PLACE && previousEnd == before) {
            return true;
        }
        return is(tokens, after, ",") && after + 1 < tokens.size() && ARTICLES.contains(tokens.get(after + 1).lower())
                && placeNounWithin(tokens, after + 2, 5);
    }

    private static String stateAt(List<NameToken> tokens, int i) {
        String one = tokens.get(i).lower();
        return i + 1 < tokens.size() && NameLexicon.US_STATES.contains(one + " " + tokens.get(i + 1).lower())
                ? one + " " + tokens.get(i + 1).lower() : one;
    }

    private static boolean placeNounWithin(List<NameToken> tokens, int from, int count) {
        for (int i = from; i < Math.min(tokens.size(), from + count) && !is(tokens, i, ","); i++) {
            if (NameLexicon.PLACE_NOUNS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saidNextTo(List<NameToken> tokens, NameRun run) {
        return followedBySaying(tokens, run) || run.from() >= 1
                && (NameLexicon.SAYING_VERBS.contains(tokens.get(run.from() - 1).lower())
                || is(tokens, run.from() - 1, "to") && is(tokens, run.from() - 2, "according"));
    }

    private static boolean followedBySaying(List<NameToken> tokens, NameRun run) {
        return run.to() < tokens.size() && NameLexicon.SAYING_VERBS.contains(tokens.get(run.to()).lower());
    }

    private static boolean allLookLikeNameWords(List<NameToken> tokens, NameRun run) {
        for (int i = run.from(); i < run.to(); i++) {
            String word = tokens.get(i).text();
            // A country word may be a given name (Jordan Miles); only a country on its own is not a person.
            if (NameLexicon.isDemonym(word) || NameLexicon.PLACE_NOUNS.contains(word.toLowerCase())
                    || run.size() == 1 && NameLexicon.isCountry(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean is(List<NameToken> tokens, int i, String text) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(text);
    }
}
