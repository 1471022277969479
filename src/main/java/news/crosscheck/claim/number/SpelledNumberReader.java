package news.crosscheck.claim.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.text.ParsePosition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads English cardinal number words ({@code twenty-eight}, {@code Twenty eight}, {@code one hundred and eight})
 * with ICU's spell-out rules.
 *
 * <p>ICU's lenient parse accepts spaced forms but costs milliseconds per call even when nothing matches, and it
 * reads prefixes of other words ({@code tens} as 10, {@code onerous} as 1, {@code first} as 1). So a run of number
 * words is found first, with a vocabulary taken from ICU's own spell-out of 0-20, the tens and the powers of ten;
 * the run is parsed strictly, and the result is accepted only when formatting it back gives the same words.
 * Strict parsing misreads spaced forms ({@code twenty eight} as 2008), which the round trip catches; those runs
 * go to the lenient parser. A run that still does not round-trip is shortened from the right.
 *
 * <p>The reading of each run is remembered ({@value #REMEMBERED} runs at most): the same few runs ({@code two},
 * {@code twenty-eight}) come back in article after article, and ICU's parse is most of the cost of reading one.
 */
final class SpelledNumberReader {

    /** A parsed run of number words: [start, end) in the text and its value. */
    record Reading(int start, int end, long value) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern AND = Pattern.compile("\\band\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> JOINERS = Set.of("and");
    static final int REMEMBERED = 10_000;

    private final RuleBasedNumberFormat strict = spellOut(false);
    private final RuleBasedNumberFormat lenient = spellOut(true);
    private final Set<String> vocabulary = vocabulary();
    private final Map<String, Optional<Long>> readings = new HashMap<>();

    private static RuleBasedNumberFormat spellOut(boolean lenientParse) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(lenientParse);
        return format;
    }

    private Set<String> vocabulary() {
        Set<String> words = new HashSet<>();
        long[] samples = {20, 30, 40, 50, 60, 70, 80, 90, 100, 1_000, 1_000_000, 1_000_000_000L};
        for (long n = 0; n < 20; n++) {
            words.addAll(words(strict.format(n)));
        }
        for (long n : samples) {
            words.addAll(words(strict.format(n)));
        }
        return Set.copyOf(words);
    }

    private static Set<String> words(String spelled) {
        return Set.of(spelled.split("[ -]"));
    }

    boolean isNumberWord(String lowerWord) {
        return vocabulary.contains(lowerWord);
    }

    /** The number words: a run of them is what {@link #readAt} reads. */
    Set<String> numberWords() {
        return vocabulary;
    }

    /**
     * Reads the number words starting at {@code from} (which must start a word) in the lower-cased text.
     * Returns {@code null} when no cardinal starts there.
     */
    Reading readAt(String lower, int from) {
        int[] ends = runEnds(lower, from);
        for (int i = ends.length - 1; i >= 0; i--) {
            int end = ends[i];
            if (end <= from) {
                continue;
            }
            Optional<Long> value = remembered(lower.substring(from, end));
            if (value.isPresent()) {
                return new Reading(from, end, value.get());
            }
        }
        return null;
    }

    /** Ends of successively longer prefixes of the run of number words at {@code from}, each ending on a number word. */
    private int[] runEnds(String lower, int from) {
        int[] ends = new int[16];
        int count = 0;
        Matcher word = WORD.matcher(lower);
        int position = from;
        while (count < ends.length && word.find(position) && word.start() == position) {
            String w = word.group();
            if (vocabulary.contains(w)) {
                ends[count++] = word.end();
            } else if (!JOINERS.contains(w) || count == 0) {
                break;
            }
            int next = word.end();
            // Words of one number are joined by a single space or hyphen; anything else ends the run.
            if (next + 1 < lower.length() && (lower.charAt(next) == ' ' || lower.charAt(next) == '-')
                    && Character.isLetter(lower.charAt(next + 1))) {
                position = next + 1;
            } else {
                break;
            }
        }
        int[] result = new int[count];
        System.arraycopy(ends, 0, result, 0, count);
        return result;
    }

    private Optional<Long> remembered(String run) {
        if (readings.size() >= REMEMBERED) {
            readings.clear();
        }
        return readings.computeIfAbsent(run, r -> Optional.ofNullable(parse(r)));
    }

    private Long parse(String run) {
        String expected = canonical(run);
        Long value = parseWith(strict, run);
        if (value != null && canonical(strict.format(value)).equals(expected)) {
            return value;
        }
        value = parseWith(lenient, run);
        if (value != null && canonical(strict.format(value)).equals(expected)) {
            return value;
        }
        return null;
    }

    private static Long parseWith(RuleBasedNumberFormat format, String run) {
        ParsePosition position = new ParsePosition(0);
        Number number = format.parse(run, position);
        if (number == null || position.getIndex() != run.length()) {
            return null;
        }
        return number.longValue();
    }

    /** Words only, single-spaced, without "and": the form in which two spellings of a number are compared. */
    private static String canonical(String spelled) {
        return String.join(" ", SPACES.split(AND.matcher(spelled.toLowerCase(Locale.ROOT).replace('-', ' '))
                .replaceAll(" ").trim()));
    }
}
