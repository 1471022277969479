package news.crosscheck.article;

import org.apache.commons.text.StringEscapeUtils;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts article text into the one form every later stage reads: Unicode NFC, typographic quotes and dashes as their
 * ASCII forms, no HTML markup, no invisible characters, line ends as {@code \n}. Same text in, same text out, so
 * the SHA-256 of the result identifies a body however it was typeset.
 */
public final class TextNormalizer {

    private static final Pattern TAG = Pattern.compile("<(?:[a-zA-Z!/][^<>]{0,500})>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(?:p|div|br|h[1-6]|li|tr|blockquote)\\b[^<>]{0,500}>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,6}|#x[0-9a-fA-F]{1,6});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]|[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    public String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (TAG.matcher(text).find()) {
            text = TAG.matcher(BLOCK_TAG.matcher(text).replaceAll("\n\n")).replaceAll("");
        }
        if (ENTITY.matcher(text).find()) {
            text = StringEscapeUtils.unescapeHtml4(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(typographic(text.charAt(i)));
        }
        text = INVISIBLE.matcher(out).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return MANY_BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    private static char typographic(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2026' -> '.';
            default -> c;
        };
    }
}
