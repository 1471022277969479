package news.crosscheck.article;

import org.junit.jupiter.api.BeforeEach;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** RSS, Atom and ninjs files read through the input folder, one outcome per item (fixtures in resources/feeds). */
class FeedReadingTests {

    private static final Path FIXTURES = Path.of("src/test/resources/feeds");

    @TempDir
    Path root;

    private InputFolder folder;

    @BeforeEach
    void folder() {
        folder = new InputFolder(root);
    }

    @Nested
    class Rss {

        @Test
        void everyItemIsAccountedForInFileOrder() throws IOException {
            assertThat(read("harbour-gazette.rss")).extracting(Ingested::source).containsExactly(
                    "harbour-gazette.rss#hg-ferry-1",
                    "harbour-gazette.rss#https://harbour-gazette.example/2024/03/14/search",
                    "harbour-gazette.rss#hg-ferry-3",
                    "harbour-gazette.rss#hg-weather",
                    "harbour-gazette.rss#hg-fees");
        }

        @Test
        void descriptionHtmlIsReadAsTextAndItsScriptDropped() throws IOException {
            Article article = accepted("harbour-gazette.rss").get("harbour-gazette.rss#hg-ferry-1");
            assertThat(article.outlet()).isEqualTo("Harbour Gazette");
            assertThat(article.title()).isEqualTo("Ferry capsizes off Port Halden, 6 missing");
            assertThat(article.body()).isEqualTo("A passenger ferry capsized in a storm off Port Halden on Thursday "
                    + "evening, the coast guard said.\n\nSix people were missing and 31 were rescued.");
            assertThat(article.url()).isEqualTo("https://harbour-gazette.example/2024/03/14/ferry");
        }

        @Test
        void rfc1123DateKeepsTheDayWrittenAndReadsAsIso() throws IOException {
            Article article = accepted("harbour-gazette.rss").get("harbour-gazette.rss#hg-ferry-1");
            assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(article.publishedAt()).isEqualTo("2024-03-14T18:40:00Z");
        }

        @Test
        void fullContentIsPreferredToTheTeaserAndNavigationIsDropped() throws IOException {
            Article article = accepted("harbour-gazette.rss")
                    .get("harbour-gazette.rss#https://harbour-gazette.example/2024/03/14/search");
            assertThat(article.body()).isEqualTo("Divers from three stations searched the water around the hull "
                    + "until dawn.\n\nFour people were still missing at midnight,\nthe harbour master said.");
            // 22:05 at -05:00 is 15 March in UTC; the day is the one the outlet wrote
            assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(article.publishedAt()).isEqualTo("2024-03-14T22:05:00-05:00");
        }

        @Test
        void itemSourceNamesTheOutletAndDublinCoreGivesTheDate() throws IOException {
            Article article = accepted("harbour-gazette.rss").get("harbour-gazette.rss#hg-ferry-3");
            assertThat(article.outlet()).isEqualTo("Meridian Wire");
            assertThat(article.publishedAt()).isEqualTo("2024-03-14T21:15:00+01:00");
            assertThat(article.body()).contains("every safety rule & would help");
        }

        @Test
        void itemsWithoutOrWithAWrongDateAreRejectedAlone() throws IOException {
            Map<String, String> rejects = rejects("harbour-gazette.rss");
            assertThat(rejects).containsOnly(
                    Map.entry("harbour-gazette.rss#hg-weather",
                            "RSS item 4: no publication date (pubDate, dc:date, published or updated)"),
                    Map.entry("harbour-gazette.rss#hg-fees", "RSS item 5: publication date 'Fri, 14 Mar 2024 "
                            + "08:00:00 GMT': the weekday does not match the date"));
        }

        @Test
        void fileThatIsNotWellFormedIsOneRejectionNamingTheLine() throws IOException {
            assertThat(read("broken.rss")).singleElement().isInstanceOfSatisfying(Ingested.Rejected.class, r -> {
                assertThat(r.source()).isEqualTo("broken.rss");
                assertThat(r.reason()).startsWith("not well-formed XML (line 4, column ")
                        .contains("must be terminated by the matching end-tag \"</item>\"");
            });
        }

