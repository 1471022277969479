package news.crosscheck.claim;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences with ICU's rules and English abbreviation suppressions, so that a title does
 * not end a sentence. Paragraph breaks always end one, so a headline without a full stop stays a sentence of its
 * own; a single line break inside a paragraph is read as a space, since plain-text feeds often wrap their lines.
 *
 * <p>ICU's {@code en@ss=standard} list lacks many titles that wire copy puts before names ({@code St. Petersburg},
 * {@code Gen. Valery Gerasimov}, {@code Lt. Col. Jane Doe}), and it splits {@code No. 10}. A break ICU proposes is
 * therefore dropped when the word before it is such an abbreviation <em>and</em> what follows fits it: a capitalised
 * word after a title, a number after {@code No.} or a month. Other abbreviation-like endings keep their break, because
 * they often do end a sentence: {@code King Jr. The crowd}, {@code on Main St. Police said}, {@code moved to the U.S.
 * Officials}; only {@code U.S. Army} and the like, an initialism before an institution or a title, is joined. A
 * middle initial ({@code Thomas P. Reed}) is joined too, unless the next word usually opens a sentence
 * ({@code Plan B. The}).
 */
public final class SentenceSplitter {

    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");

    /** Abbreviations written only before a name, so a capitalised word after them continues the sentence. */
    private static final Set<String> TITLES_BEFORE_NAMES = Set.of("st", "mt", "ft", "gen", "lt", "col", "sgt",
            "capt", "maj", "cpl", "pvt", "adm", "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "prof", "rev", "det",
            "insp", "supt", "hon", "messrs");
    /** Abbreviations before a number: {@code No. 10}, {@code Feb. 5}. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Street abbreviations that are also titles: after a capitalised word they are a street that may end a sentence. */
    private static final Set<String> STREET_OR_TITLE = Set.of("st");

    /** Words that open a sentence far more often than they follow a middle initial. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we",
            "i", "you", "this", "that", "these", "those", "there", "in", "on", "at", "but", "and", "or", "so", "if",
            "when", "after", "before", "police", "officials", "his", "her", "their", "its", "no", "one", "two");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\r?\\n\\s*");
    private static final Pattern LAST_WORDS = Pattern.compile("(\\S*?)\\s*\\b([\\p{L}.]+)\\.[\"'”’)]*\\s*$");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\"'“‘(]*)([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        for (String block : PARAGRAPH_BREAK.split(text)) {
            String paragraph = LINE_BREAK.matcher(block).replaceAll(" ");
            if (paragraph.isBlank()) {
                continue;
            }
            BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
            breaks.setText(paragraph);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (end < paragraph.length() && continuesAfter(paragraph.substring(start, end), paragraph.substring(end))) {
                    continue;
                }
                String sentence = paragraph.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(new Sentence(sentences.size(), sentence));
                }
                start = end;
            }
        }
        return sentences;
    }

    /** {@code P} in {@code Thomas P. Reed}: one capital letter after a capitalised given name. */
    private static boolean isMiddleInitial(String word, String previous) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) && previous.length() > 1
                && Character.isUpperCase(previous.charAt(0)) && previous.chars().allMatch(Character::isLetter);
    }

    /** Whether a break ICU put between {@code before} and {@code after} falls inside an abbreviation's phrase. */
    static boolean continuesAfter(String before, String after) {
        Matcher last = LAST_WORDS.matcher(before);
        Matcher next = NEXT_WORD.matcher(after);
        if (!last.find() || !next.find()) {
            return false;
        }
        String word = last.group(2);
        String previous = last.group(1);
        String following = next.group(2);
        boolean capitalised = Character.isUpperCase(following.charAt(0));
        String abbreviation = word.toLowerCase(Locale.ROOT);
        if (INITIALISM.matcher(word + ".").matches()) {
            String lower = following.toLowerCase(Locale.ROOT);
            return capitalised && (NameLexicon.TITLES.contains(lower) || NameLexicon.ORGANISATION_WORDS.contains(lower));
        }
        if (isMiddleInitial(word, previous) && capitalised
                && !SENTENCE_OPENERS.contains(following.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (TITLES_BEFORE_NAMES.contains(abbreviation)) {
            boolean afterName = !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                    && Character.isLetter(previous.charAt(previous.length() - 1));
            return capitalised && !(STREET_OR_TITLE.contains(abbreviation) && afterName);
        }
        return BEFORE_NUMBERS.contains(abbreviation) && Character.isDigit(following.charAt(0));
    }
}
