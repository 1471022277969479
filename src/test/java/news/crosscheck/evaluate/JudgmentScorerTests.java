package news.crosscheck.evaluate;

import news.crosscheck.evaluate.JobReports.DiscrepancyRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JudgmentScorerTests {

    private static final String HEADER = "key,kind,severity,label,cause,note,statements\n";

    /** A row of {@code discrepancies.csv}; the evidence is the sentence the value is quoted from. */
    private static DiscrepancyRow row(String id, String kind, String doc, String value) {
        return new DiscrepancyRow(id, kind, "CONFLICT", kind.equals("CASUALTY_COUNT") ? "killed: people" : "person",
                value, "articles.csv#" + doc, doc + ".example", "Police said the toll was " + value + " on Sunday.");
    }

    private static ReportedDiscrepancy discrepancy(String id, String kind, String... docValues) {
        List<DiscrepancyRow> rows = new ArrayList<>();
        for (int i = 0; i < docValues.length; i += 2) {
            rows.add(row(id, kind, docValues[i], docValues[i + 1]));
        }
        return new ReportedDiscrepancy(rows);
    }

    private static Path judged(Path folder, String name, String... lines) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), HEADER + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String judgment(String key, String label, String cause) {
        return "\"" + key + "\",CASUALTY_COUNT,CONFLICT," + label + "," + cause + ",read by hand,";
    }

    @Nested
    class Key {

        @Test
        void isTheKindThenTheSortedStatementsWithTheArticleIdAsTheReportWritesIt() {
            ReportedDiscrepancy d = discrepancy("D1", "NAME_SPELLING", "b2", "Okafor", "a1", "Okafore");
            assertThat(d.key()).hasToString(
                    "NAME_SPELLING|articles.csv#a1=okafore||articles.csv#b2=okafor");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "'  Seven  people '|seven people",
                "'at\tleast   12'|at least 12",
                "'Dana HARMON'|dana harmon"})
        void valuesAreLowerCasedWithSingleSpacesAndTrimmed(String value, String keyed) {
            assertThat(JudgmentKey.Statement.of("articles.csv#a1", value).value()).isEqualTo(keyed);
        }

        @Test
        void aStatementRepeatedInTwoRowsIsKeyedOnce() {
            ReportedDiscrepancy d = discrepancy("D1", "CASUALTY_COUNT", "a1", "three", "a1", "Three", "b2", "four");
            assertThat(d.key()).hasToString("CASUALTY_COUNT|articles.csv#a1=three||articles.csv#b2=four");
        }

        @Test
        void theReportsFormulaGuardIsNotPartOfTheValue(@TempDir Path reports) throws IOException {
            Files.writeString(reports.resolve("discrepancies.csv"), "discrepancy_id,event_id,kind,severity,subject,"
                    + "value,outlet,article_id,evidence\n"
                    + "D1,E1,NAME_SPELLING,VARIANT,person,'@Ashby,one.example,articles.csv#a1,Posted by @Ashby.\n"
                    + "D1,E1,NAME_SPELLING,VARIANT,person,Ashbey,two.example,articles.csv#b2,Mr Ashbey said so.\n",
                    StandardCharsets.UTF_8);
            ReportedDiscrepancy d = JobReports.read(reports).reported().get(0);
            assertThat(d.key()).hasToString("NAME_SPELLING|articles.csv#a1=@ashby||articles.csv#b2=ashbey");
            assertThat(d.rows().get(0).docId()).isEqualTo("a1");
        }

        @Test
        void aWrittenKeyReadsBackToTheSameKey() {
            JudgmentKey key = discrepancy("D1", "PLACE_SPELLING", "a1", "Mykolaiv", "b2", "Nikolaev").key();
            assertThat(JudgmentKey.parse(key.toString())).isEqualTo(key);
            assertThat(key.docIds()).containsExactly("a1", "b2");
        }

        @Test
        void aDisagreementIsHeldByADiscrepancyWithTwoOfItsStatementsThatDiffer() {
            JudgmentKey judged = discrepancy("D1", "CASUALTY_COUNT", "a1", "three", "b2", "four").key();
            JudgmentKey widened = discrepancy("D2", "CASUALTY_COUNT", "a1", "three", "b2", "four", "c3", "five").key();
            JudgmentKey narrowed = discrepancy("D3", "CASUALTY_COUNT", "a1", "three", "c3", "five").key();
            assertThat(judged.disagreementHeldBy(widened)).isTrue();
            assertThat(judged.disagreementHeldBy(narrowed)).isFalse();
        }
    }

    @Nested
    class Pool {

        private static final String KEY = "CASUALTY_COUNT|articles.csv#a1=three||articles.csv#b2=four";

        @Test
        void theProjectsOwnJudgmentWinsOverTheSharedOne(@TempDir Path dir) throws IOException {
            judged(dir.resolve("shared"), "gvc-2026-12-01.csv", judgment(KEY, "FALSE", "subset-vs-total"));
            judged(dir.resolve("own"), "gvc-2026-11-01.csv", judgment(KEY, "TRUE", ""));
            JudgmentPool pool = JudgmentPool.read(List.of(dir.resolve("shared"), dir.resolve("own")));
            assertThat(pool.get(JudgmentKey.parse(KEY))).get().extracting(Judgment::label)
                    .isEqualTo(Judgment.Label.TRUE);
        }

        @Test
        void withinAFolderTheLaterFileNameWins(@TempDir Path dir) throws IOException {
            judged(dir, "gvc-2026-12-02.csv", judgment(KEY, "TRUE-wrong-severity", ""));
            judged(dir, "gvc-2026-12-01.csv", judgment(KEY, "UNSURE", ""));
            assertThat(JudgmentPool.read(List.of(dir)).get(JudgmentKey.parse(KEY))).get()
                    .extracting(Judgment::label).isEqualTo(Judgment.Label.TRUE_WRONG_SEVERITY);
        }

        @Test
        void aRowWithoutALabelIsNotAJudgmentYet(@TempDir Path dir) throws IOException {
            judged(dir, "gvc.csv", judgment(KEY, "", ""));
            assertThat(JudgmentPool.read(List.of(dir)).all()).isEmpty();
        }

        @Test
        void anUnknownLabelNamesTheFileAndLine(@TempDir Path dir) throws IOException {
            judged(dir, "gvc.csv", judgment(KEY, "MAYBE", ""));
            assertThatThrownBy(() -> JudgmentPool.read(List.of(dir)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gvc.csv line 2")
                    .hasMessageContaining("MAYBE");
        }
    }

    @Nested
    class Precision {

        private final List<ReportedDiscrepancy> reported = List.of(
                discrepancy("D1", "CASUALTY_COUNT", "a1", "three", "b2", "four"),      // TRUE
                discrepancy("D2", "CASUALTY_COUNT", "a1", "two", "b2", "four"),        // FALSE subset-vs-total
                discrepancy("D3", "CASUALTY_COUNT", "c3", "one", "d4", "six"),         // FALSE other-event
                discrepancy("D4", "CASUALTY_COUNT", "c3", "5", "d4", "6"),             // UNSURE
                discrepancy("D5", "CASUALTY_COUNT", "e5", "nine", "f6", "ten"),        // not judged
                discrepancy("D6", "NAME_SPELLING", "a1", "Harmon", "b2", "Harman"));   // TRUE-wrong-severity

        private JudgmentPool pool(Path dir) throws IOException {
            judged(dir, "corpus.csv",
                    judgment(reported.get(0).key().toString(), "TRUE", ""),
                    judgment(reported.get(1).key().toString(), "FALSE", "subset-vs-total"),
                    judgment(reported.get(2).key().toString(), "FALSE", "other-event"),
                    judgment(reported.get(3).key().toString(), "UNSURE", ""),
                    judgment(reported.get(5).key().toString(), "TRUE-wrong-severity", ""),
                    judgment("NAME_SPELLING|articles.csv#x8=tracy||articles.csv#y9=tracey", "TRUE", ""),
                    judgment("CASUALTY_COUNT|articles.csv#a1=three||articles.csv#c3=eight", "TRUE", ""));
            return JudgmentPool.read(List.of(dir));
        }

        @Test
        void countsPerKindLeaveUnsureOutOfPrecisionAndCountTheUnjudged(@TempDir Path dir) throws IOException {
            JudgmentScorer.Result result = new JudgmentScorer().score(reported, pool(dir),
                    Set.of("a1", "b2", "c3", "d4", "e5", "f6"));
            JudgmentScorer.Counts casualties = result.byKind().get("CASUALTY_COUNT");
            assertThat(casualties.reported()).isEqualTo(5);
            assertThat(casualties.judged()).isEqualTo(4);
            assertThat(casualties.unjudged()).isEqualTo(1);
            assertThat(casualties.unsure()).isEqualTo(1);
            assertThat(casualties.precision().orElseThrow()).isCloseTo(1.0 / 3, within(1e-9));
            assertThat(casualties.falseCauses()).isEqualTo(Map.of("other-event", 1, "subset-vs-total", 1));

            JudgmentScorer.Counts names = result.byKind().get("NAME_SPELLING");
            assertThat(names.trueOnes()).isEqualTo(1);
            assertThat(names.wrongSeverity()).isEqualTo(1);
            assertThat(result.all().reported()).isEqualTo(6);
            assertThat(result.all().precision()).contains(2.0 / 4);
            assertThat(result.all().unjudgedShare()).isCloseTo(1.0 / 6, within(1e-9));
            assertThat(result.unjudged()).extracting(ReportedDiscrepancy::id).containsExactly("D5");
        }

        @Test
        void aVerdictOnTheSeverityIsReadAgainWhenTheSeverityChanged(@TempDir Path dir) throws IOException {
            ReportedDiscrepancy nowUpdate = new ReportedDiscrepancy(reported.get(5).rows().stream()
                    .map(r -> new DiscrepancyRow(r.discrepancyId(), r.kind(), "UPDATE", r.subject(), r.value(), r.articleId(),
                            r.outlet(), r.evidence())).toList());
            JudgmentScorer.Result result = new JudgmentScorer().score(List.of(reported.get(0), nowUpdate), pool(dir),
                    Set.of("a1", "b2"));
            assertThat(result.unjudged()).containsExactly(nowUpdate);
            assertThat(result.all().judged()).isEqualTo(1);
        }

        @Test
        void trueRetainedCountsOnlyJudgmentsWhoseArticlesAreAllInTheInput(@TempDir Path dir) throws IOException {
            JudgmentScorer.Result result = new JudgmentScorer().score(reported, pool(dir),
                    Set.of("a1", "b2", "c3", "d4", "e5", "f6"));
            // D1 and D6 are reported exactly; a1=three vs c3=eight is not reported; x8/y9 are not in the input
            assertThat(result.trueInInput()).isEqualTo(3);
            assertThat(result.retained()).isEqualTo(2);
            assertThat(result.exactlyRetained()).isEqualTo(2);
        }

        @Test
        void aTrueDisagreementReportedWithAnExtraStatementIsRetainedButNotExactly(@TempDir Path dir)
                throws IOException {
            List<ReportedDiscrepancy> now = List.of(
                    discrepancy("D9", "CASUALTY_COUNT", "a1", "three", "b2", "four", "c3", "seven"));
            JudgmentScorer.Result result = new JudgmentScorer().score(now, pool(dir), Set.of("a1", "b2"));
            assertThat(result.trueInInput()).isEqualTo(2);
            assertThat(result.retained()).isEqualTo(1);
            assertThat(result.exactlyRetained()).isZero();
        }
    }

    @Nested
    class Unjudged {

        @Test
        void isWrittenInTheJudgedFilesColumnsAndReadsBackAsJudgmentsOnceLabelled(@TempDir Path dir)
                throws IOException {
            ReportedDiscrepancy d = discrepancy("D5", "CASUALTY_COUNT", "e5", "nine", "f6", "ten");
            EvaluationReport.write(dir, new Evaluation.Result(Map.of(), List.of(), List.of(), List.of(d), List.of()));

            List<CSVRecord> rows = records(dir.resolve("unjudged.csv"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).toMap()).containsEntry("key", d.key().toString())
                    .containsEntry("kind", "CASUALTY_COUNT").containsEntry("severity", "CONFLICT")
                    .containsEntry("label", "").containsEntry("cause", "").containsEntry("note", "")
                    .containsEntry("statements", "e5.example: 'nine' in \"Police said the toll was nine on Sunday.\""
                            + " || f6.example: 'ten' in \"Police said the toll was ten on Sunday.\"");

            String filled = Files.readString(dir.resolve("unjudged.csv")).replace("CONFLICT,,,", "CONFLICT,FALSE,"
                    + "aggregate-vs-part,a weekend total");
            Path judged = Files.createDirectories(dir.resolve("judged"));
            Files.writeString(judged.resolve("corpus-2026-12-02.csv"), filled);
            assertThat(JudgmentPool.read(List.of(judged)).get(d.key())).get().extracting(Judgment::cause)
                    .isEqualTo("aggregate-vs-part");
        }

        @Test
        void quotesTheFirstThreeHundredCharactersOfTheEvidence() {
            String evidence = "x".repeat(400);
            ReportedDiscrepancy d = new ReportedDiscrepancy(List.of(new DiscrepancyRow("D1", "NAME_SPELLING",
                    "VARIANT", "person", "Ashby", "articles.csv#a1", "one.example", evidence)));
            assertThat(d.quoted()).isEqualTo("one.example: 'Ashby' in \"" + "x".repeat(300) + "\"");
        }

        private static List<CSVRecord> records(Path file) throws IOException {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            }
        }
    }
}