        @Test
        void xmlThatIsNotAFeedAndDoctypesAreRefused() throws IOException {
            write("page.xml", "<html><body><p>Not a feed</p></body></html>");
            write("entities.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
            assertThat(folder.read("page.xml").next()).isEqualTo(new Ingested.Rejected("page.xml",
                    "not an RSS or Atom feed (its root element is <html>)"));
            assertThat(folder.read("entities.rss").next()).isEqualTo(new Ingested.Rejected("entities.rss",
                    "XML with a DOCTYPE declaration: not read (its entities could reach outside the file); "
                            + "remove the declaration"));
        }

        @Test
        void encodingDeclaredByTheFeedIsHonoured() throws IOException {
            Files.write(root.resolve("latin1.rss"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                    + "<rss version=\"2.0\"><channel><title>Le Courrier</title><item><guid>c1</guid>"
                    + "<pubDate>Thu, 14 Mar 2024 10:00:00 +0100</pubDate><title>Caf\u00e9 ferm\u00e9</title>"
                    + "<description>Le caf\u00e9 du port reste ferm\u00e9.</description></item></channel></rss>")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(folder.read("latin1.rss").next()).isInstanceOfSatisfying(Ingested.Accepted.class,
                    a -> assertThat(a.article().body()).isEqualTo("Le caf\u00e9 du port reste ferm\u00e9."));
        }

        @Test
        void feedWithoutItemsIsOneRejection() throws IOException {
            write("quiet.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");
            assertThat(folder.read("quiet.rss").next())
                    .isEqualTo(new Ingested.Rejected("quiet.rss", "feed without any RSS item"));
        }
    }

    @Nested
    class Atom {

        @Test
        void xhtmlContentAndHtmlTitleAreReadAsText() throws IOException {
            Article article = accepted("coast-herald.atom").get("coast-herald.atom#tag:coast-herald.example,2024:ferry-1");
            assertThat(article.outlet()).isEqualTo("Coast Herald");
            assertThat(article.title()).isEqualTo("Six missing after ferry capsizes");
            assertThat(article.body()).isEqualTo("A ferry carrying 37 people capsized off Port Halden on Thursday."
                    + "\n\nSix passengers were missing, the coast guard said.");
            assertThat(article.publishedAt()).as("published, not updated").isEqualTo("2024-03-14T19:30:00Z");
            assertThat(article.url()).isEqualTo("https://coast-herald.example/ferry-capsizes");
        }

        @Test
        void summaryStandsInForMissingContentAndUpdatedForMissingPublished() throws IOException {
            Article article = accepted("coast-herald.atom").get("coast-herald.atom#tag:coast-herald.example,2024:ferry-2");
            assertThat(article.body()).startsWith("The transport ministry opened an inquiry");
            assertThat(article.publishedAt()).isEqualTo("2024-03-15T05:45:00+00:00");
        }

        @Test
        void entryWithoutTextIsRejectedAsEmpty() throws IOException {
            assertThat(rejects("coast-herald.atom")).containsOnly(
                    Map.entry("coast-herald.atom#tag:coast-herald.example,2024:gallery", "Atom entry 3: empty body"));
        }
    }

    @Nested
    class Ninjs {

        @Test
        void itemsListGivesOneOutcomePerObjectAndVersionsKeepTheirOwnIds() throws IOException {
            assertThat(read("meridian-wire.json")).extracting(Ingested::source).containsExactly(
                    "meridian-wire.json#urn:meridian:2024:ferry-halden@1",
                    "meridian-wire.json#urn:meridian:2024:ferry-halden@2",
                    "meridian-wire.json#urn:meridian:2024:ferry-photo",
                    "meridian-wire.json#urn:meridian:2024:ferry-old",
                    "meridian-wire.json#urn:meridian:2024:no-date");
        }

        @Test
        void version1FieldsGiveHeadlineBodyDateAndOutlet() throws IOException {
            Map<String, Article> articles = accepted("meridian-wire.json");
            Article first = articles.get("meridian-wire.json#urn:meridian:2024:ferry-halden@1");
            assertThat(first.outlet()).isEqualTo("Meridian Wire");
            assertThat(first.title()).isEqualTo("Ferry capsizes in storm off Port Halden");
            assertThat(first.body()).isEqualTo("A passenger ferry capsized in a storm off Port Halden on Thursday."
                    + "\n\nFive people were missing, the coast guard said.");
            assertThat(first.publishedAt()).isEqualTo("2024-03-14T18:55:00+00:00");
            assertThat(first.url()).isEmpty();

            Article second = articles.get("meridian-wire.json#urn:meridian:2024:ferry-halden@2");
            assertThat(second.body()).isEqualTo("Six people were missing after a passenger ferry capsized off Port "
                    + "Halden on Thursday, the coast guard said.\n\nRescuers pulled 31 people from the water.");
            assertThat(second.publishedAt()).as("versioncreated, an RFC 1123 date")
                    .isEqualTo("2024-03-14T21:20:00Z");
        }

        @Test
        void picturesWithdrawnStoriesAndUndatedItemsAreRejectedWithTheirReason() throws IOException {
            assertThat(rejects("meridian-wire.json")).containsOnly(
                    Map.entry("meridian-wire.json#urn:meridian:2024:ferry-photo",
                            "ninjs item 3: a picture item, not a text"),
                    Map.entry("meridian-wire.json#urn:meridian:2024:ferry-old",
                            "ninjs item 4: withdrawn by the provider (pubstatus canceled)"),
                    Map.entry("meridian-wire.json#urn:meridian:2024:no-date",
                            "ninjs item 5: no publication date (versioncreated or firstcreated)"));
        }

        @Test
        void version2ObjectReadsMainHeadlinePlainBodyAndFolderOutlet() throws IOException {
            Files.createDirectories(root.resolve("meridian-wire"));
            Files.copy(FIXTURES.resolve("meridian-wire-2.0.json"), root.resolve("meridian-wire/survivors.json"));
            Ingested only = folder.read("meridian-wire/survivors.json").next();
            assertThat(only).isInstanceOfSatisfying(Ingested.Accepted.class, a -> {
                Article article = a.article();
                assertThat(article.id()).isEqualTo(
                        "meridian-wire/survivors.json#https://meridian-wire.example/2024/03/15/ferry-survivors");
                assertThat(article.title()).isEqualTo("Two ferry passengers found alive");
                assertThat(article.body()).endsWith("\n\nFour people are still missing.");
                assertThat(article.outlet()).as("no copyright holder: the folder").isEqualTo("meridian-wire");
                assertThat(article.url()).isEqualTo("https://meridian-wire.example/2024/03/15/ferry-survivors");
                assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 15));
            });
        }

