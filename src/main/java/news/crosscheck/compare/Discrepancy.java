package news.crosscheck.compare;

import news.crosscheck.article.Sha256;

import java.util.List;
import java.util.Objects;

/**
 * One mismatch within an event, with every statement that takes part in it.
 *
 * @param id          {@code D} and 12 hex digits of a hash of event, kind, subject and the statements: the same
 *                    mismatch has the same id on every run
 * @param eventId     the event it belongs to
 * @param kind        what disagrees
 * @param severity    conflict, update or variant
 * @param subject     what it is about: the person or place, or the casualty slot and group ({@code killed: people})
 * @param explanation one plain-English line for a copy editor
 * @param suggestion  what the desk could do about it ({@code use 'Pasechnik' (4 of 5 outlets)})
 * @param statements  the statements, at least two, with at least two different values
 * @param independentReports how many of the articles behind the statements are reports of their own, wire copies
 *                    of one original counting once
 * @param confidence  how sure the tool is that this is a real discrepancy, 0 to 1, two decimals: from how surely
 *                    its statements were read and how well they align (see {@link #of(String, DiscrepancyKind,
 *                    Severity, String, String, String, List, double)}); reports list the most certain first
 */
public record Discrepancy(String id, String eventId, DiscrepancyKind kind, Severity severity, String subject,
                          String explanation, String suggestion, List<Statement> statements,
                          int independentReports, double confidence) {

    /** Confidence of a name variant found in one article only: a slip of one writer, or two people. */
    static final double ONE_ARTICLE_NAME = 0.7;
    /** Confidence of a name variant across articles. */
    static final double NAME = 0.9;

    /**
     * One statement taking part in a discrepancy.
     *
     * @param value          what the article says ({@code at least 28}, {@code Pasechnik})
     * @param outlet         who says it
     * @param articleId      where
     * @param sentence       the sentence's index in the article
     * @param evidence       the sentence
     * @param alignmentScore how closely the sentence matched the others' (Lucene similarity, 0 to 1); 1 for names
     * @param claimId        the claim in {@code claims.csv}
     * @param source         who the article says gave the value, empty when it names nobody
     */
    public record Statement(String value, String outlet, String articleId, int sentence, String evidence,
                            double alignmentScore, String claimId, String source) {
    }

    public Discrepancy {
        Objects.requireNonNull(eventId);
        statements = List.copyOf(statements);
    }

    /** A name variant: confident when the spellings come from different articles, less so within one. */
    public static Discrepancy of(String eventId, DiscrepancyKind kind, Severity severity, String subject,
                                 String explanation, String suggestion, List<Statement> statements) {
        boolean oneArticle = statements.stream().map(Statement::articleId).distinct().count() == 1;
        return of(eventId, kind, severity, subject, explanation, suggestion, statements,
                oneArticle ? ONE_ARTICLE_NAME : NAME);
    }

    /** @param confidence 0 to 1, kept to two decimals so the reports' bytes never depend on rounding noise */
    public static Discrepancy of(String eventId, DiscrepancyKind kind, Severity severity, String subject,
                                 String explanation, String suggestion, List<Statement> statements,
                                 double confidence) {
        StringBuilder key = new StringBuilder(eventId).append('\n').append(kind).append('\n').append(severity)
                .append('\n').append(subject);
        statements.stream().map(s -> s.articleId() + "\t" + s.sentence() + "\t" + s.value()).sorted()
                .forEach(line -> key.append('\n').append(line));
        int articles = (int) statements.stream().map(Statement::articleId).distinct().count();
        return new Discrepancy(Sha256.id("D", key.toString()), eventId, kind, severity, subject,
                explanation, suggestion, statements, articles, Math.round(confidence * 100) / 100.0);
    }

    /**
     * What identifies this discrepancy from one night to the next, when its event has gained articles and so a new
     * event id: kind, severity, subject and the values in dispute, anchored to the earliest article taking part.
     * {@code F} and 12 hex digits.
     */
    public String fingerprint() {
        String values = statements.stream().map(s -> s.value().toLowerCase(java.util.Locale.ROOT)).distinct()
                .sorted().collect(java.util.stream.Collectors.joining("\t"));
        String anchor = statements.stream().map(Statement::articleId).sorted().findFirst().orElse("");
        return Sha256.id("F", kind + "\n" + severity + "\n" + subject.toLowerCase(java.util.Locale.ROOT) + "\n"
                + values + "\n" + anchor);
    }

    /**
     * The same discrepancy counting wire copies once: when some statements come from copies of one original, the
     * explanation says how many outlets and how many independent reports stand behind it.
     *
     * @param copyOf the original of each article that is a wire copy
     */
    public Discrepancy countingCopiesOnce(java.util.Map<String, String> copyOf) {
        List<String> articles = statements.stream().map(Statement::articleId).distinct().toList();
        int independent = (int) articles.stream().map(a -> copyOf.getOrDefault(a, a)).distinct().count();
        if (independent == articles.size()) {
            return this;
        }
        long outlets = statements.stream().map(Statement::outlet).distinct().count();
        String note = " (" + outlets + " outlet" + (outlets == 1 ? "" : "s") + ", " + independent
                + " independent report" + (independent == 1 ? "" : "s") + ": the rest are wire copies)";
        return new Discrepancy(id, eventId, kind, severity, subject, explanation + note, suggestion, statements,
                independent, confidence);
    }

}
