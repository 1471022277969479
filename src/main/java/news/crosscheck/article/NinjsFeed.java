package news.crosscheck.article;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads IPTC ninjs (News in JSON, 1.x and 2.x), the format wire services deliver: a file holds one ninjs object, an
 * array of them, or an object whose {@code items} array holds them. Each object is an article:
 * <ul>
 *   <li>title: {@code headline} (1.x), else the {@code headlines} entry with role {@code main}, else the first;</li>
 *   <li>body: {@code body_text}, else {@code body_html} (1.x), else the {@code bodies} entry in plain text, else
 *       the first (2.x); HTML is read as text by {@link TextNormalizer};</li>
 *   <li>publication date: {@code versioncreated} (the time of this version, so a later version with a higher toll
 *       reads as later), else {@code firstcreated};</li>
 *   <li>outlet: {@code copyrightholder}, else {@code provider} (a name, or an object with a {@code name}), else the
 *       folder the file is in;</li>
 *   <li>id: {@code file#uri}, with {@code @version} when a version is given (a wire service sends every version of
 *       a story under one uri); url: the {@code uri} when it is a web address.</li>
 * </ul>
 * {@code located} and {@code byline}/{@code by} are not read: an article has no field for them, and the places and
 * people extraction reads are those of the text. An object whose {@code type} is not {@code text} (a picture, a
 * video) or whose {@code pubstatus} is {@code withheld} or {@code canceled} is rejected with that reason.
 */
final class NinjsFeed {

    static final String DATE_FIELDS = "versioncreated or firstcreated";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> WITHDRAWN = Set.of("withheld", "canceled", "cancelled");

    private NinjsFeed() {
    }

    static Iterator<Ingested> read(String file, String folderOutlet, byte[] json, ArticleFactory factory)
            throws MalformedArticleException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new MalformedArticleException("not valid JSON" + where + ": "
                    + e.getOriginalMessage().strip().replaceAll("\\s+", " "));
        }
        List<JsonNode> objects = objects(root);
        List<FeedItem> items = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            items.add(item(i + 1, objects.get(i), folderOutlet));
        }
        return FeedItems.outcomes(file, "ninjs item", DATE_FIELDS, items, factory);
    }

    private static List<JsonNode> objects(JsonNode root) throws MalformedArticleException {
        JsonNode list = root.isObject() && root.path("items").isArray() ? root.path("items") : root;
        if (list.isArray()) {
            List<JsonNode> objects = new ArrayList<>();
            list.values().forEach(objects::add);
            return objects;
        }
        if (list.isObject()) {
            return List.of(list);
        }
        throw new MalformedArticleException("not a ninjs file: expected an object, an array of objects or an "
                + "object with an items array");
    }

    private static FeedItem item(int position, JsonNode object, String folderOutlet) {
        if (!object.isObject()) {
            return FeedItem.refused(position, null, "not a JSON object");
        }
        String uri = text(object, "uri");
        String version = text(object, "version");
        String key = uri == null || version == null ? uri : uri + "@" + version;
        String type = text(object, "type");
        if (type != null && !type.equalsIgnoreCase("text")) {
            return FeedItem.refused(position, key, "a " + type + " item, not a text");
        }
        String status = text(object, "pubstatus");
        if (status != null && WITHDRAWN.contains(status.toLowerCase(Locale.ROOT))) {
            return FeedItem.refused(position, key, "withdrawn by the provider (pubstatus " + status + ")");
        }
        return new FeedItem(position, key, null,
                FeedItem.firstPresent(text(object, "copyrightholder"), text(object, "provider"),
                        text(object.path("provider"), "name"), folderOutlet),
                FeedItem.firstPresent(text(object, "versioncreated"), text(object, "firstcreated")),
                FeedItem.firstPresent(text(object, "headline"), entry(object.path("headlines"), "role", "main")),
                FeedItem.firstPresent(text(object, "body_text"), text(object, "body_html"),
                        entry(object.path("bodies"), "contenttype", "text/plain")),
                uri != null && uri.toLowerCase(Locale.ROOT).matches("https?://.+") ? uri : null);
    }

    /** The value of the array entry whose {@code field} is {@code wanted}, else of the first entry with a value. */
    private static String entry(JsonNode array, String field, String wanted) {
        String first = null;
        for (JsonNode entry : array.values()) {
            String value = text(entry, "value");
            if (value != null && wanted.equalsIgnoreCase(text(entry, field))) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

}
