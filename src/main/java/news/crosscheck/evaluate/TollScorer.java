package news.crosscheck.evaluate;

import news.crosscheck.evaluate.JudgmentKey.Statement;
import news.crosscheck.evaluate.StatedToll.Measure;
import news.crosscheck.evaluate.StatedToll.Perpetrator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recall of the toll disagreements a figures file records (rules in the GVC corpus's {@code FIGURES.md}).
 * <p>
 * <b>A disagreement</b>: two articles of one incident whose stated figures of a measure (killed, injured) are
 * disjoint intervals. Killed pairs are left out when either side does not say whether the dead include the one who
 * fired, or one side counts him and the other does not: the perpetrator may explain the difference. A pair is
 * <b>implied</b> when one side's figure is a 0 its note marks {@code implied} (everyone shot is described alive,
 * no toll is stated), else <b>stated</b>. An article whose {@code internal_conflict} gives two whole tolls is a
 * stated disagreement with itself, about the measure whose column holds one of the two values.
 * <p>
 * <b>Found</b>: one {@code CASUALTY_COUNT} discrepancy of the measure (its subject starts {@code killed:} or
 * {@code injured:}) holds statements of both articles, a duplicate article standing for the article it repeats.
 * An implied disagreement is an early "all survive" against a later death, so it is found only as an {@code UPDATE}
 * where the article with the death is not published before the other (same day allowed). An internal one is found
 * when one such discrepancy holds two different values of that article.
 */
public final class TollScorer {

    /** Stated figures on both sides, or one side's 0 implied. */
    public enum Type { STATED, IMPLIED }

    /**
     * One disagreement and what the run made of it.
     *
     * @param a           one article (the one with the internal conflict, for an internal one)
     * @param b           the other ({@code a} again for an internal one)
     * @param measure     killed or injured; empty for an internal conflict whose measure the columns do not show
     * @param type        stated or implied
     * @param sameEvent   the run put both articles in one event
     * @param discrepancy the discrepancy that finds it, or else one holding both articles (of another severity)
     * @param found       whether it is found
     * @param publishedA  the day {@code a} was published
     * @param publishedB  the day {@code b} was published
     */
    public record Pair(StatedToll a, StatedToll b, Optional<Measure> measure, Type type, boolean sameEvent,
                       Optional<ReportedDiscrepancy> discrepancy, boolean found, LocalDate publishedA,
                       LocalDate publishedB) {

        public boolean internal() {
            return a.id().equals(b.id());
        }
    }

    /**
     * The result.
     *
     * @param pairs every disagreement among the articles of the run's input, in figures-file order (per incident:
     *              killed pairs, injured pairs, internal conflicts)
     */
    public record Result(List<Pair> pairs) {

        public long count(Type type) {
            return pairs.stream().filter(p -> p.type() == type).count();
        }

        public long found(Type type) {
            return pairs.stream().filter(p -> p.type() == type && p.found()).count();
        }

        public long sameEvent(Type type) {
            return pairs.stream().filter(p -> p.type() == type && p.sameEvent()).count();
        }

        /** Share found; empty when there is none of the type. */
        public Optional<Double> recall(Type type) {
            long all = count(type);
            return all == 0 ? Optional.empty() : Optional.of((double) found(type) / all);
        }

        /**
         * The metrics, in the order printed: per type ({@code tolls.stated}, {@code tolls.implied}) the count,
         * {@code .found}, {@code .recall} when there is one, {@code .same_event} (both articles in one event: the
         * rest are grouping misses), and for implied ones {@code .held_any_severity} (held by a discrepancy of any
         * severity or direction).
         */
        public Map<String, Double> metrics() {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (Type type : Type.values()) {
                String prefix = "tolls." + type.name().toLowerCase(Locale.ROOT);
                metrics.put(prefix, (double) count(type));
                metrics.put(prefix + ".found", (double) found(type));
                recall(type).ifPresent(r -> metrics.put(prefix + ".recall", r));
                metrics.put(prefix + ".same_event", (double) sameEvent(type));
                if (type == Type.IMPLIED) {
                    metrics.put(prefix + ".held_any_severity", (double) pairs.stream()
                            .filter(p -> p.type() == type && p.discrepancy().isPresent()).count());
                }
            }
            return metrics;
        }
    }

