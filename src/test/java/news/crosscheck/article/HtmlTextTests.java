package news.crosscheck.article;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML in bodies, read through the normaliser as every format's body is. */
class HtmlTextTests {

    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <p>Two killed.</p><script>var toll = 'ninety dead';</script><p>Five hurt.</p>        | Two killed.\\n\\nFive hurt.
            <style>p { content: 'forty' }</style><p>Three missing.</p>                           | Three missing.
            <nav><a href="/">Home</a> · <a href="/world">World</a></nav><p>A bridge fell.</p>   | A bridge fell.
            <div>Storm hits coast</div><div>Roofs were torn off.</div>                           | Storm hits coast\\n\\nRoofs were torn off.
            <p>Eleven rescued,<br>the coast guard said.</p>                                      | Eleven rescued,\\nthe coast guard said.
            Line one.<br><br>Line two.                                                           | Line one.\\n\\nLine two.
            <ul><li>Kyiv: 3 hurt</li><li>Lviv: 1 hurt</li></ul>                                  | Kyiv: 3 hurt\\n\\nLviv: 1 hurt
            <p>Caf&eacute; owner &ndash; &quot;we heard it&quot; &amp; ran</p>                   | Café owner - "we heard it" & ran
            <p>Prices   rose\\n   sharply.</p>                                                   | Prices rose sharply.
            <!-- tracking pixel --><p>Calm returned.</p><noscript>Enable JavaScript</noscript>   | Calm returned.
            """)
    void markupIsReadAsABrowserShowsIt(String html, String text) {
        assertThat(normalizer.normalize(html.replace("\\n", "\n"))).isEqualTo(text.replace("\\n", "\n"));
    }

    @Test
    void blankLinesOfAPlainBodyWithAStrayTagStayParagraphs() {
        assertThat(normalizer.normalize("Flood waters rose overnight\n\nThe <b>mayor</b> ordered an evacuation."))
                .isEqualTo("Flood waters rose overnight\n\nThe mayor ordered an evacuation.");
    }

    @Test
    void entitiesWithoutMarkupAreDecodedAndLineBreaksKept() {
        assertThat(normalizer.normalize("AT&amp;T said\nservice is back &ndash; mostly."))
                .isEqualTo("AT&T said\nservice is back - mostly.");
    }

    @Test
    void comparisonSignsAreNotMarkup() {
        assertThat(normalizer.normalize("Turnout was < 40% and > 30%.")).isEqualTo("Turnout was < 40% and > 30%.");
    }
}
