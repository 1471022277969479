package news.crosscheck.claim;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into sentences with ICU's rules, with the English abbreviation suppressions
 * ({@code Mr.}, {@code Gen.}, {@code U.S.}) so that a title does not end a sentence. Paragraph breaks always end
 * one, so a headline without a full stop stays a sentence of its own; a single line break inside a paragraph is
 * read as a space, since plain-text feeds often wrap their lines.
 */
public final class SentenceSplitter {

    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (String block : text.split("\\r?\\n\\s*\\r?\\n")) {
            String paragraph = block.replaceAll("\\s*\\r?\\n\\s*", " ");
            if (paragraph.isBlank()) {
                continue;
            }
            BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
            breaks.setText(paragraph);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), sentence));
                }
            }
        }
        return sentences;
    }
}
