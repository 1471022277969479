package news.crosscheck.event;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingEnglishAnalyzerTests {

    private final Analyzer analyzer = new FoldingEnglishAnalyzer();

    @Test
    void anOutletThatDropsAccentsWritesTheSameTerms() throws IOException {
        assertThat(terms("Firefighters from Timişoara pulled Ion Mureşan's body from the Târnava"))
                .isEqualTo(terms("Firefighters from Timisoara pulled Ion Muresan's body from the Tarnava"))
                .containsExactly("firefight", "from", "timisoara", "pull", "ion", "muresan", "bodi", "from",
                        "tarnava");
    }

    @Test
    void unaccentedTextGivesEnglishAnalyzersTerms() throws IOException {
        String text = "The bodies of the miners' families were recovered on Ferry Road, police said.";
        assertThat(terms(analyzer, text)).isEqualTo(terms(new EnglishAnalyzer(), text))
                .containsExactly("bodi", "miner", "famili", "were", "recov", "ferri", "road", "polic", "said");
    }

    private List<String> terms(String text) throws IOException {
        return terms(analyzer, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
