package news.crosscheck.article;

import java.util.Iterator;
import java.util.List;

/**
 * Turns the items of one feed file into outcomes, one per item, in file order: an article with id
 * {@code file#key}, or a rejection whose reason names the item ({@code RSS item 3: no publication date...}). An item
 * without a usable key is named by its place, {@code file#item3}. A file without items is one rejection, so every
 * file is accounted for.
 */
final class FeedItems {

    /** Longest item key used in an article id; a longer one (a URL with a long query) gives way to the place. */
    private static final int MAX_KEY_CHARS = 200;

    private FeedItems() {
    }

    /**
     * @param format     what the reasons call an item: {@code RSS item}, {@code Atom entry}, {@code ninjs item}
     * @param dateFields the fields a date is read from, named when an item has none
     */
    static Iterator<Ingested> outcomes(String file, String format, String dateFields, List<FeedItem> items,
                                       ArticleFactory factory) {
        if (items.isEmpty()) {
            return List.<Ingested>of(new Ingested.Rejected(file, "feed without any " + format)).iterator();
        }
        return items.stream().map(item -> outcome(file, format, dateFields, item, factory)).iterator();
    }

    private static Ingested outcome(String file, String format, String dateFields, FeedItem item,
                                    ArticleFactory factory) {
        String id = file + "#" + key(item);
        String where = format + " " + item.position() + ": ";
        if (item.refusal() != null) {
            return new Ingested.Rejected(id, where + item.refusal());
        }
        if (item.published() == null || item.published().isBlank()) {
            return new Ingested.Rejected(id, where + "no publication date (" + dateFields + ")");
        }
        try {
            return new Ingested.Accepted(factory.create(id, item.outlet(), item.published(), item.title(),
                    item.body(), item.url()));
        } catch (MalformedArticleException e) {
            return new Ingested.Rejected(id, where + e.getMessage());
        }
    }

    private static String key(FeedItem item) {
        String key = item.key() == null ? "" : item.key().strip();
        boolean usable = !key.isEmpty() && key.length() <= MAX_KEY_CHARS && key.chars().noneMatch(Character::isISOControl);
        return usable ? key : "item" + item.position();
    }
}
