package news.crosscheck.event;

import news.crosscheck.event.AverageLinker.ScoredPair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CopyFamiliesTests {

    // A report (0) and its two republications (1, 2); another report of the same event (3) whose query named only
    // one of the copies; an unrelated story (4).
    private final List<ScoredPair> pairs = List.of(
            new ScoredPair(0, 1, 1), new ScoredPair(2, 1, 1),
            new ScoredPair(3, 2, 0.30), new ScoredPair(0, 3, 0.24),
            new ScoredPair(4, 3, 0.05));

    @Test
    void copiesOfOneReportAreOneFamily() {
        CopyFamilies families = CopyFamilies.of(5, pairs, 1);
        assertThat(families.size()).isEqualTo(3);
        assertThat(families.items(List.of(List.of(0), List.of(1), List.of(2))))
                .containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
    }

    @Test
    void twoFamiliesScoreTheBestPairOfTheirMembers() {
        CopyFamilies families = CopyFamilies.of(5, pairs, 1);
        assertThat(families.pairs(pairs)).containsExactlyInAnyOrder(
                new ScoredPair(0, 1, 0.30), new ScoredPair(1, 2, 0.05));
    }

    @Test
    void aFamilyRanksAsItsFirstMember() {
        CopyFamilies families = CopyFamilies.of(5, pairs, 1);
        assertThat(families.ranks(new int[]{4, 2, 3, 0, 1})).containsExactly(2, 0, 1);
    }

    @Test
    void theAverageOverAFamilyIsTheAverageOverTheReportToldOnce() {
        // Told once, 0 and 3 pass the pair threshold; with its copies unnamed by 3's query, the average over all
        // pairs of {0, 1, 2} and {3} would be (0.24 + 0.30 + 0) / 3 = 0.18.
        CopyFamilies families = CopyFamilies.of(5, pairs, 1);
        List<List<Integer>> groups = families.items(new AverageLinker(0.22, 0.25)
                .groups(families.ranks(new int[]{0, 1, 2, 3, 4}), families.pairs(pairs)));
        assertThat(groups).containsExactly(List.of(0, 1, 2, 3), List.of(4));
    }
}