    /**
     * Scores the run's reports on the disagreements among the articles in {@code published} (the run's input,
     * document id to publication day); tolls of other articles are left out.
     */
    public Result score(List<StatedToll> tolls, Map<String, LocalDate> published, JobReports reports) {
        Map<String, List<StatedToll>> byIncident = new LinkedHashMap<>();
        tolls.stream().filter(t -> published.containsKey(t.id()))
                .forEach(t -> byIncident.computeIfAbsent(t.incidentId(), i -> new ArrayList<>()).add(t));
        List<ReportedDiscrepancy> casualties = reports.reported().stream()
                .filter(d -> d.kind().equals("CASUALTY_COUNT")).toList();
        List<Pair> pairs = new ArrayList<>();
        for (List<StatedToll> incident : byIncident.values()) {
            for (Measure measure : Measure.values()) {
                for (int i = 0; i < incident.size(); i++) {
                    StatedToll a = incident.get(i);
                    for (StatedToll b : incident.subList(i + 1, incident.size())) {
                        disagreement(a, b, measure).ifPresent(type ->
                                pairs.add(pair(a, b, measure, type, published, reports, casualties)));
                    }
                }
            }
            incident.stream().filter(t -> t.conflictingValues().size() >= 2)
                    .forEach(t -> pairs.add(internal(t, published.get(t.id()), reports, casualties)));
        }
        return new Result(List.copyOf(pairs));
    }

    /** Whether the two articles disagree on the measure, and how; empty when they do not (or may not). */
    static Optional<Type> disagreement(StatedToll a, StatedToll b, Measure measure) {
        if (a.figure(measure).isEmpty() || b.figure(measure).isEmpty()
                || !a.figure(measure).get().disjoint(b.figure(measure).get())) {
            return Optional.empty();
        }
        if (measure == Measure.KILLED && !comparablePerpetrators(a.perpetrator(), b.perpetrator())) {
            return Optional.empty();
        }
        return Optional.of(a.impliedZero(measure) || b.impliedZero(measure) ? Type.IMPLIED : Type.STATED);
    }

    private static boolean comparablePerpetrators(Perpetrator a, Perpetrator b) {
        return a != Perpetrator.UNKNOWN && b != Perpetrator.UNKNOWN
                && !(a == Perpetrator.YES && b == Perpetrator.NO) && !(a == Perpetrator.NO && b == Perpetrator.YES);
    }

    private static Pair pair(StatedToll a, StatedToll b, Measure measure, Type type, Map<String, LocalDate> published,
                             JobReports reports, List<ReportedDiscrepancy> casualties) {
        String docA = reports.claimsOf(a.id());
        String docB = reports.claimsOf(b.id());
        List<ReportedDiscrepancy> holding = casualties.stream()
                .filter(d -> d.measure().equals(measure.written()) && d.holds(docA) && d.holds(docB)).toList();
        Optional<ReportedDiscrepancy> finding = holding.stream()
                .filter(d -> type == Type.STATED || isUpdateToTheDeath(d, a, b, measure, published)).findFirst();
        String eventA = reports.events().get(a.id());
        boolean sameEvent = eventA != null && eventA.equals(reports.events().get(b.id()));
        return new Pair(a, b, Optional.of(measure), type, sameEvent,
                finding.or(() -> holding.stream().findFirst()), finding.isPresent(), published.get(a.id()),
                published.get(b.id()));
    }

    /** An {@code UPDATE} where the article with the death is not published before the one implying none. */
    private static boolean isUpdateToTheDeath(ReportedDiscrepancy d, StatedToll a, StatedToll b, Measure measure,
                                              Map<String, LocalDate> published) {
        StatedToll zero = a.impliedZero(measure) ? a : b;
        StatedToll death = zero == a ? b : a;
        return d.severity().equals("UPDATE") && !published.get(death.id()).isBefore(published.get(zero.id()));
    }

    private static Pair internal(StatedToll toll, LocalDate published, JobReports reports,
                                 List<ReportedDiscrepancy> casualties) {
        String doc = reports.claimsOf(toll.id());
        Optional<Measure> measure = toll.conflictMeasure();
        Optional<ReportedDiscrepancy> finding = casualties.stream()
                .filter(d -> measure.map(m -> d.measure().equals(m.written())).orElse(true))
                .filter(d -> d.statements().stream().filter(s -> s.docId().equals(doc)).map(Statement::value)
                        .distinct().count() >= 2)
                .findFirst();
        boolean inAnEvent = reports.events().get(toll.id()) != null;
        return new Pair(toll, toll, measure, Type.STATED, inAnEvent, finding, finding.isPresent(), published,
                published);
    }
}
