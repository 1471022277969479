package news.crosscheck.article;

import org.jsoup.parser.Parser;

import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts article text into the one form every later stage reads: Unicode NFC, typographic quotes and dashes as their
 * ASCII forms, no HTML markup (read by {@link HtmlText}), no invisible characters, line ends as {@code \n}. Same
 * text in, same text out, so the SHA-256 of the result identifies a body however it was typeset.
 */
public final class TextNormalizer {

    private static final Pattern TAG = Pattern.compile("<(?:[a-zA-Z!/][^<>]{0,500})>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,6}|#x[0-9a-fA-F]{1,6});");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    public String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // Markup and entities are rare: a scan for their first character spares the regex search of every body.
        // The pattern only decides whether a body holds markup at all; jsoup reads it, as a browser would.
        if (text.indexOf('<') >= 0 && TAG.matcher(text).find()) {
            text = HtmlText.of(text);
        } else if (text.indexOf('&') >= 0 && ENTITY.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
        }
        text = typographicVisibleSingleSpaced(text);
        // Joined at once: appending line by line copied the text so far for every line, square in its length.
        text = text.lines().map(String::strip).collect(Collectors.joining("\n"));
        return MANY_BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /**
     * Typographic quotes and dashes as ASCII, invisible characters dropped, and every run of spaces (tabs,
     * no-break and typographic spaces included) as one space. One pass over the text: this is the bulk of ingest,
     * and it was three (a loop and two regex replacements, whose character classes cost more than the test here).
     * Spaces on either side of a dropped character make one run, as they did when the run was collapsed after
     * dropping.
     */
    private static String typographicVisibleSingleSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = typographic(text.charAt(i));
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                // Every space of a run is written as ' ', and nothing else is: a ' ' last means the run goes on.
                if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Zero-width characters, the word joiner, the BOM, the soft hyphen and control characters but tab and line ends. */
    private static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c <= '\u0008' || c >= '\u000E' && c <= '\u001F' || c == '\u007F';
    }

    /** Spaces, tab, vertical tab, form feed, and the no-break and typographic spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0'
                || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000';
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
