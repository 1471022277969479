package news.crosscheck.evaluate;

import news.crosscheck.evaluate.GoldDoc.Slot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text changes a perturbation plants, each a plausible slip of a second outlet. Edits are pure functions of
 * the text and the {@link Random} given, so a seed reproduces them.
 */
final class TextEdits {

    static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    /**
     * A figure followed within four plain words by a casualty word: {@code four people were shot and killed},
     * {@code 2 injured}. Not {@code 4-year-old}, not {@code one of the victims}: the number must stand alone.
     */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\w.,$/-])(\\d{1,3}|" + String.join("|", NUMBER_WORDS)
            + ")((?:\\s+[A-Za-z']+){0,4}?)\\s+(killed|dead|died|slain|wounded|injured|hurt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_BETWEEN = Set.of("of", "or", "years", "year", "old", "shots",
            "rounds", "times", "hours", "days", "minutes", "percent", "bullets", "was", "is");
    private static final List<String> QUALIFIERS = List.of("at least ", "more than ", "up to ", "about ", "nearly ",
            "over ", "some ", "approximately ", "around ", "almost ", "as many as ", "fewer than ", "less than ",
            "at most ");
    private static final Map<Character, Character> VOWEL_SWAPS = Map.of('a', 'e', 'e', 'a', 'i', 'y', 'y', 'i',
            'o', 'a', 'u', 'o');
    private static final String DOUBLING = "lnrstmpdfgbckz";

    private TextEdits() {
    }

    /** A figure written in a text, at {@code start..end}, counting the slot. */
    record Figure(int start, int end, String written, int value, Slot slot) {
    }

    /** The figures of the text that state the slot's count exactly (no qualifier before them), in text order. */
    static List<Figure> figures(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String between = m.group(2).toLowerCase(Locale.ROOT).strip();
            boolean plain = between.isEmpty()
                    || Arrays.stream(between.split("\\s+")).noneMatch(NOT_BETWEEN::contains);
            String before = text.substring(Math.max(0, m.start() - 16), m.start()).toLowerCase(Locale.ROOT);
            if (!plain || QUALIFIERS.stream().anyMatch(before::endsWith)) {
                continue;
            }
            String casualty = m.group(3).toLowerCase(Locale.ROOT);
            Slot slot = Set.of("killed", "dead", "died", "slain").contains(casualty) ? Slot.KILLED : Slot.INJURED;
            figures.add(new Figure(m.start(1), m.end(1), m.group(1), value(m.group(1)), slot));
        }
        return figures;
    }

    /** {@code n} written the way {@code like} is: digits, or a number word with its capitalisation. */
    static Optional<String> writeLike(String like, int n) {
        if (Character.isDigit(like.charAt(0))) {
            return Optional.of(Integer.toString(n));
        }
        if (n < 0 || n >= NUMBER_WORDS.size()) {
            return Optional.empty();
        }
        String word = NUMBER_WORDS.get(n);
        return Optional.of(Character.isUpperCase(like.charAt(0))
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }

    /** A changed figure: N±1..3, never 0, written like the original; empty if none can be written. */
    static Optional<String> changedFigure(String written, int n, Random random) {
        List<Integer> choices = new ArrayList<>(List.of(n + 1, n + 2, n + 3));
        if (n >= 2) {
            choices.add(n - 1);
        }
        List<String> writable = choices.stream().map(c -> writeLike(written, c)).flatMap(Optional::stream).toList();
        return writable.isEmpty() ? Optional.empty() : Optional.of(writable.get(random.nextInt(writable.size())));
    }

    /** {@code at least N-2}, for N of three or more, capitalised like the original. */
    static Optional<String> hedgedFigure(String written, int n) {
        if (n < 3) {
            return Optional.empty();
        }
        boolean capital = Character.isUpperCase(written.charAt(0));
        return writeLike(written.toLowerCase(Locale.ROOT), n - 2)
                .map(lower -> (capital ? "At least " : "at least ") + lower);
    }

    /**
     * The plausible respellings of a surname: a vowel swapped ({@code a↔e}, {@code i↔y}, {@code o→a}, {@code u→o})
     * or a consonant doubled (or a double one made single) after the first letter and before the last, and the transliteration
     * endings {@code -ov}/{@code -off}, {@code -ev}/{@code -eff}. The first letter is never touched.
     */
    static List<String> respellings(String surname) {
        List<String> spellings = new ArrayList<>();
        String lower = surname.toLowerCase(Locale.ROOT);
        if (lower.endsWith("off") || lower.endsWith("eff")) {
            spellings.add(surname.substring(0, surname.length() - 2) + "v");
        } else if (lower.endsWith("ov") || lower.endsWith("ev")) {
            spellings.add(surname.substring(0, surname.length() - 1) + "ff");
        }
        for (int i = 1; i < surname.length(); i++) {
            char c = surname.charAt(i);
            if (!Character.isLowerCase(c)) {
                continue;
            }
            Character swap = VOWEL_SWAPS.get(c);
            if (swap != null) {
                spellings.add(surname.substring(0, i) + swap + surname.substring(i + 1));
            }
            boolean doubled = i + 1 < surname.length() && surname.charAt(i + 1) == c;
            boolean last = i == surname.length() - 1;
            if (DOUBLING.indexOf(c) >= 0 && doubled) {
                spellings.add(surname.substring(0, i) + surname.substring(i + 1));
            } else if (DOUBLING.indexOf(c) >= 0 && surname.charAt(i - 1) != c && !last) {
                spellings.add(surname.substring(0, i + 1) + surname.charAt(i) + surname.substring(i + 1));
            }
        }
        return spellings.stream().distinct().filter(s -> !s.equalsIgnoreCase(surname)).toList();
    }

    /** Every whole-word occurrence of {@code word} (case as written) replaced. */
    static String replaceWord(String text, String word, String replacement) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text)
                .replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static int value(String written) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written)
                : NUMBER_WORDS.indexOf(written.toLowerCase(Locale.ROOT));
    }
}
