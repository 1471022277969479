package news.crosscheck.evaluate;

import news.crosscheck.evaluate.Judgment.Label;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores a run's discrepancies against a pool of judgments (rules in {@code ../shared/eval/JUDGING.md}).
 * <ul>
 *   <li><b>Judged precision</b>, per kind and over all: a discrepancy is judged when the pool holds its key;
 *   precision = (TRUE + TRUE-wrong-severity) / (judged − UNSURE). Unjudged discrepancies are left out of it and
 *   counted, so a change that reports new things shows how much of its output nobody has read yet.</li>
 *   <li><b>TRUE retained</b>: of the judged-TRUE keys whose articles are all in the run's input, the share still
 *   reported. A TRUE discrepancy still counts when it comes back with statements added or dropped: retained when
 *   one reported discrepancy of its kind holds at least two of its statements with different values (the
 *   disagreement a judge confirmed is still in front of the desk); {@code exactlyRetained} counts exact keys
 *   only.</li>
 * </ul>
 */
public final class JudgmentScorer {

    /** The counts of one kind (or of all). */
    public record Counts(int reported, int judged, int trueOnes, int wrongSeverity, int falseOnes, int unsure,
                         SortedMap<String, Integer> falseCauses) {

        public int unjudged() {
            return reported - judged;
        }

        /** Judged precision; empty when nothing but UNSURE was judged. */
        public Optional<Double> precision() {
            int decided = judged - unsure;
            return decided == 0 ? Optional.empty() : Optional.of((double) trueOnes / decided);
        }

        /** Share of the reported that nobody judged; 0 when nothing was reported. */
        public double unjudgedShare() {
            return reported == 0 ? 0 : (double) unjudged() / reported;
        }
    }

    /**
     * The result.
     *
     * @param byKind          counts per kind, by kind name
     * @param all             counts over all kinds
     * @param unjudged        the discrepancies the pool has no judgment of, in report order, one per key (two
     *                        discrepancies with the same statements need one judgment)
     * @param trueInInput     judged-TRUE keys whose articles are all in the run's input
     * @param retained        of those, the ones still reported (statements added or dropped allowed)
     * @param exactlyRetained of those, the ones reported with exactly their key
     */
    public record Result(SortedMap<String, Counts> byKind, Counts all, List<ReportedDiscrepancy> unjudged,
                         int trueInInput, int retained, int exactlyRetained) {

        /**
         * The metrics, in the order printed: {@code judged.all.*}, then {@code judged.<kind>.*} ({@code reported},
         * {@code judged}, {@code true}, {@code wrong_severity}, {@code false}, {@code unsure}, {@code unjudged},
         * {@code unjudged_share}, {@code precision} when anything but UNSURE was judged, {@code false.<cause>}),
         * then {@code judged.true_in_input} and {@code judged.true_retained} (and {@code .exact}) when there is one.
         */
        public Map<String, Double> metrics() {
            Map<String, Double> metrics = new LinkedHashMap<>();
            put(metrics, "judged.all", all);
            byKind.forEach((kind, counts) -> put(metrics, "judged." + kind.toLowerCase(Locale.ROOT), counts));
            metrics.put("judged.true_in_input", (double) trueInInput);
            if (trueInInput > 0) {
                metrics.put("judged.true_retained", (double) retained / trueInInput);
                metrics.put("judged.true_retained.exact", (double) exactlyRetained / trueInInput);
            }
            return metrics;
        }

        private static void put(Map<String, Double> metrics, String prefix, Counts counts) {
            metrics.put(prefix + ".reported", (double) counts.reported());
            metrics.put(prefix + ".judged", (double) counts.judged());
            metrics.put(prefix + ".true", (double) counts.trueOnes());
            metrics.put(prefix + ".wrong_severity", (double) counts.wrongSeverity());
            metrics.put(prefix + ".false", (double) counts.falseOnes());
            metrics.put(prefix + ".unsure", (double) counts.unsure());
            metrics.put(prefix + ".unjudged", (double) counts.unjudged());
            metrics.put(prefix + ".unjudged_share", counts.unjudgedShare());
            counts.precision().ifPresent(p -> metrics.put(prefix + ".precision", p));
            counts.falseCauses().forEach((cause, n) -> metrics.put(prefix + ".false." + cause, (double) n));
        }
    }

    /** Scores the discrepancies of a run whose input held the documents {@code inputDocs}. */
    public Result score(List<ReportedDiscrepancy> reported, JudgmentPool pool, Set<String> inputDocs) {
        Map<String, List<Optional<Judgment>>> byKind = new TreeMap<>();
        List<Optional<Judgment>> everything = new ArrayList<>();
        List<ReportedDiscrepancy> unjudged = new ArrayList<>();
        Set<JudgmentKey> unjudgedKeys = new HashSet<>();
        for (ReportedDiscrepancy discrepancy : reported) {
            // a verdict on the severity holds for the severity it was given on; reported otherwise, it is read again
            Optional<Judgment> judgment = pool.get(discrepancy.key()).filter(j -> j.label() != Label.TRUE_WRONG_SEVERITY
                    || j.severity().equalsIgnoreCase(discrepancy.severity()));
            byKind.computeIfAbsent(discrepancy.kind(), k -> new ArrayList<>()).add(judgment);
            everything.add(judgment);
            if (judgment.isEmpty() && unjudgedKeys.add(discrepancy.key())) {
                unjudged.add(discrepancy);
            }
        }
        SortedMap<String, Counts> counts = new TreeMap<>();
        byKind.forEach((kind, judgments) -> counts.put(kind, count(judgments)));

        List<JudgmentKey> keys = reported.stream().map(ReportedDiscrepancy::key).toList();
        Set<JudgmentKey> exact = Set.copyOf(keys);
        List<JudgmentKey> trueInInput = pool.all().stream().filter(j -> j.label().isTrue()).map(Judgment::key)
                .filter(key -> inputDocs.containsAll(key.docIds())).toList();
        int retained = (int) trueInInput.stream()
                .filter(t -> exact.contains(t) || keys.stream().anyMatch(t::disagreementHeldBy)).count();
        int exactlyRetained = (int) trueInInput.stream().filter(exact::contains).count();
        return new Result(counts, count(everything), List.copyOf(unjudged), trueInInput.size(), retained,
                exactlyRetained);
    }

    private static Counts count(List<Optional<Judgment>> judgments) {
        int judged = 0;
        int trueOnes = 0;
        int wrongSeverity = 0;
        int falseOnes = 0;
        int unsure = 0;
        SortedMap<String, Integer> causes = new TreeMap<>();
        for (Optional<Judgment> maybe : judgments) {
            if (maybe.isEmpty()) {
                continue;
            }
            Judgment judgment = maybe.get();
            judged++;
            Label label = judgment.label();
            trueOnes += label.isTrue() ? 1 : 0;
            wrongSeverity += label == Label.TRUE_WRONG_SEVERITY ? 1 : 0;
            unsure += label == Label.UNSURE ? 1 : 0;
            if (label == Label.FALSE) {
                falseOnes++;
                causes.merge(judgment.cause().isEmpty() ? "unstated" : judgment.cause(), 1, Integer::sum);
            }
        }
        return new Counts(judgments.size(), judged, trueOnes, wrongSeverity, falseOnes, unsure, causes);
    }
}
