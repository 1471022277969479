package news.crosscheck.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list kept as a resource file: one entry a line, {@code #} starts a comment, blank lines are skipped, entries
 * are lower-cased. Lists are data a copy desk can read and extend; each file's header says what it is for.
 */
public final class WordList {

    private WordList() {
    }

    /** The entries of a resource, in file order; {@code resource} is absolute ({@code /news/crosscheck/...}). */
    public static List<String> lines(String resource) {
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the class path");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    /** The entries of a resource as a set. */
    public static Set<String> words(String resource) {
        return Set.copyOf(new LinkedHashSet<>(lines(resource)));
    }

    /**
     * A pattern that finds any entry of a resource as whole words in lower-case text; longer entries are tried first,
     * so a phrase wins over a word it starts with.
     */
    public static Pattern anyOf(String resource) {
        String alternatives = lines(resource).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
