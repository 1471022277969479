package news.crosscheck.evaluate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterScorerTests {

    private static final List<String> ABCDE = List.of("a", "b", "c", "d", "e");

    /** Gold: {a,b,c} {d,e}. */
    private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");

    @Nested
    class BCubed {

        @Test
        void aPerfectPredictionScoresOne() {
            Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).bCubed();
            assertThat(score.precision()).isEqualTo(1.0);
            assertThat(score.recall()).isEqualTo(1.0);
            assertThat(score.f1()).isEqualTo(1.0);
        }

        @Test
        void allSingletonsHaveFullPrecisionAndRecallOfOneOverClusterSize() {
            Map<String, String> predicted = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).bCubed();
            assertThat(score.precision()).isEqualTo(1.0);
            // a, b, c: 1/3 each; d, e: 1/2 each -> (1 + 1) / 5
            assertThat(score.recall()).isCloseTo(0.4, within(1e-9));
            assertThat(score.f1()).isCloseTo(2 * 0.4 / 1.4, within(1e-9));
        }

        @Test
        void oneClusterOfEverythingHasFullRecall() {
            Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).bCubed();
            // a, b, c: 3/5; d, e: 2/5 -> (9/5 + 4/5) / 5
            assertThat(score.precision()).isCloseTo(13.0 / 25, within(1e-9));
            assertThat(score.recall()).isEqualTo(1.0);
        }

        @Test
        void aMisplacedDocumentCostsBothSides() {
            // predicted {a,b} {c,d,e}
            Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).bCubed();
            // precision: a 1, b 1, c 1/3, d 2/3, e 2/3 = 11/3 over 5
            assertThat(score.precision()).isCloseTo(11.0 / 15, within(1e-9));
            // recall: a 2/3, b 2/3, c 1/3, d 1, e 1 = 11/3 over 5
            assertThat(score.recall()).isCloseTo(11.0 / 15, within(1e-9));
        }

        @Test
        void onlyTheListedDocumentsAreScoredAndClustersAreCutToThem() {
            // predicted {a,b,d}: scored on a, b only it is a perfect {a,b}
            Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "x", "e", "z");
            ClusterScorer scorer = new ClusterScorer(predicted, GOLD, List.of("a", "b", "unknown"));
            assertThat(scorer.size()).isEqualTo(2);
            assertThat(scorer.bCubed()).isEqualTo(new Score(1, 1));
        }
    }

    @Nested
    class Pairwise {

        @Test
        void countsPairsTogetherInBoth() {
            // predicted {a,b} {c,d,e}: pairs ab, cd, ce, de; gold pairs ab, ac, bc, de
            Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).pairwise();
            assertThat(score.precision()).isCloseTo(2.0 / 4, within(1e-9));
            assertThat(score.recall()).isCloseTo(2.0 / 4, within(1e-9));
            assertThat(score.f1()).isCloseTo(0.5, within(1e-9));
        }

        @Test
        void allSingletonsClaimNoPairSoPrecisionIsOneAndRecallZero() {
            Map<String, String> predicted = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).pairwise();
            assertThat(score.precision()).isEqualTo(1.0);
            assertThat(score.recall()).isEqualTo(0.0);
            assertThat(score.f1()).isEqualTo(0.0);
        }

        @Test
        void oneClusterOfEverythingHasFullRecall() {
            Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
            Score score = new ClusterScorer(predicted, GOLD, ABCDE).pairwise();
            assertThat(score.precision()).isCloseTo(4.0 / 10, within(1e-9));
            assertThat(score.recall()).isEqualTo(1.0);
        }
    }
}
