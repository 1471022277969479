package news.crosscheck.event;

import news.crosscheck.event.AverageLinker.ScoredPair;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AverageLinkerTests {

    private final AverageLinker linker = new AverageLinker(0.22, 0.25);

    @Nested
    class Pairs {

        @Test
        void twoArticlesJoinAtThePairThreshold() {
            assertThat(linker.groups(ranks(2), List.of(pair(0, 1, 0.22)))).containsExactly(List.of(0, 1));
            assertThat(linker.groups(ranks(2), List.of(pair(0, 1, 0.21)))).containsExactly(List.of(0), List.of(1));
        }

        @Test
        void aPairScoredFromBothSidesCountsOnce() {
            // Both queries name the pair: summed, 0.15 + 0.15 would pass 0.22.
            List<ScoredPair> pairs = List.of(pair(0, 1, 0.15), pair(1, 0, 0.15));
            assertThat(linker.groups(ranks(2), pairs)).containsExactly(List.of(0), List.of(1));
        }
    }

    @Nested
    class Groups {

        @Test
        void oneAlikePairDoesNotChainTwoDenseGroups() {
            List<ScoredPair> pairs = new ArrayList<>(List.of(
                    pair(0, 1, 0.5), pair(0, 2, 0.5), pair(1, 2, 0.5),
                    pair(3, 4, 0.5), pair(3, 5, 0.5), pair(4, 5, 0.5),
                    pair(2, 3, 0.3)));
            assertThat(linker.groups(ranks(6), pairs)).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5));
        }

        @Test
        void groupsJoinWhenMostOfTheirMembersAreAlike() {
            List<ScoredPair> pairs = List.of(
                    pair(0, 1, 0.5), pair(2, 3, 0.5),
                    pair(0, 2, 0.3), pair(0, 3, 0.3), pair(1, 2, 0.3), pair(1, 3, 0.2));
            assertThat(linker.groups(ranks(4), pairs)).containsExactly(List.of(0, 1, 2, 3));
        }

        @Test
        void anArticleLikeOnlyOneMemberOfAGroupStaysApart() {
            // 2 is like 1 (0.40) but shares nothing with 0: (0.40 + 0) / 2 = 0.20 < 0.25.
            List<ScoredPair> pairs = List.of(pair(0, 1, 0.6), pair(1, 2, 0.4));
            assertThat(linker.groups(ranks(3), pairs)).containsExactly(List.of(0, 1), List.of(2));
        }

        @Test
        void aPairOfTwoPlacesWeighsAgainstJoiningTheirGroups() {
            // 0 and 2 report harm in two towns: (0.6 + 0.6 - 0.5 + 0) / 4 = 0.175; without it 0.30 would join
            List<ScoredPair> pairs = List.of(pair(0, 1, 0.9), pair(2, 3, 0.9), pair(1, 2, 0.6), pair(0, 3, 0.6));
            assertThat(linker.groups(ranks(4), pairs)).containsExactly(List.of(0, 1, 2, 3));
            List<ScoredPair> apart = new ArrayList<>(pairs);
            apart.add(pair(0, 2, AverageLinker.APART));
            apart.add(pair(2, 0, 0.7));
            assertThat(linker.groups(ranks(4), apart)).containsExactly(List.of(0, 1), List.of(2, 3));
        }

        @Test
        void groupsAlikeInAllElseJoinDespiteOnePairOfTwoPlaces() {
            // a report of where the bodies washed ashore beside those of where the boat sank: (2.7 - 0.5) / 4 = 0.55
            List<ScoredPair> pairs = List.of(pair(0, 1, 0.9), pair(2, 3, 0.9), pair(1, 2, 0.9), pair(0, 3, 0.9),
                    pair(1, 3, 0.9), pair(0, 2, AverageLinker.APART));
            assertThat(linker.groups(ranks(4), pairs)).containsExactly(List.of(0, 1, 2, 3));
        }

        @Test
        void theBestJoinIsMadeFirst() {
            // 1 is liked by 0 (0.3) and by 2 (0.5): it joins 2, and then 0 averages (0.3 + 0) / 2 against {1, 2}.
            List<ScoredPair> pairs = List.of(pair(0, 1, 0.3), pair(1, 2, 0.5));
            assertThat(linker.groups(ranks(3), pairs)).containsExactly(List.of(0), List.of(1, 2));
        }
    }

    @Test
    void groupsDoNotDependOnTheOrderOfPairsOrItems() {
        Random random = new Random(7);
        List<ScoredPair> pairs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int a = random.nextInt(60);
            int b = random.nextInt(60);
            // Equal scores on purpose: ties must be broken by rank, not by arrival.
            pairs.add(pair(a, b, 0.2 + 0.05 * random.nextInt(8)));
        }
        int[] ranks = ranks(60);
        List<List<Integer>> expected = linker.groups(ranks, pairs);

        List<ScoredPair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, random);
        assertThat(linker.groups(ranks, shuffled)).isEqualTo(expected);

        // Renumber the items (as another input order would) while each keeps its rank: same groups of ranks.
        int[] item = new int[60];
        int[] renumberedRanks = new int[60];
        for (int i = 0; i < 60; i++) {
            item[i] = 59 - i;
            renumberedRanks[59 - i] = ranks[i];
        }
        List<ScoredPair> renumbered = shuffled.stream()
                .map(p -> pair(item[p.a()], item[p.b()], p.score())).toList();
        assertThat(rankGroups(linker.groups(renumberedRanks, renumbered), renumberedRanks))
                .isEqualTo(rankGroups(expected, ranks));
    }

    private static List<List<Integer>> rankGroups(List<List<Integer>> groups, int[] ranks) {
        return groups.stream().map(g -> g.stream().map(i -> ranks[i]).sorted().toList())
                .sorted((x, y) -> Integer.compare(x.get(0), y.get(0))).toList();
    }

    private static ScoredPair pair(int a, int b, double score) {
        return new ScoredPair(a, b, score);
    }

    private static int[] ranks(int n) {
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i;
        }
        return ranks;
    }
}
