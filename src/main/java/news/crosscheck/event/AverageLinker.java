package news.crosscheck.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Joins items {@code 0..n-1} into groups from scored pairs by average linkage, so that one strong pair between two
 * groups does not chain them (as connected components would) when the rest of their members have little in common.
 * <p>
 * Two groups are joined when the average score over all pairs of their members reaches a threshold, a pair that was
 * never scored counting 0: the caller scores only the pairs its candidate query names, and a pair it did not name
 * is one it judged unlike; a pair of reports of harm in two places counts {@link #APART}, below 0. Two single items need {@code minPairScore}; any join with a group of two or more needs
 * {@code minGroupScore}. Joins are made best first; equal averages are taken in the order of the groups' smallest
 * rank, so the groups depend on the pairs and ranks alone, never on the order the pairs are given in.
 * <p>
 * Scores are rounded to 1e-9 and summed as integers, so an average does not depend on the order its sum was made in.
 * The work grows with the number of scored pairs (each join re-averages the joined group's neighbours), not with
 * the square of the items.
 */
final class AverageLinker {

    private static final double UNIT = 1e9;

    private final double minPairScore;
    private final double minGroupScore;

    AverageLinker(double minPairScore, double minGroupScore) {
        this.minPairScore = minPairScore;
        this.minGroupScore = minGroupScore;
    }

    /**
     * The score of a pair of reports of harm in two places (two strikes on two towns on one day): below nothing in
     * common, so that it weighs against joining their groups, but not so far that it alone keeps two groups apart
     * whose other members are much alike (a report of where the bodies washed ashore beside reports of where the
     * boat went down).
     */
    static final double APART = -0.5;

    /** A scored pair of items; the score is symmetric, so {@code (a, b)} and {@code (b, a)} are one pair. */
    record ScoredPair(int a, int b, double score) {
    }

    /** One pair's score from two findings of it: apart if either says so, else the higher. */
    static double either(double x, double y) {
        return x < 0 || y < 0 ? Math.min(x, y) : Math.max(x, y);
    }

    private static long either(long x, long y) {
        return x < 0 || y < 0 ? Math.min(x, y) : Math.max(x, y);
    }

    private record Join(long sum, int sizeA, int sizeB, int a, int b, int rankA, int rankB, int versionA,
                        int versionB) {

        double average() {
            return sum / UNIT / ((double) sizeA * sizeB);
        }
    }

    /**
     * The groups of {@code ranks.length} items; {@code ranks[i]} orders item {@code i} among the others (the rank of
     * its article id), and breaks ties. Groups list their members ascending and come ordered by smallest member.
     */
    List<List<Integer>> groups(int[] ranks, List<ScoredPair> pairs) {
        int n = ranks.length;
        List<Map<Integer, Long>> neighbours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            neighbours.add(new HashMap<>());
        }
        for (ScoredPair pair : pairs) {
            if (pair.a() != pair.b()) {
                // A pair found from both sides is one pair: keep its higher score (or its finding of two places).
                long units = Math.round(pair.score() * UNIT);
                neighbours.get(pair.a()).merge(pair.b(), units, AverageLinker::either);
                neighbours.get(pair.b()).merge(pair.a(), units, AverageLinker::either);
            }
        }
        int[] size = new int[n];
        int[] rank = ranks.clone();
        int[] version = new int[n];
        Clusters members = new Clusters(n);
        PriorityQueue<Join> queue = new PriorityQueue<>(AverageLinker::better);
        for (int a = 0; a < n; a++) {
            size[a] = 1;
        }
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Integer, Long> entry : neighbours.get(a).entrySet()) {
                if (a < entry.getKey()) {
                    offer(queue, a, entry.getKey(), entry.getValue(), size, rank, version);
                }
            }
        }
        while (!queue.isEmpty()) {
            Join join = queue.poll();
            if (version[join.a()] != join.versionA() || version[join.b()] != join.versionB()) {
                continue;
            }
            int keep = join.a();
            int gone = join.b();
            members.union(keep, gone);
            // The union names the group after its smallest item; keep the books under that item.
            int root = members.find(keep);
            int other = root == keep ? gone : keep;
            Map<Integer, Long> joined = neighbours.get(root);
            joined.remove(other);
            for (Map.Entry<Integer, Long> entry : neighbours.get(other).entrySet()) {
                int third = entry.getKey();
                if (third == root) {
                    continue;
                }
                joined.merge(third, entry.getValue(), Long::sum);
                Map<Integer, Long> theirs = neighbours.get(third);
                theirs.remove(other);
                theirs.put(root, joined.get(third));
            }
            neighbours.set(other, Map.of());
            size[root] = size[keep] + size[gone];
            rank[root] = Math.min(rank[keep], rank[gone]);
            version[root]++;
            version[other]++;
            for (Map.Entry<Integer, Long> entry : joined.entrySet()) {
                offer(queue, root, entry.getKey(), entry.getValue(), size, rank, version);
            }
        }
        return members.groups();
    }

    private void offer(PriorityQueue<Join> queue, int a, int b, long sum, int[] size, int[] rank, int[] version) {
        Join join = new Join(sum, size[a], size[b], a, b, rank[a], rank[b], version[a], version[b]);
        double needed = size[a] == 1 && size[b] == 1 ? minPairScore : minGroupScore;
        if (join.average() >= needed) {
            queue.add(join);
        }
    }

    /** Higher average first; then the pair of smallest ranks. */
    private static int better(Join x, Join y) {
        int byAverage = Double.compare(y.average(), x.average());
        if (byAverage != 0) {
            return byAverage;
        }
        int xLow = Math.min(x.rankA(), x.rankB());
        int yLow = Math.min(y.rankA(), y.rankB());
        if (xLow != yLow) {
            return Integer.compare(xLow, yLow);
        }
        return Integer.compare(Math.max(x.rankA(), x.rankB()), Math.max(y.rankA(), y.rankB()));
    }
}