        @Test
        void jsonSyntaxErrorIsOneRejectionNamingTheLine() throws IOException {
            assertThat(read("broken.json")).singleElement().isInstanceOfSatisfying(Ingested.Rejected.class, r -> {
                assertThat(r.source()).isEqualTo("broken.json");
                assertThat(r.reason()).startsWith("not valid JSON (line 2, column ")
                        .contains("Unexpected character");
            });
        }

        @Test
        void jsonThatHoldsNoObjectIsRefused() throws IOException {
            write("numbers.json", "[1, 2]");
            write("text.json", "\"just a string\"");
            assertThat(folder.read("numbers.json")).toIterable().extracting(Ingested::source)
                    .containsExactly("numbers.json#item1", "numbers.json#item2");
            assertThat(folder.read("text.json").next()).isEqualTo(new Ingested.Rejected("text.json",
                    "not a ninjs file: expected an object, an array of objects or an object with an items array"));
        }
    }

    private List<Ingested> read(String fixture) throws IOException {
        Files.copy(FIXTURES.resolve(fixture), root.resolve(fixture));
        List<Ingested> outcomes = new ArrayList<>();
        for (Iterator<Ingested> it = folder.read(fixture); it.hasNext(); ) {
            outcomes.add(it.next());
        }
        return outcomes;
    }

    private Map<String, Article> accepted(String fixture) throws IOException {
        return read(fixture).stream().filter(Ingested.Accepted.class::isInstance)
                .map(i -> ((Ingested.Accepted) i).article())
                .collect(Collectors.toMap(Article::id, Function.identity()));
    }

    private Map<String, String> rejects(String fixture) throws IOException {
        return read(fixture).stream().filter(Ingested.Rejected.class::isInstance).map(Ingested.Rejected.class::cast)
                .collect(Collectors.toMap(Ingested.Rejected::source, Ingested.Rejected::reason));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
    }
}
