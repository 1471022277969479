package news.crosscheck.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed file with ROME: each item or entry is an article.
 * <ul>
 *   <li>body: the full content ({@code content:encoded}, Atom {@code content}), else the description or summary;
 *       HTML in either is read as text by {@link TextNormalizer};</li>
 *   <li>outlet: the item's {@code source} (RSS) or {@code source/title} (Atom), else the channel's or feed's
 *       title, else the folder the file is in;</li>
 *   <li>publication date: {@code pubDate}, else {@code dc:date} (RSS), {@code published}, else {@code updated}
 *       (Atom), read from the element's own text so that the day and offset are the ones written (ROME would turn
 *       them into an instant; see {@link PublicationDate});</li>
 *   <li>id: {@code file#guid} (RSS), {@code file#id} (Atom), else the item's link, else its place.</li>
 * </ul>
 * The XML is parsed by ROME's own hardened parser: no DOCTYPE, no external entities. A file that is not well-formed
 * XML, or not a feed, is one rejection with the parser's reason.
 */
final class RssAtomFeed {

    static final String DATE_FIELDS = "pubDate, dc:date, published or updated";
    /** Element names that date an item, best first; the namespace does not matter (dc:date, atom:updated...). */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "updated",
            "issued", "modified");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.UTC);

    private RssAtomFeed() {
    }

    static Iterator<Ingested> read(String file, String folderOutlet, byte[] xml, ArticleFactory factory)
            throws MalformedArticleException {
        Document document = parse(xml);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (IllegalArgumentException e) {
            throw new MalformedArticleException("not an RSS or Atom feed (its root element is <"
                    + document.getRootElement().getName() + ">)");
        } catch (FeedException | RuntimeException e) {
            throw new MalformedArticleException("unreadable feed: " + oneLine(e.getMessage()));
        }
        boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
        List<Element> elements = itemElements(document.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        String channel = feed.getTitle();
        List<FeedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            // ROME keeps the document's order; the element is read only for the date as written
            String written = elements.size() == entries.size() ? writtenDate(elements.get(i)) : null;
            items.add(new FeedItem(i + 1, FeedItem.firstPresent(entry.getUri(), entry.getLink()), null,
                    FeedItem.firstPresent(sourceTitle(entry), channel, folderOutlet),
                    written != null ? written : romeDate(entry), entry.getTitle(), body(entry),
                    FeedItem.firstPresent(entry.getLink(), web(entry.getUri()))));
        }
        return FeedItems.outcomes(file, atom ? "Atom entry" : "RSS item", DATE_FIELDS, items, factory);
    }

    private static Document parse(byte[] xml) throws MalformedArticleException {
        try {
            return new HardenedParser().parse(xml);
        } catch (JDOMParseException e) {
            String reason = oneLine(e.getMessage()).replaceFirst("^Error on line \\d+( of document [^:]*)?: ", "");
            if (reason.contains("DOCTYPE")) {
                throw new MalformedArticleException("XML with a DOCTYPE declaration: not read (its entities could "
                        + "reach outside the file); remove the declaration");
            }
            throw new MalformedArticleException("not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + reason);
        } catch (JDOMException | IOException e) {
            throw new MalformedArticleException("unreadable XML: " + oneLine(e.getMessage()));
        }
    }

    /** The item elements in document order: RSS 0.9x/2.0 under the channel, RSS 0.90/1.0 under the root, Atom. */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            String name = child.getName();
            if (name.equals("item") || name.equals("entry")) {
                items.add(child);
            } else if (name.equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(items::add);
            }
        }
        return items;
    }

    private static String writtenDate(Element item) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return null;
    }

    /** ROME's reading of the date, in UTC, for an item whose element could not be told apart. */
    private static String romeDate(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : UTC.format(date.toInstant());
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (FeedItem.firstPresent(content.getValue()) != null) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null ? null : entry.getDescription().getValue();
    }

    private static String sourceTitle(SyndEntry entry) {
        return entry.getSource() == null ? null : entry.getSource().getTitle();
    }

    private static String web(String uri) {
        String lower = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? uri : null;
    }

    private static String oneLine(String message) {
        return message == null ? "no detail" : message.strip().replaceAll("\\s+", " ");
    }

    /** ROME's XML parser settings (no DOCTYPE, no external entities), used to keep the document for the dates. */
    private static final class HardenedParser extends WireFeedInput {
        Document parse(byte[] xml) throws JDOMException, IOException {
            return createSAXBuilder().build(new ByteArrayInputStream(xml));
        }
    }
}
