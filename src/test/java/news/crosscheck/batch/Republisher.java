package news.crosscheck.batch;

import news.crosscheck.article.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an article again as another outlet republishes it: the outlet's name, a few ordinary words changed, and
 * its paragraphs cut or moved the way a desk trims a wire story (each copy differently). Figures and names stay as
 * they were, so the copy reports what its original reports.
 */
final class Republisher {

    /** The outlets that republish, one per copy. */
    static final List<String> OUTLETS = List.of("Harbour Gazette", "Plains Tribune", "Eastern Dispatch");

    /** Ordinary words a copy editor swaps; the first occurrence of each is changed. */
    private static final List<Map.Entry<String, String>> EDITS = List.of(
            Map.entry(" said ", " told reporters "),
            Map.entry(" after ", " following "),
            Map.entry(" building", " structure"),
            Map.entry(" town ", " city "));

    private Republisher() {
    }

    /** Writes copy number {@code copy} of {@code article} below {@code input}; returns its article id. */
    static String write(Path input, Article article, int copy) throws IOException {
        String outlet = OUTLETS.get(copy);
        String body = edited(article.body(), copy);
        String folder = outlet.toLowerCase(Locale.ROOT).replace(' ', '-');
        String name = article.id().replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("\\.(txt|csv)", "") + ".txt";
        Path file = input.resolve(folder).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Outlet: " + outlet + "\nPublished: " + article.publishedAt() + "\nTitle: "
                + article.title() + "\n\n" + body + "\n");
        return folder + "/" + name;
    }

    /**
     * The body with a few words changed, and, by copy: the last paragraph dropped, the last two swapped, or the
     * second paragraph's last sentence dropped.
     */
    static String edited(String body, int copy) {
        String text = body;
        for (Map.Entry<String, String> edit : EDITS) {
            text = text.replaceFirst(Pattern.quote(edit.getKey()), edit.getValue());
        }
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\\s*\n")));
        int last = paragraphs.size() - 1;
        if (last >= 2) {
            switch (copy) {
                case 0 -> paragraphs.remove(last);
                case 1 -> paragraphs.add(last - 1, paragraphs.remove(last));
                default -> paragraphs.set(1, dropLastSentence(paragraphs.get(1)));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String dropLastSentence(String paragraph) {
        int end = paragraph.stripTrailing().length() - 1;
        int cut = Math.max(paragraph.lastIndexOf(". ", end - 1), paragraph.lastIndexOf("? ", end - 1));
        return cut > 0 ? paragraph.substring(0, cut + 1) : paragraph;
    }
}
