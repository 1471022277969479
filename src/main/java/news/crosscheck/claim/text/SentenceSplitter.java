package news.crosscheck.claim.text;

import news.crosscheck.claim.mention.NameLexicon;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.nio.CharBuffer;
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
 * ({@code Plan B. The}), and so is a dateline with a state's abbreviation ({@code BRANNOCK, Ind. (WBRK) — One
 * person ...}). A byline paragraph ({@code By Priya Raman, staff writer}) is no sentence.
 */
public final class SentenceSplitter {

    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");

    /** Abbreviations before a number: {@code No. 10}, {@code Feb. 5}. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** A lower-case word (group 1) ending a sentence (to group 2's end), then a figure and a word opening the next. */
    private static final Pattern FIGURE_OPENING = Pattern.compile(
            "(?<![\\p{L}.])(\\p{Ll}{3,})([.!?][\"”’)]?)\\s+(?=\\d[\\d,]*\\s+\\p{L})");
    /** Lower-case abbreviations that come before a figure: "approx. 5", "vol. 2", "est. 1998". */
    private static final Set<String> ABBREVIATIONS_BEFORE_FIGURES = Set.of("approx", "est", "vol", "vols", "fig",
            "figs", "para", "art", "sec", "chap", "nos", "ref", "ext", "min", "max", "tel", "vers", "cca");
    /**
     * A clock time's abbreviations: "10 p.m. Tuesday" and "5:15 a.m. (0115 GMT) near" go on, "at 11 p.m. Police
     * arrived" ends there.
     */
    private static final Set<String> CLOCK = Set.of("a.m", "p.m");
    /** What goes on after a clock time in wire copy: its day, its date or its time zone. */
    private static final Set<String> AFTER_CLOCK = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "sep", "oct",
            "nov", "dec", "january", "february", "august", "september", "october", "november", "december", "et",
            "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc", "local");

    /** Street abbreviations that are also titles: after a capitalised word they are a street that may end a sentence. */
    private static final Set<String> STREET_OR_TITLE = Set.of("st");

    /** Words that open a sentence far more often than they follow a middle initial. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we",
            "i", "you", "this", "that", "these", "those", "there", "in", "on", "at", "but", "and", "or", "so", "if",
            "when", "after", "before", "police", "officials", "his", "her", "their", "its", "no", "one", "two");

    /**
     * A wire dateline that ends in a state's abbreviation, "BRANNOCK, Ind." or "LITTLE ROCK, Ark.": the city in capitals,
     * then the abbreviation (group 1); what follows it on the line, an outlet's tag or a dash ("(WBRK) —", "- A man ..."),
     * belongs to the same sentence, the lead's first.
     */
    public static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’-]*,\\s+(\\p{Lu}\\p{L}{1,4})\\.?\\s*");
    private static final Pattern DATELINE_GOES_ON = Pattern.compile("\\s*[(—–-]");
    private static final Pattern BYLINE = Pattern.compile("By\\s+(\\p{Lu}.*)", Pattern.DOTALL);
    private static final int MAX_BYLINE = 120;
    /** Lower-case words a byline holds besides names: "Courier-Ledger staff writer", "and", "of the". */
    private static final Set<String> BYLINE_WORDS = Set.of("and", "of", "the", "for", "at", "staff", "writer",
            "writers", "editor", "reporter", "reporters", "correspondent", "correspondents", "contributor", "sports",
            "senior", "chief", "political", "business", "news", "press", "wire", "reports", "with", "in");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n\\s*\\r?\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\r?\\n\\s*");
    private static final Pattern LAST_WORDS = Pattern.compile("(\\S*?)\\s*\\b([\\p{L}.]+)\\.[\"'”’)]*\\s*$");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\"'“‘(]*)([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)");

    /**
     * ICU's sentence iterator with its abbreviation filter, made once per splitter: making one builds the filter's
     * tries anew, which cost as much as splitting the paragraph. It is set to one paragraph after another, so a
     * splitter serves one thread at a time.
     */
    private final BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphs = 0;
        for (String block : paragraphs(text)) {
            // Most paragraphs are a single line, and a line break is what the pattern needs to match at all.
            String paragraph = block.indexOf('\n') < 0 ? block : LINE_BREAK.matcher(block).replaceAll(" ");
            if (paragraph.isBlank() || isByline(paragraph)) {
                continue;
            }
            breaks.setText(paragraph);
            int start = breaks.first();
            int count = sentences.size();
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                // The rest of the paragraph is viewed, not copied, at every break.
                if (end < paragraph.length() && continuesAfter(paragraph.substring(start, end),
                        CharBuffer.wrap(paragraph, end, paragraph.length()))) {
                    continue;
                }
                for (String sentence : atFiguresOpening(paragraph.substring(start, end).strip())) {
                    sentences.add(new Sentence(sentences.size(), sentence, paragraphs));
                }
                start = end;
            }
            if (sentences.size() > count) {
                paragraphs++;
            }
        }
        return sentences;
    }

    /**
     * The sentence split again where a sentence opens on a figure: "were transported to area hospitals. 3 are listed in
     * critical condition". ICU's rules join a full stop to a lower-case word after it, and they skip the figure before
     * it to find one, so police releases and local copy that open sentences with digits ran them together. The word
     * before the stop is a lower-case word of three letters or more and no abbreviation that comes before figures
     * ({@code approx. 5}, {@code vol. 2}); a decimal ({@code 2.5}) has no space to split at.
     */
    static List<String> atFiguresOpening(String sentence) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        if (!hasStopBeforeFigure(sentence)) {
            return List.of(sentence);
        }
        List<String> parts = new ArrayList<>(1);
        Matcher opening = FIGURE_OPENING.matcher(sentence);
        int from = 0;
        while (opening.find()) {
            if (!ABBREVIATIONS_BEFORE_FIGURES.contains(opening.group(1))) {
                parts.add(sentence.substring(from, opening.end(2)));
                from = opening.end();
            }
        }
        parts.add(sentence.substring(from));
        return parts;
    }

    /**
     * Whether a stop (maybe a closing quote or bracket), spaces and a digit come anywhere: a scan that {@link
     * #FIGURE_OPENING} need only be tried after, since most sentences hold none.
     */
    private static boolean hasStopBeforeFigure(String sentence) {
        for (int i = 1; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i)) && Character.isWhitespace(sentence.charAt(i - 1))) {
                int j = i - 1;
                while (j > 0 && Character.isWhitespace(sentence.charAt(j))) {
                    j--;
                }
                if (".!?\"”’)".indexOf(sentence.charAt(j)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The text's paragraphs, as splitting it at {@link #PARAGRAPH_BREAK} gives them, but for empty ones (which
     * {@link #split} skips). A break begins at a line feed, or at the carriage return before one, so the pattern is
     * tried only there, not at every character of the article.
     */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        Matcher paragraphBreak = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        for (int feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1)) {
            int start = feed > from && text.charAt(feed - 1) == '\r' ? feed - 1 : feed;
            if (paragraphBreak.region(start, text.length()).lookingAt()
                    || start < feed && paragraphBreak.region(feed, text.length()).lookingAt()) {
                if (paragraphBreak.start() > from) {
                    paragraphs.add(text.substring(from, paragraphBreak.start()));
                }
                from = paragraphBreak.end();
                feed = from - 1;
            }
        }
        if (from < text.length()) {
            paragraphs.add(text.substring(from));
        }
        return paragraphs;
    }

    /**
     * A paragraph that only names who wrote the story ("By Priya Raman, Courier-Ledger staff writer"): no sentence of
     * it, so that the lead's sentences are the story's first. Every word of it is a name, a number or a word of the
     * trade ("By Tuesday, 40 people had died" is a sentence).
     */
    static boolean isByline(String paragraph) {
        Matcher by = BYLINE.matcher(paragraph.strip());
        if (paragraph.length() > MAX_BYLINE || !by.matches()) {
            return false;
        }
        for (String word : by.group(1).split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !BYLINE_WORDS.contains(word)) {
                return false;
            }
        }
        return !AFTER_CLOCK.contains(by.group(1).split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT));
    }

    /** {@code P} in {@code Thomas P. Reed}: one capital letter after a capitalised given name. */
    private static boolean isMiddleInitial(String word, String previous) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) && previous.length() > 1
                && Character.isUpperCase(previous.charAt(0)) && previous.chars().allMatch(Character::isLetter);
    }

    /** Whether a break ICU put between {@code before} and {@code after} falls inside an abbreviation's phrase. */
    static boolean continuesAfter(String before, CharSequence after) {
        if (DATELINE.matcher(before).matches() && DATELINE_GOES_ON.matcher(after).lookingAt()) {
            return true;
        }
        Matcher last = LAST_WORDS.matcher(before).region(lastTwoWordsStart(before), before.length());
        Matcher next = NEXT_WORD.matcher(after);
        if (!last.find() || !next.find()) {
            return false;
        }
        String word = last.group(2);
        String previous = last.group(1);
        String following = next.group(2);
        boolean capitalised = Character.isUpperCase(following.charAt(0));
        String abbreviation = word.toLowerCase(Locale.ROOT);
        if (CLOCK.contains(abbreviation)) {
            // "at about 5:15 a.m. (0115 GMT) near the ...": the time in another zone is an aside of the sentence
            return AFTER_CLOCK.contains(following.toLowerCase(Locale.ROOT))
                    || next.group(1).startsWith("(") && Character.isDigit(following.charAt(0));
        }
        if (INITIALISM.matcher(word + ".").matches()) {
            String lower = following.toLowerCase(Locale.ROOT);
            return capitalised && (NameLexicon.TITLES.contains(lower) || NameLexicon.ORGANISATION_WORDS.contains(lower));
        }
        if (isMiddleInitial(word, previous) && capitalised
                && !SENTENCE_OPENERS.contains(following.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (NameLexicon.ABBREVIATIONS_BEFORE_NAMES.contains(abbreviation)) {
            boolean afterName = !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                    && Character.isLetter(previous.charAt(previous.length() - 1));
            return capitalised && !(STREET_OR_TITLE.contains(abbreviation) && afterName);
        }
        return BEFORE_NUMBERS.contains(abbreviation) && Character.isDigit(following.charAt(0));
    }

    /**
     * Where the last two words of {@code before} begin, words being what {@code \s} separates, after a final line
     * separator ({@code $} matches before one). A match of {@link #LAST_WORDS} spans at most those two words (the
     * previous word, then the abbreviation, then spaces), so none starts earlier, and the search for it need not try
     * every position of the sentence, which it did with much backtracking.
     */
    private static int lastTwoWordsStart(String before) {
        int i = before.length();
        if (i > 0 && "\u0085\u2028\u2029".indexOf(before.charAt(i - 1)) >= 0) {
            i--;
        }
        for (int word = 0; word < 2; word++) {
            while (i > 0 && isPatternSpace(before.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !isPatternSpace(before.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** The white space of {@code \s} in a pattern: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
