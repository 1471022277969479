package news.crosscheck.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-copies of one report (a wire story republished under other outlets, lightly edited) taken as one report
 * before groups are averaged. Articles linked by a copy pair are one family; the score of two families is the best
 * score of any pair of their members that was scored. So a copy adds no zero to an average: a pair of articles the
 * neighbour query did not name, because each article's query was filled by its own copies, still counts with the
 * score its copies have, and an event republished four times averages as the event told once.
 */
final class CopyFamilies {

    private final int[] familyOf;
    private final List<List<Integer>> members;

    private CopyFamilies(int[] familyOf, List<List<Integer>> members) {
        this.familyOf = familyOf;
        this.members = members;
    }

    /** The families of items {@code 0..n-1}: the connected groups of the pairs scoring {@code copyScore} or more. */
    static CopyFamilies of(int n, List<AverageLinker.ScoredPair> pairs, double copyScore) {
        Clusters copies = new Clusters(n);
        for (AverageLinker.ScoredPair pair : pairs) {
            if (pair.score() >= copyScore) {
                copies.union(pair.a(), pair.b());
            }
        }
        List<List<Integer>> members = copies.groups();
        int[] familyOf = new int[n];
        for (int family = 0; family < members.size(); family++) {
            for (int item : members.get(family)) {
                familyOf[item] = family;
            }
        }
        return new CopyFamilies(familyOf, members);
    }

    int size() {
        return members.size();
    }

    /** Each family's rank: the smallest rank of its members. */
    int[] ranks(int[] itemRanks) {
        int[] ranks = new int[members.size()];
        for (int family = 0; family < ranks.length; family++) {
            ranks[family] = members.get(family).stream().mapToInt(item -> itemRanks[item]).min().orElseThrow();
        }
        return ranks;
    }

    /** The scored pairs of families: for each two families, the best score of a pair of their members. */
    List<AverageLinker.ScoredPair> pairs(List<AverageLinker.ScoredPair> itemPairs) {
        Map<Long, Double> best = new HashMap<>();
        for (AverageLinker.ScoredPair pair : itemPairs) {
            int a = familyOf[pair.a()];
            int b = familyOf[pair.b()];
            if (a != b) {
                best.merge((long) Math.min(a, b) << 32 | Math.max(a, b), pair.score(), AverageLinker::either);
            }
        }
        List<AverageLinker.ScoredPair> pairs = new ArrayList<>(best.size());
        best.forEach((key, score) -> pairs.add(new AverageLinker.ScoredPair((int) (key >>> 32), (int) (long) key,
                score)));
        return pairs;
    }

    /** Groups of families as groups of their member items, members ascending. */
    List<List<Integer>> items(List<List<Integer>> familyGroups) {
        List<List<Integer>> groups = new ArrayList<>(familyGroups.size());
        for (List<Integer> group : familyGroups) {
            List<Integer> items = new ArrayList<>();
            for (int family : group) {
                items.addAll(members.get(family));
            }
            items.sort(null);
            groups.add(items);
        }
        return groups;
    }
}
