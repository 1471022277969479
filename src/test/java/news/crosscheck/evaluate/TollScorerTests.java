package news.crosscheck.evaluate;

import news.crosscheck.evaluate.JobReports.DiscrepancyRow;
import news.crosscheck.evaluate.StatedToll.Figure;
import news.crosscheck.evaluate.StatedToll.Measure;
import news.crosscheck.evaluate.StatedToll.Perpetrator;
import news.crosscheck.evaluate.TollScorer.Type;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TollScorerTests {

    private static StatedToll toll(String id, Figure killed, Perpetrator perpetrator, Figure injured, String note) {
        return new StatedToll(id, "incident-1", Optional.ofNullable(killed), perpetrator, Optional.ofNullable(injured),
                "", note);
    }

    private static StatedToll killed(String id, long n, Perpetrator perpetrator) {
        return toll(id, Figure.exactly(n), perpetrator, null, "");
    }

    /** A discrepancy row: {@code measure} as its subject begins, the article and the value it gives. */
    private static DiscrepancyRow row(String id, String severity, String measure, String doc, String value) {
        return new DiscrepancyRow(id, "CASUALTY_COUNT", severity, measure + ": people", value, "articles.csv#" + doc,
                doc + ".example", "Police said " + value + " people were " + measure + ".");
    }

    /** Reports where every article is in one event, {@code dup} repeating {@code a}. */
    private static JobReports reports(DiscrepancyRow... rows) {
        Map<String, String> events = new HashMap<>(Map.of("a", "E1", "b", "E1", "c", "E2", "dup", "E1"));
        return new JobReports(events, List.of(), List.of(rows), Map.of("dup", "a"));
    }

    private static Map<String, LocalDate> published(String... docDays) {
        Map<String, LocalDate> published = new HashMap<>();
        for (int i = 0; i < docDays.length; i += 2) {
            published.put(docDays[i], LocalDate.parse(docDays[i + 1]));
        }
        return published;
    }

    private static final Map<String, LocalDate> SAME_DAY = published("a", "2016-11-03", "b", "2016-11-03",
            "c", "2016-11-03", "dup", "2016-11-03");

    @Nested
    class Pairing {

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({
                "NO, NO, true",
                "YES, YES, true",
                "NOT_APPLICABLE, YES, true",
                "NOT_APPLICABLE, NO, true",
                "UNKNOWN, NO, false",
                "YES, UNKNOWN, false",
                "YES, NO, false",
                "NO, YES, false"})
        void killedFiguresAreComparedOnlyWhenBothSidesCountTheShooterAlike(Perpetrator a, Perpetrator b,
                                                                            boolean compared) {
            Optional<Type> type = TollScorer.disagreement(killed("a", 0, a), killed("b", 2, b), Measure.KILLED);
            assertThat(type.isPresent()).isEqualTo(compared);
        }

        @Test
        void injuredFiguresAreComparedWhateverTheShooter() {
            StatedToll a = toll("a", Figure.exactly(1), Perpetrator.YES, Figure.exactly(4), "");
            StatedToll b = toll("b", Figure.exactly(1), Perpetrator.UNKNOWN, Figure.exactly(5), "");
            assertThat(TollScorer.disagreement(a, b, Measure.INJURED)).contains(Type.STATED);
        }

        @ParameterizedTest(name = "{0} vs {1}")
        @CsvSource({"3, 3", "3, 2-4", "3+, 5", "2-4, 4+"})
        void figuresThatCanBothHoldAreNoDisagreement(String a, String b) {
            assertThat(TollScorer.disagreement(toll("a", figure(a), Perpetrator.NO, null, ""),
                    toll("b", figure(b), Perpetrator.NO, null, ""), Measure.KILLED)).isEmpty();
        }

        @Test
        void atLeastThreeAndTwoCannotBothHold() {
            assertThat(TollScorer.disagreement(toll("a", figure("3+"), Perpetrator.NO, null, ""),
                    toll("b", figure("2"), Perpetrator.NO, null, ""), Measure.KILLED)).contains(Type.STATED);
        }

        @Test
        void aZeroTheNoteMarksImpliedMakesTheDisagreementImplied() {
            StatedToll early = toll("a", Figure.exactly(0), Perpetrator.NOT_APPLICABLE, Figure.exactly(2),
                    "Killed 0 is Implied: both victims were described as stable.");
            StatedToll later = killed("b", 1, Perpetrator.NO);
            assertThat(TollScorer.disagreement(early, later, Measure.KILLED)).contains(Type.IMPLIED);
            StatedToll stated = toll("a", Figure.exactly(0), Perpetrator.NOT_APPLICABLE, null, "Nobody died.");
            assertThat(TollScorer.disagreement(stated, later, Measure.KILLED)).contains(Type.STATED);
        }

        @Test
        void anArticleAtOddsWithItselfIsAStatedDisagreementOfTheMeasureItsColumnsHold() {
            StatedToll self = new StatedToll("a", "incident-1", Optional.of(Figure.exactly(0)),
                    Perpetrator.NOT_APPLICABLE, Optional.of(Figure.exactly(3)), "4|3", "headline says four");
            TollScorer.Result result = new TollScorer().score(List.of(self), SAME_DAY, reports());
            assertThat(result.pairs()).singleElement().satisfies(p -> {
                assertThat(p.internal()).isTrue();
                assertThat(p.type()).isEqualTo(Type.STATED);
                assertThat(p.measure()).contains(Measure.INJURED);
            });
        }

        @Test
        void articlesOutsideTheRunsInputAreLeftOut() {
            List<StatedToll> tolls = List.of(killed("a", 1, Perpetrator.NO), killed("b", 2, Perpetrator.NO));
            assertThat(new TollScorer().score(tolls, published("a", "2016-11-03"), reports()).pairs()).isEmpty();
        }

        private static Figure figure(String written) {
            if (written.endsWith("+")) {
                return Figure.atLeast(Long.parseLong(written.substring(0, written.length() - 1)));
            }
            String[] bounds = written.split("-");
            return new Figure(Long.parseLong(bounds[0]), Optional.of(Long.parseLong(bounds[bounds.length - 1])));
        }
    }

    @Nested
    class Found {

        private final List<StatedToll> stated = List.of(killed("a", 2, Perpetrator.NO), killed("b", 3, Perpetrator.NO));

        @Test
        void whenOneDiscrepancyOfTheMeasureHoldsBothArticles() {
            JobReports reports = reports(row("D1", "CONFLICT", "killed", "a", "two"),
                    row("D1", "CONFLICT", "killed", "b", "three"));
            TollScorer.Pair pair = new TollScorer().score(stated, SAME_DAY, reports).pairs().get(0);
            assertThat(pair.found()).isTrue();
            assertThat(pair.sameEvent()).isTrue();
            assertThat(pair.discrepancy()).get().extracting(ReportedDiscrepancy::id).isEqualTo("D1");
        }

        @Test
        void notWhenTheDiscrepancyComparesTheOtherMeasure() {
            JobReports reports = reports(row("D1", "CONFLICT", "injured", "a", "two"),
                    row("D1", "CONFLICT", "injured", "b", "three"));
            assertThat(new TollScorer().score(stated, SAME_DAY, reports).pairs().get(0).found()).isFalse();
        }

        @Test
        void notWhenEachArticleIsInADifferentDiscrepancy() {
            JobReports reports = reports(row("D1", "CONFLICT", "killed", "a", "two"),
                    row("D1", "CONFLICT", "killed", "c", "five"), row("D2", "CONFLICT", "killed", "b", "three"),
                    row("D2", "CONFLICT", "killed", "c", "five"));
            assertThat(new TollScorer().score(stated, SAME_DAY, reports).pairs().get(0).found()).isFalse();
        }

        @Test
        void aDuplicateArticleStandsForTheArticleItRepeats() {
            List<StatedToll> tolls = List.of(killed("dup", 2, Perpetrator.NO), killed("b", 3, Perpetrator.NO));
            JobReports reports = reports(row("D1", "UPDATE", "killed", "a", "two"),
                    row("D1", "UPDATE", "killed", "b", "three"));
            TollScorer.Pair pair = new TollScorer().score(tolls, SAME_DAY, reports).pairs().get(0);
            assertThat(pair.found()).isTrue();
            assertThat(pair.sameEvent()).isTrue();
        }

        @Test
        void aPairSplitAcrossEventsIsCountedApart() {
            List<StatedToll> tolls = List.of(killed("a", 2, Perpetrator.NO), killed("c", 3, Perpetrator.NO));
            TollScorer.Result result = new TollScorer().score(tolls, SAME_DAY, reports());
            assertThat(result.sameEvent(Type.STATED)).isZero();
            assertThat(result.count(Type.STATED)).isEqualTo(1);
            assertThat(result.recall(Type.STATED)).contains(0.0);
            assertThat(result.recall(Type.IMPLIED)).isEmpty();
        }

        @Test
        void anInternalConflictWhenOneDiscrepancyHoldsTwoOfItsValues() {
            StatedToll self = new StatedToll("a", "incident-1", Optional.of(Figure.exactly(0)),
                    Perpetrator.NOT_APPLICABLE, Optional.of(Figure.exactly(3)), "4|3", "");
            JobReports twoValues = reports(row("D1", "CONFLICT", "injured", "a", "four"),
                    row("D1", "CONFLICT", "injured", "a", "three"));
            JobReports oneValue = reports(row("D1", "CONFLICT", "injured", "a", "three"),
                    row("D1", "CONFLICT", "injured", "b", "four"));
            assertThat(new TollScorer().score(List.of(self), SAME_DAY, twoValues).pairs().get(0).found()).isTrue();
            assertThat(new TollScorer().score(List.of(self), SAME_DAY, oneValue).pairs().get(0).found()).isFalse();
        }
    }

    @Nested
    class FoundWhenImplied {

        private final List<StatedToll> tolls = List.of(
                toll("a", Figure.exactly(0), Perpetrator.NOT_APPLICABLE, Figure.exactly(1),
                        "implied: the victim was said to be expected to survive"),
                killed("b", 1, Perpetrator.NO));

        private TollScorer.Pair score(String severity, Map<String, LocalDate> published) {
            JobReports reports = reports(row("D1", severity, "killed", "a", "none"),
                    row("D1", severity, "killed", "b", "one"));
            List<TollScorer.Pair> pairs = new ArrayList<>(new TollScorer().score(tolls, published, reports).pairs());
            assertThat(pairs).singleElement().extracting(TollScorer.Pair::type).isEqualTo(Type.IMPLIED);
            return pairs.get(0);
        }

        @Test
        void asAnUpdateWhereTheLaterArticleHasTheDeath() {
            assertThat(score("UPDATE", published("a", "2016-11-03", "b", "2016-11-05")).found()).isTrue();
        }

        @Test
        void notAsAConflictThoughTheDiscrepancyIsNamed() {
            TollScorer.Pair pair = score("CONFLICT", published("a", "2016-11-03", "b", "2016-11-05"));
            assertThat(pair.found()).isFalse();
            assertThat(pair.discrepancy()).get().extracting(ReportedDiscrepancy::severity).isEqualTo("CONFLICT");
        }

        @Test
        void notWhenTheArticleWithTheDeathIsTheEarlierOne() {
            assertThat(score("UPDATE", published("a", "2016-11-05", "b", "2016-11-03")).found()).isFalse();
        }
    }

    @Nested
    class FiguresFile {

        @Test
        void readsIntervalsPerpetratorAndConflicts(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("figures.csv"), "id,incident_id,killed_low,killed_high,"
                    + "killed_includes_perpetrator,injured_low,injured_high,killed_evidence,injured_evidence,"
                    + "internal_conflict,note\n"
                    + "a,7,3,,no,,,At least three people were killed.,,,\n"
                    + "b,7,0,0,n/a,4,4,All four victims are expected to survive.,Four were shot.,5|4,Implied\n",
                    StandardCharsets.UTF_8);
            List<StatedToll> tolls = StatedToll.read(file);
            assertThat(tolls.get(0).killed()).contains(Figure.atLeast(3));
            assertThat(tolls.get(0).injured()).isEmpty();
            assertThat(tolls.get(0).perpetrator()).isEqualTo(Perpetrator.NO);
            assertThat(tolls.get(1).impliedZero(Measure.KILLED)).isTrue();
            assertThat(tolls.get(1).conflictingValues()).containsExactly(5L, 4L);
            assertThat(tolls.get(1).conflictMeasure()).contains(Measure.INJURED);
        }
    }
}
