package news.crosscheck.compare;

import news.crosscheck.align.AlignedGroup;
import news.crosscheck.align.Statement;
import news.crosscheck.claim.CasualtyClaim;
import news.crosscheck.claim.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which aligned casualty figures disagree. Two figures disagree only when their intervals cannot both hold:
 * {@code at least 20} and {@code 28} agree, {@code 20} and {@code 28} do not. A disagreement where the later article
 * gives the higher figure is an {@link Severity#UPDATE} (tolls rise as news comes in); one between articles that
 * came out at the same time, or where the later article gives less, is a {@link Severity#CONFLICT}. One aligned
 * group yields at most one conflict and one update, each listing every figure that takes part in it.
 */
public final class CountComparator {

    public List<Discrepancy> compare(String eventId, AlignedGroup group) {
        Set<Statement> conflicting = new LinkedHashSet<>();
        Set<Statement> updating = new LinkedHashSet<>();
        List<Statement> statements = group.statements();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                Interval countA = a.claim().count();
                Interval countB = b.claim().count();
                if (countA.overlaps(countB)) {
                    continue;
                }
                int order = PublicationOrder.compare(a.article().published(), a.article().publishedAt(),
                        b.article().published(), b.article().publishedAt());
                boolean rose = order < 0 && countB.isAbove(countA) || order > 0 && countA.isAbove(countB);
                Set<Statement> target = rose ? updating : conflicting;
                target.add(a);
                target.add(b);
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        if (!conflicting.isEmpty()) {
            found.add(discrepancy(eventId, Severity.CONFLICT, group, conflicting));
        }
        if (!updating.isEmpty()) {
            found.add(discrepancy(eventId, Severity.UPDATE, group, updating));
        }
        return found;
    }

    private static Discrepancy discrepancy(String eventId, Severity severity, AlignedGroup group,
                                           Set<Statement> members) {
        // a headline and its lead often state one figure twice: one row per article and figure, the first
        Map<String, Statement> firstPerFigure = new TreeMap<>();
        members.stream().sorted(BY_TIME).forEach(s -> firstPerFigure.putIfAbsent(
                s.article().articleId() + "\n" + s.claim().count(), s));
        List<Statement> ordered = firstPerFigure.values().stream().sorted(BY_TIME).toList();
        CasualtyClaim first = ordered.get(0).claim();
        String subject = first.kind().name().toLowerCase(Locale.ROOT) + ": " + first.subject();
        String figures = ordered.stream()
                .map(s -> s.article().outlet() + " '" + s.claim().value() + "' (" + s.article().publishedAt() + ")")
                .collect(Collectors.joining(", "));
        String explanation = severity == Severity.CONFLICT
                ? "Figures for " + describe(first) + " cannot all be true: " + figures + "."
                : "The toll for " + describe(first) + " rose in later reports: " + figures
                + "; an update, not an error.";
        List<Discrepancy.Statement> rows = ordered.stream().map(s -> new Discrepancy.Statement(s.claim().value(),
                s.article().outlet(), s.article().articleId(), s.claim().sentence().index(),
                s.claim().sentence().text(), group.score(s), s.article().claimId(s.claim()))).toList();
        return Discrepancy.of(eventId, DiscrepancyKind.CASUALTY_COUNT, severity, subject, explanation, rows);
    }

    private static String describe(CasualtyClaim claim) {
        return claim.subject() + " " + claim.kind().name().toLowerCase(Locale.ROOT);
    }

    /** Publication date, then the date-time as written, then place: a total order, so rows sort the same always. */
    private static final Comparator<Statement> BY_TIME = Comparator
            .comparing((Statement s) -> s.article().published())
            .thenComparing(s -> s.article().publishedAt())
            .thenComparing(s -> s.article().articleId())
            .thenComparingInt(s -> s.claim().sentence().index());
}
