package news.crosscheck.evaluate;

import news.crosscheck.evaluate.JobReports.DiscrepancyRow;
import news.crosscheck.evaluate.JudgmentKey.Statement;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One discrepancy of a run's {@code discrepancies.csv}: its rows (one a statement), all of one id.
 *
 * @param rows the rows, in file order; never empty
 */
public record ReportedDiscrepancy(List<DiscrepancyRow> rows) {

    /** How much of an article's evidence the {@code statements} column quotes. */
    static final int EVIDENCE_QUOTED = 300;

    public ReportedDiscrepancy {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a discrepancy has at least one row");
        }
        rows = List.copyOf(rows);
    }

    public String id() {
        return rows.get(0).discrepancyId();
    }

    public String kind() {
        return rows.get(0).kind();
    }

    public String severity() {
        return rows.get(0).severity();
    }

    /**
     * The measure a {@code CASUALTY_COUNT} discrepancy compares, from its subject ({@code killed: people} is
     * {@code killed}); empty for other kinds.
     */
    public String measure() {
        String subject = rows.get(0).subject();
        int colon = subject.indexOf(':');
        return colon < 0 ? "" : subject.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    }

    /** Its statements, normalised. */
    public List<Statement> statements() {
        return rows.stream().map(r -> Statement.of(r.articleId(), r.value())).distinct().toList();
    }

    /** What its judgment is kept by. */
    public JudgmentKey key() {
        return JudgmentKey.of(kind(), statements());
    }

    /** Whether one of its rows is from the document. */
    public boolean holds(String docId) {
        return rows.stream().anyMatch(r -> r.docId().equals(docId));
    }

    /**
     * The statements to read without rerunning, as the judged files give them:
     * {@code outlet: 'value' in "evidence"} (the evidence cut to {@value #EVIDENCE_QUOTED} characters), joined by
     * {@code  || }.
     */
    public String quoted() {
        return rows.stream().map(r -> r.outlet() + ": '" + r.value() + "' in \"" + cut(r.evidence()) + "\"")
                .collect(Collectors.joining(" || "));
    }

    private static String cut(String text) {
        return text.codePointCount(0, text.length()) <= EVIDENCE_QUOTED ? text
                : text.substring(0, text.offsetByCodePoints(0, EVIDENCE_QUOTED));
    }
}
