package news.crosscheck.report;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static news.crosscheck.report.HtmlReportFixture.conflict;
import static news.crosscheck.report.HtmlReportFixture.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReportTests {

    @TempDir
    Path dir;

    private String render(List<HtmlReportFixture.Row> rows) throws IOException {
        HtmlReportFixture.writeEvents(dir);
        HtmlReportFixture.writeDiscrepancies(dir, rows);
        return Files.readString(HtmlReport.write(dir));
    }

    @Nested
    class Highlight {

        @Test
        void theDifferingValueIsMarkedInEachSentence() throws IOException {
            String html = render(sample());

            assertThat(html).contains("<mark>At least 28</mark> dead after strike")
                    .contains("Strike on bakery kills <mark>20</mark> in")
                    .contains("has risen to <mark>31</mark>, the regional governor")
                    .contains("&quot; <mark>Pesechnik</mark> said")
                    .contains("Leonid <mark>Pasechnik</mark>, the Moscow-appointed");
        }

        @Test
        void matchIgnoresCaseAndKeepsTheSentenceAsWritten() throws IOException {
            String html = render(List.of(
                    conflict("at least 28", "Northern Ledger", "ledger/bakery.txt", "AT LEAST 28 were killed."),
                    conflict("20", "Meridian Wire", "meridian/bakery-1.txt", "Twenty? No: 20 were killed.")));

            assertThat(html).contains("<mark>AT LEAST 28</mark> were killed.");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                In 2020, 20 died.          | 20         | In 2020, [20] died.
                20 killed, 20 hurt         | 20         | [20] killed, [20] hurt
                Rescuers found 200 bodies. | 20         | Rescuers found [20]0 bodies.
                Lysychansk's bakery        | Lysychansk | [Lysychansk]'s bakery
                No figure here.            | 20         | No figure here.
                """)
        void wholeWordsArePreferredToPiecesOfWords(String sentence, String value, String marked) {
            StringBuilder shown = new StringBuilder();
            for (HtmlReport.Segment segment : HtmlReport.highlight(sentence, value)) {
                shown.append(segment.mark() ? "[" + segment.text() + "]" : segment.text());
            }
            assertThat(shown).hasToString(marked);
        }

        @Test
        void aValueNotInItsSentenceIsShownAboveIt() throws IOException {
            String html = render(List.of(
                    conflict("Twenty-eight", "Valley Post", "valley/bakery.txt", "Twenty eight people died."),
                    conflict("20", "Meridian Wire", "meridian/bakery-1.txt", "Strike kills 20.")));

            assertThat(html).contains("not verbatim in the sentence: <b>Twenty-eight</b></div>\n"
                    + "<blockquote>Twenty eight people died.</blockquote>");
        }
    }

    @Nested
    class Escaping {

        @Test
        void articleTextIsEscapedNeverRun() throws IOException {
            String html = render(List.of(
                    conflict("1", "<b>Evil</b> Outlet", "x.txt", "<script>alert(1)</script>"),
                    conflict("2", "Meridian Wire", "meridian/bakery-1.txt", "\"2\" onmouseover='alert(2)'")));

            assertThat(html).contains("&lt;script&gt;alert(<mark>1</mark>)&lt;/script&gt;")
                    .contains("&lt;b&gt;Evil&lt;/b&gt; Outlet")
                    .contains("&quot;<mark>2</mark>&quot; onmouseover&#x3D;&#39;alert(<mark>2</mark>)&#39;")
                    .doesNotContain("<script", "<b>Evil", "onmouseover='");
        }

        @Test
        void theApostropheAddedBeforeAFormulaIsNotShown() throws IOException {
            String html = render(List.of(
                    conflict("-3", "Northern Ledger", "ledger/bakery.txt", "=HYPERLINK(\"x\") -3 dead"),
                    conflict("+4", "@Wire", "meridian/bakery-1.txt", "+4 dead")));

            assertThat(Files.readString(dir.resolve("discrepancies.csv"))).contains("'=HYPERLINK", "'@Wire", "'+4");
            // jmustache escapes '=' too, as &#x3D;: the browser shows =HYPERLINK("x")
            assertThat(html).contains("<blockquote>&#x3D;HYPERLINK(&quot;x&quot;) <mark>-3</mark> dead</blockquote>")
                    .contains("<div class=\"who\">@Wire</div>")
                    .contains("<blockquote><mark>+4</mark> dead</blockquote>")
                    .doesNotContain("&#39;&#x3D;", "&#39;@", "&#39;+");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                '=1+1      | =1+1
                '@SUM(A1)  | @SUM(A1)
                '-2+3      | -2+3
                '-3        | '-3
                'Tis true  | 'Tis true
                ''=1       | ''=1
                """)
        void onlyAnApostropheSafeCellWouldHaveAddedIsTakenOff(String cell, String shown) {
            assertThat(HtmlReport.display(cell)).isEqualTo(shown);
        }
    }

    @Nested
    class Content {

        @Test
        void severityIsVisuallyDistinct() throws IOException {
            String html = render(sample());

            assertThat(html).contains("<article class=\"discrepancy conflict\"",
                    "<article class=\"discrepancy update\"", "<article class=\"discrepancy variant\"",
                    "<span class=\"badge conflict\">CONFLICT</span>", "<span class=\"badge update\">UPDATE</span>")
                    .contains(".discrepancy.conflict { border-left-color: #b3261e;");
        }

        @Test
        void suggestionExplanationAndAttributionAreShown() throws IOException {
            String html = render(sample());

            assertThat(html).contains("Suggestion: say &#39;at least 20&#39;; attribute both figures")
                    .contains("Suggestion: use &#39;Pasechnik&#39; (3 of 4 outlets)")
                    .contains("Figures for people killed cannot all be true: Northern Ledger &#39;At least 28&#39;")
                    .contains("according to the regional governor");
        }

        @Test
        void statementsStandSideBySideInOneColumnEach() throws IOException {
            String html = render(sample());

            String conflict = html.substring(html.indexOf("<article class=\"discrepancy conflict\""));
            conflict = conflict.substring(0, conflict.indexOf("</article>"));
            assertThat(conflict.split("<div class=\"statement\">", -1)).hasSize(3);
            assertThat(conflict).contains("<div class=\"who\">Northern Ledger</div>",
                    "<div class=\"who\">Meridian Wire</div>", "2024-02-03T20:05:00Z");
        }

        @Test
        void theSummaryCountsEventsAndDiscrepanciesByKindAndSeverity() throws IOException {
            String html = render(sample());

            assertThat(html).contains("<strong>2</strong> events · <strong>5</strong> articles · "
                            + "<strong>3</strong> discrepancies")
                    .contains("<tr><th>CASUALTY_COUNT</th><td>2</td></tr>")
                    .contains("<tr><th>NAME_SPELLING</th><td>1</td></tr>")
                    .contains("<tr><th><span class=\"badge conflict\">CONFLICT</span></th><td>1</td></tr>")
                    .doesNotContain("by status");
        }

        @Test
        void eventsListOutletsTitlesAndWireCopies() throws IOException {
            String html = render(sample());

            assertThat(html).contains("Capital Courier, Meridian Wire, Northern Ledger")
                    .contains("<td>Bakery strike toll rises to 31</td>")
                    .contains("<td class=\"id\">capital/bakery.txt</td><td class=\"copy\">meridian/bakery-1.txt</td>")
                    .contains("<h2>Events without discrepancies</h2>");
            assertThat(html.indexOf(HtmlReportFixture.BAKERY)).isLessThan(html.indexOf(HtmlReportFixture.MINE));
        }

        @Test
        void statusIsShownWhenTheColumnIsThere() throws IOException {
            HtmlReportFixture.writeEvents(dir);
            List<HtmlReportFixture.Row> rows = sample().stream()
                    .map(r -> r.withStatus(r.severity().equals("CONFLICT") ? "NEW" : "ONGOING")).toList();
            HtmlReportFixture.writeDiscrepanciesWithStatus(dir, rows);

            String html = Files.readString(HtmlReport.write(dir));

            assertThat(html).contains("<span class=\"status new\">NEW</span>",
                    "<span class=\"status ongoing\">ONGOING</span>", "by status");
        }

        @Test
        void aConflictComesFirstThenTheMostCertainFindingAndEachShowsItsConfidence() throws IOException {
            HtmlReportFixture.writeEvents(dir);
            List<HtmlReportFixture.Row> rows = sample().stream().map(r -> r.withStatus("NEW")
                    .withConfidence(r.severity().equals("VARIANT") ? "0.95" : "0.60")).toList();
            HtmlReportFixture.writeDiscrepanciesWithStatus(dir, rows);

            String html = Files.readString(HtmlReport.write(dir));

            assertThat(html).contains("confidence: 0.95", "confidence: 0.60");
            assertThat(html.indexOf("D00000000c0f1")).isLessThan(html.indexOf("D00000000a9d2"));
            assertThat(html.indexOf("D00000000a9d2")).isLessThan(html.indexOf("D00000000ee03"));
        }

        @Test
        void anEventIsTitledByItsFirstHeadlineAndListsItsArticlesInTimeOrder() throws IOException {
            String html = render(sample());

            assertThat(html).contains("<h2>At least 28 dead after strike on bakery in occupied Lysychansk "
                    + "<span class=\"id\">");
            assertThat(html).containsSubsequence("ledger/bakery.txt", "meridian/bakery-1.txt", "capital/bakery.txt",
                    "meridian/bakery-2.txt");
        }

        @Test
        void aRunWithoutDiscrepanciesSaysSo() throws IOException {
            assertThat(render(List.of())).contains("No discrepancies in this run.")
                    .contains("<strong>0</strong> discrepancies");
        }
    }

    @Nested
    class File {

        @Test
        void theSameReportsGiveTheSameBytes() throws IOException {
            byte[] first = render(sample()).getBytes();
            Path other = Files.createDirectory(dir.resolve("rerun"));
            HtmlReportFixture.writeEvents(other);
            HtmlReportFixture.writeDiscrepancies(other, sample());

            assertThat(Files.readAllBytes(HtmlReport.write(other))).isEqualTo(first);
        }

        @Test
        void itIsSelfContainedAndLeavesNoPartialFile() throws IOException {
            String html = render(sample());

            assertThat(html).startsWith("<!DOCTYPE html>")
                    .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")
                    .doesNotContain("<script", "<link", "src=", "http://", "https://", "url(", "@import");
            assertThat(dir.resolve("report.html.partial")).doesNotExist();
        }

        @Test
        void aNightTooLargeToDrawShowsTheFirstEventsToReadAndSaysHowManyAreLeftOut() throws IOException {
            HtmlReportFixture.writeEvents(dir);
            List<HtmlReportFixture.Row> rows = new java.util.ArrayList<>(sample());
            rows.add(new HtmlReportFixture.Row("D0000000000ff", HtmlReportFixture.MINE, "PLACE_SPELLING", "VARIANT",
                    "Valley", "Vally", "Valley Post", "valley/mine.txt", "Blast at Vally coal mine", "", "", "", "",
                    ""));
            HtmlReportFixture.writeDiscrepancies(dir, rows);

            String html = Files.readString(HtmlReport.write(dir, 1));

            assertThat(html).contains("<strong>2</strong> events · <strong>5</strong> articles · "
                            + "<strong>4</strong> discrepancies", "id=\"" + HtmlReportFixture.BAKERY + "\"",
                    "1 more events with discrepancies are not shown here; discrepancies.csv has every one.")
                    .doesNotContain("id=\"" + HtmlReportFixture.MINE + "\"", "Vally", "without discrepancies");
        }

        @Test
        void aFileThatIsNotACrosscheckReportIsRefusedByName() throws IOException {
            Files.writeString(dir.resolve("events.csv"), "event_id,article_id\nE1,a.txt\n");
            HtmlReportFixture.writeDiscrepancies(dir, sample());

            assertThatThrownBy(() -> HtmlReport.write(dir)).isInstanceOf(IOException.class)
                    .hasMessage("events.csv has no column outlet: not a crosscheck report");
            assertThat(dir.resolve("report.html")).doesNotExist();
        }
    }
}
