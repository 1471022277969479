package news.crosscheck.article;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: an optional block of {@code Key: value} header lines ({@code Outlet}, {@code Published},
 * {@code Title}, {@code URL}) ended by a blank line, then the body. Without headers it infers what the text gives:
 * a leading {@code date YYYY-MM-DD} token is the publication date, and a dateline such as {@code (CNN) -} or
 * {@code KYIV (Meridian Wire) -} names the outlet; otherwise the outlet is the folder the file is in.
 */
public final class TextArticleParser {

    private static final Set<String> HEADER_KEYS = Set.of("outlet", "published", "title", "url");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z ]{0,20}):\\s*(.*)$");
    private static final Pattern DATE_TOKEN = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3}\\s+)?\\(([^()\\n]{2,60})\\)\\s*[-\\u2013\\u2014]+\\s*");

    private final ArticleFactory factory;

    public TextArticleParser(ArticleFactory factory) {
        this.factory = factory;
    }

    /**
     * @param id           the article id (path relative to the input folder)
     * @param folderOutlet the outlet to assume when the text names none
     * @param text         the decoded file content
     */
    public Article parse(String id, String folderOutlet, String text) throws MalformedArticleException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        Map<String, String> headers = new HashMap<>();
        String body = readHeaders(content, headers);

        if (!headers.containsKey("published")) {
            Matcher date = DATE_TOKEN.matcher(body);
            if (date.find()) {
                headers.put("published", date.group(1));
                body = body.substring(date.end());
            }
        }
        Matcher dateline = DATELINE.matcher(body);
        if (dateline.find()) {
            headers.putIfAbsent("outlet", dateline.group(1).strip());
            body = body.substring(dateline.end());
        }
        return factory.create(id, headers.getOrDefault("outlet", folderOutlet), headers.get("published"),
                headers.get("title"), body, headers.get("url"));
    }

    /** Fills {@code headers} from a leading header block and returns the rest, or the whole text if it has none. */
    private static String readHeaders(String content, Map<String, String> headers) {
        String[] lines = content.split("\n", -1);
        int line = 0;
        while (line < lines.length && lines[line].isBlank()) {
            line++;
        }
        int first = line;
        for (; line < lines.length && !lines[line].isBlank(); line++) {
            Matcher header = HEADER_LINE.matcher(lines[line].strip());
            String key = header.matches() ? header.group(1).strip().toLowerCase(Locale.ROOT) : null;
            if (key == null || !HEADER_KEYS.contains(key)) {
                if (line == first) {
                    return content;
                }
                break;
            }
            headers.put(key, header.group(2).strip());
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, line, lines.length));
    }
}
