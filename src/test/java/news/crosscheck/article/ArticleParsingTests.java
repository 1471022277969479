package news.crosscheck.article;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleParsingTests {

    private final TextArticleParser parser = new TextArticleParser(new ArticleFactory());

    @Nested
    class PlainText {

        @Test
        void headerBlockGivesOutletDateTitleAndUrl() throws Exception {
            Article article = parser.parse("ledger/a.txt", "ledger", """
                    Outlet: Northern Ledger
                    Published: 2024-02-05T07:15:00+02:00
                    Title: Toll rises after strike on market
                    URL: https://example.org/a

                    Rescuers worked through the night.
                    """);
            assertThat(article.outlet()).isEqualTo("Northern Ledger");
            assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 5));
            assertThat(article.title()).isEqualTo("Toll rises after strike on market");
            assertThat(article.url()).isEqualTo("https://example.org/a");
            assertThat(article.body()).isEqualTo("Rescuers worked through the night.");
        }

        @Test
        void dateTokenAndDatelineAreInferredWhenThereAreNoHeaders() throws Exception {
            Article article = parser.parse("seed.txt", "seed",
                    " date 2024-02-04 (Meridian Wire) \u2014 At least 9 people were hurt, officials said.\n");
            assertThat(article.outlet()).isEqualTo("Meridian Wire");
            assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 4));
            assertThat(article.body()).isEqualTo("At least 9 people were hurt, officials said.");
        }

        @Test
        void cityBeforeTheDatelineIsPartOfIt() throws Exception {
            Article article = parser.parse("x.txt", "folder", "Published: 2024-02-04\n\n"
                    + "KYIV (Capital Courier) - A drone struck a depot.");
            assertThat(article.outlet()).isEqualTo("Capital Courier");
            assertThat(article.body()).isEqualTo("A drone struck a depot.");
        }

        @Test
        void folderNamesTheOutletWhenTheTextDoesNot() throws Exception {
            Article article = parser.parse("valley/x.txt", "valley", "Published: 2024-02-04\n\nA flood hit town.");
            assertThat(article.outlet()).isEqualTo("valley");
        }

        @Test
        void typographicQuotesAndDashesAreNormalised() throws Exception {
            Article article = parser.parse("x.txt", "o", "Published: 2024-02-04\n\n"
                    + "The \u201cPeople\u2019s Republic\u201d \u2014 twenty\u2011eight dead.");
            assertThat(article.body()).isEqualTo("The \"People's Republic\" - twenty-eight dead.");
        }

        @Test
        void htmlMarkupIsStrippedFromTheBody() throws Exception {
            Article article = parser.parse("x.txt", "o", "Published: 2024-02-04\n\n"
                    + "<p>Two <b>killed</b> &amp; five hurt.</p><p>Second paragraph.</p>");
            assertThat(article.body()).isEqualTo("Two killed & five hurt.\n\nSecond paragraph.");
        }

        @Test
        void missingDateIsRefusedWithAReasonAPersonCanAct() {
            assertThatThrownBy(() -> parser.parse("x.txt", "o", "Outlet: X\n\nSome text."))
                    .isInstanceOf(MalformedArticleException.class)
                    .hasMessage("no publication date: add a Published: header (YYYY-MM-DD)");
        }

        @Test
        void oddDateFormatIsRefused() {
            assertThatThrownBy(() -> parser.parse("x.txt", "o", "Published: 04/02/2024\n\nSome text."))
                    .hasMessageStartingWith("unreadable publication date '04/02/2024'");
        }

        @Test
        void emptyBodyIsRefused() {
            assertThatThrownBy(() -> parser.parse("x.txt", "o", "Published: 2024-02-04\n\n  \n"))
                    .hasMessage("empty body");
        }

        @Test
        void sameTextTypesetDifferentlyHasTheSameHash() throws Exception {
            Article curly = parser.parse("a.txt", "o", "Published: 2024-02-04\n\nHe said \u201cno\u201d.\r\n");
            Article plain = parser.parse("b.txt", "o", "Published: 2024-02-04\n\nHe said \"no\".");
            assertThat(curly.sha256()).isEqualTo(plain.sha256());
        }

        @Test
        void spacesAroundAnInvisibleCharacterBecomeOneSpaceAndLinesAreStripped() throws Exception {
            Article article = parser.parse("x.txt", "o", "Published: 2024-02-04\n\n"
                    + "Two\u00A0\u200B\t killed\u00AD.  \n\n\n\n\u3000Five hurt.\u2003");
            assertThat(article.body()).isEqualTo("Two killed.\n\nFive hurt.");
        }
    }

    @Nested
    class Folder {

        @TempDir
        Path root;

        @Test
        void listsFilesRecursivelyInPathOrder() throws IOException {
            write("b/2.txt", "x");
            write("a/1.txt", "x");
            write("a/z/0.txt", "x");
            assertThat(new InputFolder(root).list()).containsExactly("a/1.txt", "a/z/0.txt", "b/2.txt");
        }

        @Test
        void invalidUtf8IsRefusedWithTheOffset() throws IOException {
            Files.write(root.resolve("latin1.txt"), "Published: 2024-02-04\n\nKiev caf\u00e9".getBytes(
                    StandardCharsets.ISO_8859_1));
            assertThat(readAll("latin1.txt")).singleElement().isEqualTo(new Ingested.Rejected("latin1.txt",
                    "not UTF-8 text (invalid byte at offset 31): save it as UTF-8"));
        }

        @Test
        void binaryAndEmptyFilesAreRefused() throws IOException {
            Files.write(root.resolve("blob.txt"), new byte[]{1, 2, 0, 3});
            write("empty.txt", "");
            assertThat(readAll("blob.txt").get(0)).isEqualTo(
                    new Ingested.Rejected("blob.txt", "binary file (NUL byte at offset 2)"));
            assertThat(readAll("empty.txt").get(0)).isEqualTo(new Ingested.Rejected("empty.txt", "empty file"));
        }

        @Test
        void csvFeedYieldsOneOutcomePerRowAndKeepsGoodRows() throws IOException {
            write("feed.csv", "\uFEFFid,outlet,published,title,body\r\n"
                    + "1,Valley Post,2024-02-04,Fire,\"Two dead,\r\nthree hurt.\"\r\n"
                    + "2,Valley Post,,No date,Body\r\n"
                    + "3,Valley Post,2024-02-05,Flood,Rivers rose.\r\n");
            List<Ingested> outcomes = readAll("feed.csv");
            assertThat(outcomes).extracting(Ingested::source)
                    .containsExactly("feed.csv#1", "feed.csv#2", "feed.csv#3");
            assertThat(((Ingested.Accepted) outcomes.get(0)).article().body()).isEqualTo("Two dead,\nthree hurt.");
            assertThat(((Ingested.Rejected) outcomes.get(1)).reason())
                    .isEqualTo("CSV row 2 (line 4): no publication date: add a Published: header (YYYY-MM-DD)");
        }

        @Test
        void aStrayQuoteRejectsItsRowAndTheNextRowsStillLoad() throws IOException {
            write("feed.csv", "id,outlet,published,title,body\n"
                    + "a,Valley Post,2024-02-06,\"Vote \"delayed\" again\",The vote was put off.\n"
                    + "b,Valley Post,2024-02-06,Pass closed,\"Snow closed the pass.\n\nPloughs are out.\"\n");
            List<Ingested> outcomes = readAll("feed.csv");
            assertThat(outcomes.get(0)).isEqualTo(new Ingested.Rejected("feed.csv#a", "CSV row 1 (line 2): a quote "
                    + "inside a quoted cell is not doubled (write \"\" for a quote mark)"));
            assertThat(outcomes.get(1)).isInstanceOf(Ingested.Accepted.class);
        }

        @Test
        void anUnterminatedQuoteEndsTheFeedWithAReason() throws IOException {
            write("feed.csv", "id,outlet,published,title,body\n"
                    + "a,Valley Post,2024-02-06,Fine,Body.\n"
                    + "b,Valley Post,2024-02-06,\"Open,Body.\n");
            List<Ingested> outcomes = readAll("feed.csv");
            assertThat(outcomes).hasSize(2);
            assertThat(((Ingested.Rejected) outcomes.get(1)).reason())
                    .isEqualTo("CSV row 2 (line 3): unterminated quote; rows after it are not read");
        }

        @Test
        void csvWithoutRequiredColumnsIsRefusedWhole() throws IOException {
            write("feed.csv", "id,outlet,title,body\n1,X,T,B\n");
            assertThat(readAll("feed.csv")).singleElement().extracting(o -> ((Ingested.Rejected) o).reason())
                    .isEqualTo("CSV header lacks column(s) published: expected id,outlet,published,title,body[,url]");
        }

        @Test
        void aFileThatDisappearsAfterListingIsRefusedNotLost() throws IOException {
            write("gone.txt", "Published: 2024-02-04\n\nText.");
            InputFolder folder = new InputFolder(root);
            List<String> listed = folder.list();
            Files.delete(root.resolve("gone.txt"));
            assertThat(listed).containsExactly("gone.txt");
            assertThat(readAll("gone.txt")).containsExactly(
                    new Ingested.Rejected("gone.txt", "file disappeared before it could be read"));
        }

        @Test
        void symbolicLinksAreListedButNeverFollowed() throws IOException {
            write("a/1.txt", "Published: 2024-02-04\n\nText.");
            Files.createSymbolicLink(root.resolve("a/loop"), root);
            assertThat(new InputFolder(root).list()).containsExactly("a/1.txt", "a/loop");
            assertThat(readAll("a/loop")).containsExactly(
                    new Ingested.Rejected("a/loop", "symbolic link: not followed"));
        }

        @Test
        void otherFileTypesAreRefused() throws IOException {
            write("notes.md", "# notes");
            assertThat(readAll("notes.md").get(0)).isInstanceOf(Ingested.Rejected.class);
        }

        private void write(String relative, String content) throws IOException {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }

        private List<Ingested> readAll(String relative) {
            List<Ingested> all = new ArrayList<>();
            Iterator<Ingested> outcomes = new InputFolder(root).read(relative);
            outcomes.forEachRemaining(all::add);
            return all;
        }
    }
}
