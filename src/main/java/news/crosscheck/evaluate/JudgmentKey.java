package news.crosscheck.evaluate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a judgment is kept by: a discrepancy's kind and the set of its statements, so a later version of the job that
 * reports the same discrepancy under another id meets the same judgment. Written as text (the {@code key} column of
 * the judged files): the kind, {@code |}, then the sorted {@code article_id=value} of the statements joined by
 * {@code ||}. The article id is the one {@code discrepancies.csv} writes ({@code articles.csv#abc}); the value is
 * lower-cased with its whitespace runs made single spaces and trimmed (the report's formula guard already taken off).
 *
 * @param kind       {@code NAME_SPELLING}, {@code PLACE_SPELLING}, {@code CASUALTY_COUNT}
 * @param statements the distinct statements, sorted by their text
 */
public record JudgmentKey(String kind, SortedSet<Statement> statements) {

    private static final String AFTER_KIND = "|";
    private static final String BETWEEN = "||";
    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    /** One statement of a discrepancy: an article and the value it gives, normalised. */
    public record Statement(String articleId, String value) implements Comparable<Statement> {

        /** A statement with its value normalised. */
        public static Statement of(String articleId, String value) {
            return new Statement(articleId, WHITESPACE.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
        }

        /** The document id of the article ({@code abc} of {@code articles.csv#abc}). */
        public String docId() {
            return JobReports.docId(articleId);
        }

        @Override
        public String toString() {
            return articleId + "=" + value;
        }

        @Override
        public int compareTo(Statement other) {
            return toString().compareTo(other.toString());
        }
    }

    public JudgmentKey {
        statements = new TreeSet<>(statements);
    }

    /** The key of a reported discrepancy. */
    public static JudgmentKey of(String kind, Collection<Statement> statements) {
        return new JudgmentKey(kind, new TreeSet<>(statements));
    }

    /**
     * Reads a key written as text. A value that itself holds {@code ||} cannot be told apart from the separator;
     * no figure or name the job reports does.
     */
    public static JudgmentKey parse(String text) {
        int bar = text.indexOf(AFTER_KIND);
        if (bar <= 0) {
            throw new IllegalArgumentException("not a judgment key: '" + text + "'");
        }
        SortedSet<Statement> statements = new TreeSet<>();
        for (String statement : text.substring(bar + 1).split("\\|\\|")) {
            int eq = statement.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a judgment key: '" + text + "'");
            }
            statements.add(Statement.of(statement.substring(0, eq), statement.substring(eq + 1)));
        }
        return new JudgmentKey(text.substring(0, bar), statements);
    }

    /** The documents the statements come from. */
    public Set<String> docIds() {
        return statements.stream().map(Statement::docId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Whether {@code other}, of the same kind, holds at least two of this key's statements with different values:
     * the disagreement this key records is still reported, perhaps with statements added or dropped.
     */
    public boolean disagreementHeldBy(JudgmentKey other) {
        if (!kind.equals(other.kind)) {
            return false;
        }
        List<String> values = statements.stream().filter(other.statements::contains).map(Statement::value)
                .distinct().toList();
        return values.size() >= 2;
    }

    @Override
    public String toString() {
        return kind + AFTER_KIND + statements.stream().map(Statement::toString).collect(Collectors.joining(BETWEEN));
    }
}
