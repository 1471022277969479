package news.crosscheck.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.regex.Pattern;

/**
 * The readable text of an HTML body or feed description, parsed by jsoup as a browser would: what is never shown
 * as article text ({@code script}, {@code style}, {@code nav}, {@code noscript}, {@code template}, embedded frames
 * and graphics, the document head) is dropped with its contents; each block element ({@code p}, {@code div},
 * headings, list items, table cells...) ends a paragraph, written as a blank line, so that the sentence splitter
 * ends a sentence there; a {@code <br>} is a line break within its paragraph (two in a row end it); entities are
 * decoded. Within a block, runs of white space are one
 * space, as a browser shows them, except a blank line of the source, which stays a paragraph break: a plain-text
 * body with a stray tag keeps its paragraphs.
 */
final class HtmlText {

    private static final String NOT_TEXT = "script, style, nav, noscript, template, iframe, object, svg, head";
    private static final Pattern BLANK_LINE = Pattern.compile("[ \\t\\f\\r]*\\n[ \\t\\f\\r]*\\n\\s*");
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\f\\r\\n]+");
    private static final String PARAGRAPH = "\n\n";

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select(NOT_TEXT).remove();
        StringBuilder text = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(flowed(words.getWholeText()));
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && element.isBlock()) {
                    text.append(PARAGRAPH);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // jsoup counts <br> as a block; it is the line break written at its head
                if (node instanceof Element element && element.isBlock() && !element.nameIs("br")) {
                    text.append(PARAGRAPH);
                }
            }
        }, document.body());
        return text.toString();
    }

    /** Text as a browser flows it, but a blank line of the source kept as a paragraph break. */
    private static String flowed(String source) {
        String[] paragraphs = BLANK_LINE.split(source, -1);
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append(PARAGRAPH);
            }
            out.append(WHITE_SPACE.matcher(paragraphs[i]).replaceAll(" "));
        }
        return out.toString();
    }
}
