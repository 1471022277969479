package news.crosscheck.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The events of scored pairs that arrive block of days by block of days, grouped one finished stretch at a time, so
 * a night of a million articles never holds all its pairs at once.
 * <p>
 * Two groups can only be joined when the average of their pairs reaches a threshold, and so when at least one of
 * their pairs does; so every event lies within one connected component of the pairs that reach the lower of the
 * two thresholds (a copy pair always does), and the average linkage of one component never looks at another's pairs.
 * A component is finished once no article still to be queried can reach it: its latest day is more than the time
 * window before the first day still to come. Its pairs are then grouped ({@link CopyFamilies}, {@link AverageLinker})
 * and let go; a pair between two components one of which is finished can never count. The events are the same as
 * those of all pairs grouped at once, whatever the blocks.
 */
final class Linkage {

    private final int[] days;
    private final int[] ranks;
    private final double joinScore;
    private final double copyScore;
    private final AverageLinker linker;
    private final Clusters components;
    /** By component root: the latest day of its members. */
    private final int[] lastDay;
    private final BitSet grouped;
    private final List<List<Integer>> groups = new ArrayList<>();
    private List<AverageLinker.ScoredPair> pending = new ArrayList<>();

    /**
     * @param days   each item's day, by item
     * @param ranks  each item's rank among the article ids, which breaks ties ({@link AverageLinker})
     * @param linker the average linkage; {@code joinScore} the lower of its two thresholds
     */
    Linkage(int[] days, int[] ranks, AverageLinker linker, double joinScore, double copyScore) {
        this.days = days;
        this.ranks = ranks;
        this.linker = linker;
        this.joinScore = joinScore;
        this.copyScore = copyScore;
        this.components = new Clusters(days.length);
        this.lastDay = days.clone();
        this.grouped = new BitSet(days.length);
    }

    void add(List<AverageLinker.ScoredPair> pairs) {
        for (AverageLinker.ScoredPair pair : pairs) {
            pending.add(pair);
            if (pair.score() >= joinScore) {
                int latest = Math.max(lastDay[components.find(pair.a())], lastDay[components.find(pair.b())]);
                components.union(pair.a(), pair.b());
                lastDay[components.find(pair.a())] = latest;
            }
        }
    }

    /** Groups the components whose members all lie before {@code day}: no pair still to come can reach them. */
    void finishBefore(int day) {
        List<AverageLinker.ScoredPair> finished = new ArrayList<>();
        List<AverageLinker.ScoredPair> open = new ArrayList<>();
        for (AverageLinker.ScoredPair pair : pending) {
            int a = components.find(pair.a());
            int b = components.find(pair.b());
            if (a == b) {
                (lastDay[a] < day ? finished : open).add(pair);
            } else if (lastDay[a] >= day && lastDay[b] >= day) {
                open.add(pair);
            }
        }
        pending = open;
        group(finished);
    }

    /** Every event, once all pairs are in: groups of items ascending, one per item that joined no other. */
    List<List<Integer>> groups() {
        finishBefore(Integer.MAX_VALUE);
        List<List<Integer>> all = new ArrayList<>(groups);
        for (int item = grouped.nextClearBit(0); item < days.length; item = grouped.nextClearBit(item + 1)) {
            all.add(List.of(item));
        }
        return all;
    }

    private void group(List<AverageLinker.ScoredPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        // the items of these pairs, numbered 0..m-1 in item order, so families and linkage work on m items, not all
        int[] items = pairs.stream().flatMapToInt(pair -> IntStream.of(pair.a(), pair.b()))
                .distinct().sorted().toArray();
        List<AverageLinker.ScoredPair> local = new ArrayList<>(pairs.size());
        for (AverageLinker.ScoredPair pair : pairs) {
            local.add(new AverageLinker.ScoredPair(Arrays.binarySearch(items, pair.a()),
                    Arrays.binarySearch(items, pair.b()), pair.score()));
        }
        int[] localRanks = new int[items.length];
        for (int k = 0; k < items.length; k++) {
            localRanks[k] = ranks[items[k]];
        }
        CopyFamilies families = CopyFamilies.of(items.length, local, copyScore);
        for (List<Integer> group : families.items(linker.groups(families.ranks(localRanks), families.pairs(local)))) {
            if (group.size() > 1) {
                List<Integer> members = group.stream().map(k -> items[k]).toList();
                members.forEach(grouped::set);
                groups.add(members);
            }
        }
    }
}
