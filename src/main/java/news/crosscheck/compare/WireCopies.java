package news.crosscheck.compare;

import news.crosscheck.article.Article;
import news.crosscheck.claim.number.NumberParser;
import news.crosscheck.claim.number.Quantity;
import news.crosscheck.event.Clusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds republished wire copy among the articles of one event: the same text under different outlets, word
 * 5-gram (shingle) overlap at least {@value #MIN_OVERLAP} of the smaller article's, with the very same figures. A
 * copy whose figure was changed is not a copy: its figure is a report of its own, and a disagreement with it is a
 * discrepancy like any other. Each copy points to the earliest article of its group (by publication, then id).
 */
public final class WireCopies {

    static final double MIN_OVERLAP = 0.8;
    private static final int SHINGLE = 5;

    private final NumberParser numbers = new NumberParser();

    /** For each article that is a copy, the id of the original; originals and independent reports are absent. */
    public Map<String, String> copyOf(List<Article> event) {
        Numbering numbering = new Numbering();
        List<Text> articles = event.stream().sorted(EARLIEST_FIRST).map(a -> new Text(a, numbering)).toList();
        Clusters copies = new Clusters(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Text a = articles.get(i);
                Text b = articles.get(j);
                if (!a.article.outlet().equals(b.article.outlet())
                        && overlap(a.shingles(), b.shingles()) >= MIN_OVERLAP
                        && a.figures().equals(b.figures())) {
                    copies.union(i, j);
                }
            }
        }
        Map<String, String> copyOf = new TreeMap<>();
        for (List<Integer> group : copies.groups()) {
            String original = articles.get(group.get(0)).article.id();
            group.stream().skip(1).forEach(i -> copyOf.put(articles.get(i).article.id(), original));
        }
        return copyOf;
    }

    /**
     * One article as the comparison reads it, each form made on first use: an article alone in its event, or only
     * with articles of its own outlet, is never read. Reading the figures is most of the cost (the number parser goes
     * over the whole body), and only a pair whose text already overlaps needs them, which most pairs of an event,
     * told by different outlets in their own words, never do.
     */
    private final class Text {

        private final Article article;
        private final Numbering numbering;
        private int[] shingles;
        private List<String> figures;

        Text(Article article, Numbering numbering) {
            this.article = article;
            this.numbering = numbering;
        }

        int[] shingles() {
            if (shingles == null) {
                shingles = numbering.shingles(article.body());
            }
            return shingles;
        }

        List<String> figures() {
            if (figures == null) {
                figures = WireCopies.this.figures(article.body());
            }
            return figures;
        }
    }

    /** The share of the smaller set's shingles that the other has too; each set sorted, each number once. */
    private static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return (double) shared / Math.min(a.length, b.length);
    }

    /**
     * The words and shingles of one event's articles, each numbered the first time it is met: an article's shingles
     * are then a sorted set of numbers, and two articles' shared shingles are counted by a merge of two arrays rather
     * than by looking each shingle's text up. Two shingles have one number exactly when their words are the same (a
     * word holds no space), so the counts are those of the shingles' texts.
     */
    private static final class Numbering {

        private final Map<String, Integer> words = new HashMap<>();
        private final Map<Shingle, Integer> shingles = new HashMap<>();

        /** The numbers of the text's distinct word 5-grams, lower case, sorted. */
        int[] shingles(String text) {
            List<String> all = words(text.toLowerCase(Locale.ROOT));
            int[] numbers = new int[all.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = words.computeIfAbsent(all.get(i), word -> words.size());
            }
            int count = Math.max(0, numbers.length - SHINGLE + 1);
            int[] found = new int[count];
            for (int i = 0; i < count; i++) {
                found[i] = shingles.computeIfAbsent(new Shingle(numbers[i], numbers[i + 1], numbers[i + 2],
                        numbers[i + 3], numbers[i + 4]), shingle -> shingles.size());
            }
            return Arrays.stream(found).sorted().distinct().toArray();
        }
    }

    /** Five words in a row, by their numbers. */
    private record Shingle(int first, int second, int third, int fourth, int fifth) {
    }

    /**
     * The runs of letters and digits of a text, as splitting it at {@code [^\p{L}\p{N}]+} gives them: an empty first
     * word when the text starts with neither (and has a word), none when it has no word. Read by hand: the pattern
     * was tried at every character of every article of an event.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int length = text.length();
        int at = 0;
        while (at < length) {
            int c = text.codePointAt(at);
            if (!isWordCharacter(c)) {
                at += Character.charCount(c);
                continue;
            }
            if (words.isEmpty() && at > 0) {
                words.add("");
            }
            int start = at;
            while (at < length && isWordCharacter(c = text.codePointAt(at))) {
                at += Character.charCount(c);
            }
            words.add(text.substring(start, at));
        }
        return words;
    }

    /** A letter or a number, as {@code [\p{L}\p{N}]} has it. */
    private static boolean isWordCharacter(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private List<String> figures(String text) {
        List<String> figures = new ArrayList<>();
        for (Quantity quantity : numbers.find(text)) {
            figures.add(quantity.count().toString());
        }
        return figures;
    }

    private static final Comparator<Article> EARLIEST_FIRST = Comparator.comparing(Article::published)
            .thenComparing(Article::publishedAt).thenComparing(Article::id);
}
