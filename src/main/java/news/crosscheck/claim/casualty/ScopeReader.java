package news.crosscheck.claim.casualty;

import news.crosscheck.claim.text.FigureToken;
import news.crosscheck.spelling.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what part of the casualties a figure counts ({@link Scope}) from the clause that holds it. The clause runs
 * from the figure back and forward to the nearest punctuation mark or clause-joining word ({@code and}, {@code but},
 * {@code while}...), so "three people were killed and two critically injured" gives the three the whole toll and
 * the two a subset. Within the clause, in this order of precedence:
 * <ul>
 *   <li>{@link Scope#HYPOTHETICAL}: a modal or condition ({@code could}, {@code might}, {@code if});</li>
 *   <li>{@link Scope#EARLIER}: the article reports the figure as superseded ({@code previously},
 *       {@code originally}, {@code had put the toll at});</li>
 *   <li>{@link Scope#AGGREGATE}: several incidents ({@code shootings}, {@code separate}) or a place or period
 *       wider than one incident ({@code across the city}, {@code this weekend}, {@code this year});</li>
 *   <li>{@link Scope#SUBSET}: the victims' condition ({@code critical}, {@code seriously}; the reason starts with
 *       {@value #CONDITION}) or a death later than the rest ({@code later died}).</li>
 * </ul>
 * Otherwise the figure is {@link Scope#WHOLE}. The word lists are resource files beside this class.
 */
final class ScopeReader {

    /** A scope and the words that gave it, for {@code claims.csv}. */
    record Reading(Scope scope, String reason) {
        static final Reading WHOLE = new Reading(Scope.WHOLE, "");
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "whereas", "although", "though",
            "when", "after", "before", "because", "since");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ";", ":", "(", ")", "\"", "—", "–", "-", "|");

    /** The reason of a subset by the victims' condition starts with this. */
    static final String CONDITION = "condition ";

    private static final List<Rule> RULES = List.of(
            new Rule(Scope.HYPOTHETICAL, "", phrases("hypothetical-words.txt")),
            new Rule(Scope.EARLIER, "", phrases("earlier-figure-words.txt")),
            new Rule(Scope.AGGREGATE, "", phrases("aggregate-words.txt")),
            new Rule(Scope.SUBSET, CONDITION, phrases("condition-words.txt")),
            new Rule(Scope.SUBSET, "", phrases("subset-words.txt")));

    private record Rule(Scope scope, String label, List<List<String>> phrases) {
    }

    private ScopeReader() {
    }

    /** The scope of the figure whose tokens are {@code [start, end)}. */
    static Reading read(List<FigureToken> tokens, int start, int end) {
        int from = start;
        while (from > 0 && !isBoundary(tokens.get(from - 1))) {
            from--;
        }
        int to = end;
        while (to < tokens.size() && !isBoundary(tokens.get(to))) {
            to++;
        }
        for (Rule rule : RULES) {
            for (List<String> phrase : rule.phrases()) {
                int at = find(tokens, from, to, phrase, start, end);
                if (at >= 0) {
                    return new Reading(rule.scope(), rule.label() + "'" + String.join(" ", phrase) + "'");
                }
            }
        }
        return Reading.WHOLE;
    }

    private static boolean isBoundary(FigureToken token) {
        return token.isWord() ? CLAUSE_WORDS.contains(token.text())
                : token.type() == FigureToken.Type.PUNCT && CLAUSE_MARKS.contains(token.text());
    }

    /** Where {@code phrase} starts within {@code [from, to)} outside the figure itself, or -1. */
    private static int find(List<FigureToken> tokens, int from, int to, List<String> phrase, int start, int end) {
        for (int i = from; i + phrase.size() <= to; i++) {
            if (i >= start && i < end) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < phrase.size() && match; j++) {
                match = tokens.get(i + j).isWord(phrase.get(j));
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<String>> phrases(String resource) {
        List<List<String>> phrases = new ArrayList<>();
        for (String entry : WordList.lines("/news/crosscheck/claim/casualty/" + resource)) {
            phrases.add(List.of(entry.split(" ")));
        }
        return List.copyOf(phrases);
    }
}
