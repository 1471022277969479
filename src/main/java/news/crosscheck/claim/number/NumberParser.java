package news.crosscheck.claim.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the quantities in a sentence that could be counts of people: digits ({@code 28}, {@code 1,200},
 * {@code 1.5 million}), number words ({@code twenty-eight}, {@code Twenty eight}, {@code one hundred and eight},
 * {@code a hundred}), round amounts ({@code a dozen}, {@code dozens}) and the qualifier in front of them
 * ({@code at least 24}); see {@link Qualifier} for what each qualifier turns a figure into.
 *
 * <p>Round amounts: {@code a dozen} 12, {@code half a dozen} 6, {@code dozens} [24, unbounded),
 * {@code scores} [40, unbounded), {@code hundreds} [200, unbounded), {@code thousands} [2000, unbounded),
 * {@code tens of thousands} [20000, unbounded), {@code hundreds of thousands} [200000, unbounded). The plurals
 * are open above because "dozens" is also said of 150; a lower bound is all they promise.
 *
 * <p>Left out, because they are not counts: years ({@code in 2022}; a bare four-digit number from 1800 to 2100
 * without a qualifier), dates ({@code July 4}, {@code 4 July}), ages ({@code 4-year-old}, {@code aged 34},
 * {@code 34 years old}), times ({@code 12:30}, {@code 3 p.m.}), measures and money ({@code 10 km},
 * {@code 5 percent}, {@code $2 million}), ordinals ({@code 4th}, {@code twenty-first}), compound modifiers
 * ({@code 12-hour}, {@code two-thirds}), ids and numbers glued to letters or slashes ({@code MH17}, {@code 9/11}),
 * numbers that name something ({@code Highway 11}, {@code Route 66}),
 * decimals without a scale word, and {@code no one}. The article {@code a} is never a figure on its own.
 * Whether a quantity counts casualties is decided by {@link news.crosscheck.claim.casualty.CasualtyExtractor}, not
 * here.
 */
public final class NumberParser {

