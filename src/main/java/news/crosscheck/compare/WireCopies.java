package news.crosscheck.compare;

import news.crosscheck.article.Article;
import news.crosscheck.claim.number.NumberParser;
import news.crosscheck.claim.number.Quantity;
import news.crosscheck.event.Clusters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        List<Text> articles = event.stream().sorted(EARLIEST_FIRST).map(Text::new).toList();
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
        private Set<String> shingles;
        private List<String> figures;

        Text(Article article) {
            this.article = article;
        }

        Set<String> shingles() {
            if (shingles == null) {
                shingles = WireCopies.shingles(article.body());
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

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }

    private static Set<String> shingles(String text) {
        List<String> words = words(text.toLowerCase(Locale.ROOT));
        Set<String> shingles = new HashSet<>(Math.max(16, words.size() * 4 / 3 + 1));
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            shingle.setLength(0);
            shingle.append(words.get(i));
            for (int k = i + 1; k < i + SHINGLE; k++) {
                shingle.append(' ').append(words.get(k));
            }
            shingles.add(shingle.toString());
        }
        return shingles;
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
