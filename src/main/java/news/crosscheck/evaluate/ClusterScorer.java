package news.crosscheck.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a clustering of documents (the job's events) against a gold clustering (incidents).
 * <p>
 * Both are maps from document id to cluster id; only documents in both maps and in the given list are scored, and
 * clusters are cut down to those documents, so "restricted to documents published within three days" is the same
 * call with a shorter list.
 * <ul>
 *   <li><b>B³</b> (Bagga and Baldwin, 1998): for each document d with predicted cluster C and gold cluster G,
 *   precision |C ∩ G| / |C| and recall |C ∩ G| / |G|, averaged over documents. A singleton that should be a
 *   singleton scores 1 on both.</li>
 *   <li><b>Pairwise</b>: over unordered pairs of distinct documents, precision = pairs together in both / pairs
 *   together in the prediction, recall = pairs together in both / pairs together in the gold. When there is no
 *   pair to judge (all singletons) the ratio is 1: nothing was claimed wrongly, nothing was missed.</li>
 * </ul>
 * Both are computed from the contingency table of (predicted, gold) cluster sizes, linear in the documents.
 */
public final class ClusterScorer {

    private final List<String> docs;
    private final Map<String, Integer> predictedSizes = new HashMap<>();
    private final Map<String, Integer> goldSizes = new HashMap<>();
    private final Map<Cell, Integer> overlap = new HashMap<>();
    private final Map<String, String> predicted;
    private final Map<String, String> gold;

    private record Cell(String predicted, String gold) {
    }

    /** Scores {@code docs} (ids missing from either map are left out). */
    public ClusterScorer(Map<String, String> predicted, Map<String, String> gold, List<String> docs) {
        this.predicted = predicted;
        this.gold = gold;
        this.docs = docs.stream().filter(d -> predicted.containsKey(d) && gold.containsKey(d)).distinct().toList();
        for (String doc : this.docs) {
            String p = Objects.requireNonNull(predicted.get(doc));
            String g = Objects.requireNonNull(gold.get(doc));
            predictedSizes.merge(p, 1, Integer::sum);
            goldSizes.merge(g, 1, Integer::sum);
            overlap.merge(new Cell(p, g), 1, Integer::sum);
        }
    }

    /** Number of documents scored. */
    public int size() {
        return docs.size();
    }

    /** B³ precision and recall averaged over the documents; 1 and 1 when there is none. */
    public Score bCubed() {
        if (docs.isEmpty()) {
            return new Score(1, 1);
        }
        double precision = 0;
        double recall = 0;
        for (String doc : docs) {
            String p = predicted.get(doc);
            String g = gold.get(doc);
            double both = overlap.get(new Cell(p, g));
            precision += both / predictedSizes.get(p);
            recall += both / goldSizes.get(g);
        }
        return new Score(precision / docs.size(), recall / docs.size());
    }

    /** Pairwise precision and recall over pairs of documents. */
    public Score pairwise() {
        long both = overlap.values().stream().mapToLong(ClusterScorer::pairs).sum();
        long predictedPairs = predictedSizes.values().stream().mapToLong(ClusterScorer::pairs).sum();
        long goldPairs = goldSizes.values().stream().mapToLong(ClusterScorer::pairs).sum();
        return new Score(ratio(both, predictedPairs), ratio(both, goldPairs));
    }

    /** Number of clusters the prediction makes of the scored documents. */
    public int predictedClusters() {
        return predictedSizes.size();
    }

    /** Number of gold clusters among the scored documents. */
    public int goldClusters() {
        return goldSizes.size();
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