    private static final Pattern DIGITS =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(thousand|million|billion)\\b)?");
    private static final Pattern ROUND = Pattern.compile(
            "(tens of thousands|hundreds of thousands|half a dozen|a dozen|dozens|scores|hundreds|thousands)\\b");
    private static final Pattern A_POWER = Pattern.compile("an? (hundred|thousand|million)\\b");
    private static final Map<String, Interval> ROUND_AMOUNTS = Map.of(
            "a dozen", Interval.exactly(12), "half a dozen", Interval.exactly(6),
            "dozens", Interval.atLeast(24), "scores", Interval.atLeast(40), "hundreds", Interval.atLeast(200),
            "thousands", Interval.atLeast(2_000), "tens of thousands", Interval.atLeast(20_000),
            "hundreds of thousands", Interval.atLeast(200_000));
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);
    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*(?:percent|per cent|km|kms|kilomet(?:er|re)s?"
            + "|miles?|met(?:er|re)s?|feet|foot|yards?|acres?|square|kg|kilograms?|grams?|tons?|tonnes?|pounds|"
            + "dollars|euros|cents|hryvnias?|r(?:o)?ubles|hours?|minutes?|seconds?|days?|weeks?|months?|years?|"
            + "decades?|centuries|times|degrees|storeys|stories|floors|[ap]\\.?m\\b|o'clock|"
            + "january|february|march|april|june|july|august|september|october|november|december)\\b");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?:january|february|march|april|may|june|july|"
            + "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?\\s+$");
    private static final Set<String> NOT_A_COUNT_AFTER = Set.of("aged", "age", "ages", "no", "no.", "number",
            "nos.", "flight", "route", "room", "page", "line", "platform", "highway", "hwy", "hwy.", "interstate",
            "motorway", "freeway");
    /** The first age of a range, just before the figure: "four victims, ages 19 to 24", "aged 25 and 34". */
    private static final Pattern AGE_RANGE_BEFORE =
            Pattern.compile("\\b(?:aged?|ages)\\s+\\d+\\s*(?:to|and|-|\u2013)\\s*$");
    /** The most characters {@link #AGE_RANGE_BEFORE} reads before a figure. */
    private static final int AGE_RANGE_REACH = 24;
    /** The longest text {@link #MONTH_BEFORE} matches before its spaces: {@code september.} */
    private static final int LONGEST_MONTH = "september.".length();
    /**
     * The words a figure in letters can start with, besides the number words: the first words of the round amounts
     * ({@code tens}, {@code half}, {@code a}...) and {@code an} ({@code an hundred}).
     */
    private static final Set<String> ROUND_OPENERS = Stream.concat(Stream.of("a", "an"),
                    ROUND_AMOUNTS.keySet().stream().map(amount -> amount.split(" ")[0]))
            .collect(Collectors.toUnmodifiableSet());

    private final SpelledNumberReader spelled = new SpelledNumberReader();
    /** Verbs whose {@code over} is a particle ({@code handed over 15 prisoners}), not {@code more than}. */
    private static final Set<String> HANDING_VERBS = Set.of("hand", "hands", "handed", "handing", "turn", "turns",
            "turned", "turning", "pass", "passes", "passed", "passing", "sign", "signs", "signed", "signing", "give",
            "gives", "gave", "giving");

    /** The words a qualifier or a figure can start with, besides digits; most words of a sentence are none. */
    private final Set<String> openers = Stream.of(Qualifier.FIRST_WORDS, ROUND_OPENERS, spelled.numberWords())
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** Quantities in the order they appear; spans never overlap. */
    public List<Quantity> find(String text) {
        String lower = Qualifier.lower(text);
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            if (!startsWord(lower, i)) {
                i++;
                continue;
            }
            Attempt attempt = readAt(text, lower, i);
            if (attempt.quantity() != null) {
                found.add(attempt.quantity());
            }
            i = attempt.resume();
        }
        return found;
    }

    /** The quantity read at a position, if any, and where to look next: past a rejected figure as a whole. */
    private record Attempt(Quantity quantity, int resume) {
    }

    private Attempt readAt(String text, String lower, int start) {
        String word = letters(lower, start);
        if (!isAsciiDigit(lower.charAt(start)) && !openers.contains(word)) {
            // What the attempt below comes to for such a word: no qualifier, no figure.
            return new Attempt(null, endOfToken(lower, start));
        }
        Qualifier qualifier = null;
        int figureStart = start;
        if (word.equals("over") && HANDING_VERBS.contains(previousWord(lower, start))) {
            // "Moscow handed over fifteen seriously wounded": a verb's particle, not "more than"
            return new Attempt(null, endOfToken(lower, start));
        }
        if (Qualifier.FIRST_WORDS.contains(word)) {
            for (Qualifier q : Qualifier.values()) {
                int length = q.matchLength(lower, start);
                if (length > 0) {
                    qualifier = q;
                    figureStart = skipSpaces(lower, start + length);
                    break;
                }
            }
        }
        Figure figure = readFigure(lower, figureStart);
        if (figure == null) {
            return new Attempt(null, endOfToken(lower, start));
        }
        if (!isCount(lower, start, figure, qualifier != null)) {
            return new Attempt(null, figure.end());
        }
        Interval count = qualifier == null ? figure.count() : qualifier.apply(figure.count());
        return new Attempt(new Quantity(start, figure.end(), text.substring(start, figure.end()), count,
                figure.round() && !figure.count().isExact()), figure.end());
    }

    private record Figure(int start, int end, Interval count, boolean digits, boolean round) {
    }

    private Figure readFigure(String lower, int at) {
        if (at >= lower.length() || !startsWord(lower, at) || !mayStartFigure(lower, at)) {
            return null;
        }
        Matcher matcher = DIGITS.matcher(lower).region(at, lower.length());
        if (matcher.lookingAt()) {
            return digits(matcher);
        }
        matcher = ROUND.matcher(lower).region(at, lower.length());
        if (matcher.lookingAt()) {
            return new Figure(at, matcher.end(), ROUND_AMOUNTS.get(matcher.group(1)), false, true);
        }
        matcher = A_POWER.matcher(lower).region(at, lower.length());
        if (matcher.lookingAt()) {
            // ICU spells 100 "one hundred"; "a hundred and five" is read as "one hundred and five".
            int wordStart = matcher.start(1);
            String substituted = "one " + lower.substring(wordStart);
            SpelledNumberReader.Reading reading = spelled.readAt(substituted, 0);
            if (reading != null) {
                return new Figure(at, wordStart + reading.end() - 4, Interval.exactly(reading.value()), false, true);
            }
        }
        SpelledNumberReader.Reading reading = spelled.readAt(lower, at);
        if (reading == null) {
            return null;
        }
        return new Figure(at, reading.end(), Interval.exactly(reading.value()), false, false);
    }

    /**
     * Whether a figure can start at {@code at}: an ASCII digit (what {@code \d} matches), or a run of letters that is a
     * number word or opens a round amount. Most words are neither, and this test spares them the three patterns and
     * the number-word reader, which made up most of the time spent finding numbers.
     */
    private boolean mayStartFigure(String lower, int at) {
        if (isAsciiDigit(lower.charAt(at))) {
            return true;
        }
        String word = letters(lower, at);
        return ROUND_OPENERS.contains(word) || spelled.isNumberWord(word);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The run of letters (what {@code \p{L}+} matches) starting at {@code at}, possibly empty. */
    private static String letters(String lower, int at) {
        int end = at;
        while (end < lower.length() && Character.isLetter(lower.codePointAt(end))) {
            end += Character.charCount(lower.codePointAt(end));
        }
        return lower.substring(at, end);
    }

    private static Figure digits(Matcher matcher) {
        String whole = matcher.group(1).replace(",", "");
        String fraction = matcher.group(2);
        String scale = matcher.group(3);
        if (whole.length() > 12 || (fraction != null && scale == null)) {
            return null;
        }
        long multiplier = scale == null ? 1 : SCALES.get(scale);
        double value = Double.parseDouble(whole + (fraction == null ? "" : fraction)) * multiplier;
        return new Figure(matcher.start(), matcher.end(), Interval.exactly(Math.round(value)), true, false);
    }

    /**
     * Whether the figure read from {@code start} to {@code figure.end()} is a count. The text before and after it is
     * looked at only near the figure, never copied: on a whole article (wire-copy detection reads one) copying it
     * for every figure cost the square of its length.
     */
    private static boolean isCount(String lower, int start, Figure figure, boolean qualified) {
        int end = figure.end();
        int beforeEnd = endWithoutSpaces(lower, start);
        char previous = start > 0 ? lower.charAt(start - 1) : ' ';
        if (Character.isLetterOrDigit(previous) || "$€£¥#/-".indexOf(previous) >= 0
                || (beforeEnd > 0 && lower.charAt(beforeEnd - 1) == '$') || lower.startsWith("no ", start - 3)
                || (".,:".indexOf(previous) >= 0 && start > 1 && Character.isDigit(lower.charAt(start - 2)))) {
            return false;
        }
        if (NOT_A_COUNT_AFTER.contains(lastWord(lower, beforeEnd)) || AGE_RANGE_BEFORE.matcher(lower)
                .region(Math.max(0, start - AGE_RANGE_REACH), start).find()) {
            return false;
        }
        if (end < lower.length()) {
            char next = lower.charAt(end);
            boolean gluedOn = Character.isLetterOrDigit(next) || "%/".indexOf(next) >= 0
                    || ((next == '-' || next == ':' || next == '.') && end + 1 < lower.length()
                    && Character.isLetterOrDigit(lower.charAt(end + 1)));
            // A region with the default bounds reads as the text after the figure would on its own.
            if (gluedOn || UNIT_AFTER.matcher(lower).region(end, lower.length()).lookingAt()) {
                return false;
            }
        }
        if (figure.digits()) {
            long value = figure.count().low();
            boolean year = figure.end() - figure.start() == 4 && value >= 1800 && value <= 2100;
            if ((year && !qualified) || (monthBefore(lower, start) && value <= 31)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a month name, then spaces, ends right before {@code start}. A match is the month, an optional full stop,
     * the spaces and possibly a line end ({@code $} matches before a final one) up to {@code start}, so it begins at
     * most {@link #LONGEST_MONTH} characters before them.
     */
    private static boolean monthBefore(String lower, int start) {
        int spaces = start;
        while (spaces > 0 && isSpaceOrLineEnd(lower.charAt(spaces - 1))) {
            spaces--;
        }
        return MONTH_BEFORE.matcher(lower).region(Math.max(0, spaces - LONGEST_MONTH), start).find();
    }

    /**
     * The last word of the text before {@code beforeEnd} (its end without trailing white space), as
     * {@code strip().split("\\s+")} would give it: words are split at the spaces {@code \s} matches, and white space
     * of any kind at the start of the text is no part of one.
     */
    private static String lastWord(String lower, int beforeEnd) {
        int textStart = 0;
        while (textStart < beforeEnd && Character.isWhitespace(lower.codePointAt(textStart))) {
            textStart += Character.charCount(lower.codePointAt(textStart));
        }
        int wordStart = beforeEnd;
        while (wordStart > textStart && !isRegexSpace(lower.charAt(wordStart - 1))) {
            wordStart--;
        }
        return lower.substring(wordStart, beforeEnd);
    }

    /** Where the text before {@code end} ends once trailing white space (as {@code String.strip} sees it) is cut. */
    private static int endWithoutSpaces(String lower, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(lower.codePointBefore(i))) {
            i -= Character.charCount(lower.codePointBefore(i));
        }
        return i;
    }

    /** The white space of {@code \s} in a pattern: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The white space of {@code \s} and the other line ends {@code $} knows: next line, line, paragraph separators. */
    private static boolean isSpaceOrLineEnd(char c) {
        return isRegexSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean startsWord(String lower, int i) {
        return Character.isLetterOrDigit(lower.charAt(i))
                && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)));
    }

    private static int skipSpaces(String lower, int i) {
        while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The word of letters that ends before {@code at}, past white space; empty when there is none. */
    private static String previousWord(String lower, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(lower.charAt(from - 1))) {
            from--;
        }
        return lower.substring(from, end);
    }

    private static int endOfToken(String lower, int i) {
        int j = i;
        while (j < lower.length() && Character.isLetterOrDigit(lower.charAt(j))) {
            j++;
        }
        return Math.max(j, i + 1);
    }
}
