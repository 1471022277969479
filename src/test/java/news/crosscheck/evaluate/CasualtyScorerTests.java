package news.crosscheck.evaluate;

import news.crosscheck.evaluate.GoldDoc.Slot;
import news.crosscheck.evaluate.JobReports.ClaimRow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CasualtyScorerTests {

    private static GoldDoc gold(String id, int killed, int injured) {
        return new GoldDoc(id, "i-" + id, Optional.empty(), OptionalInt.of(killed), OptionalInt.of(injured), List.of());
    }

    private static ClaimRow figure(String doc, String kind, String subject, long low, Long high, int sentence,
                                   String otherEvent) {
        return new ClaimRow(doc, kind, subject, Long.toString(low), low, high, "sentence " + sentence, sentence,
                otherEvent);
    }

    private static JobReports reports(List<ClaimRow> claims) {
        return new JobReports(Map.of(), claims, List.of(), Map.of("dup", "a"));
    }

    @Nested
    class OneFigurePerDocument {

        @Test
        void theEarliestSentenceWins() {
            List<ClaimRow> claims = List.of(figure("a", "KILLED", "people", 3, 3L, 4, ""),
                    figure("a", "KILLED", "people", 2, 2L, 1, ""));
            assertThat(CasualtyScorer.figures(claims).get(Slot.KILLED).low()).isEqualTo(2);
        }

        @Test
        void aFigureAboutAnotherEventIsNeverTheDocumentsFigure() {
            List<ClaimRow> claims = List.of(figure("a", "KILLED", "people", 9, 9L, 0, "earlier time 'In 2012'"),
                    figure("a", "KILLED", "people", 2, 2L, 3, ""));
            assertThat(CasualtyScorer.figures(claims).get(Slot.KILLED).low()).isEqualTo(2);
        }

        @Test
        void withinASentencePeopleIsPreferredToAGroup() {
            List<ClaimRow> claims = List.of(figure("a", "KILLED", "children", 2, 2L, 1, ""),
                    figure("a", "KILLED", "people", 3, 3L, 1, ""));
            assertThat(CasualtyScorer.figures(claims).get(Slot.KILLED).low()).isEqualTo(3);
        }
    }

    @Nested
    class Accuracy {

        @Test
        void countsExactMatchesOverDocumentSlotsWithAFigure() {
            List<GoldDoc> docs = List.of(gold("a", 2, 0), gold("b", 1, 3), gold("c", 1, 0));
            JobReports reports = reports(List.of(
                    figure("a", "KILLED", "people", 2, 2L, 0, ""),     // right
                    figure("b", "KILLED", "people", 1, 1L, 0, ""),     // right
                    figure("b", "INJURED", "people", 2, 2L, 0, "")));  // wrong; c has no figure
            CasualtyScorer.Result result = new CasualtyScorer().score(docs, reports);
            assertThat(result.cases()).hasSize(3);
            assertThat(result.accuracy(Optional.empty())).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(result.accuracy(Optional.of(Slot.KILLED))).isEqualTo(1.0);
            assertThat(result.accuracy(Optional.of(Slot.INJURED))).isEqualTo(0.0);
            assertThat(result.noFigureShare()).isCloseTo(1.0 / 3, within(1e-9));
        }

        @Test
        void anOpenIntervalIsNeverAnExactMatch() {
            JobReports reports = reports(List.of(figure("a", "KILLED", "people", 2, null, 0, "")));
            CasualtyScorer.Result result = new CasualtyScorer().score(List.of(gold("a", 2, 0)), reports);
            assertThat(result.accuracy(Optional.empty())).isEqualTo(0.0);
        }

        @Test
        void aDuplicateArticleIsScoredWithTheClaimsOfTheArticleItRepeats() {
            JobReports reports = reports(List.of(figure("a", "KILLED", "people", 2, 2L, 0, "")));
            CasualtyScorer.Result result = new CasualtyScorer().score(List.of(gold("dup", 2, 0)), reports);
            assertThat(result.accuracy(Optional.empty())).isEqualTo(1.0);
        }

        @Test
        void theWorstCasesAreTheFurthestFromTheGold() {
            List<GoldDoc> docs = List.of(gold("a", 1, 0), gold("b", 1, 0), gold("c", 1, 0));
            JobReports reports = reports(List.of(figure("a", "KILLED", "people", 3, 3L, 0, ""),
                    figure("b", "KILLED", "people", 29, 29L, 0, ""), figure("c", "KILLED", "people", 1, 1L, 0, "")));
            List<CasualtyScorer.Case> worst = new CasualtyScorer().score(docs, reports).worst(20);
            assertThat(worst).extracting(CasualtyScorer.Case::docId).containsExactly("b", "a");
        }
    }
}
