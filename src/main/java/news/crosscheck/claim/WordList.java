package news.crosscheck.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A word list kept as data: a resource file beside this class, one lower-case word or phrase a line, {@code #}
 * starting a comment. A copy desk can read and extend the lists; a diff of one is a diff of data.
 */
final class WordList {

    private WordList() {
    }

    /** The entries of {@code name} (a file in this package's resource folder), in file order, lower case. */
    static Set<String> load(String name) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the jar: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String entry = (comment < 0 ? line : line.substring(0, comment)).trim().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty()) {
                    words.add(entry.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // in file order, unlike Set.copyOf, whose order changes from one JVM to the next: a reason a report names
        // must be the same on every run
        return Collections.unmodifiableSet(words);
    }

    /**
     * A pattern that finds any entry of {@code name} as whole words in lower-case text; longer entries are tried
     * first, so a phrase wins over a word it starts with.
     */
    static Pattern anyOf(String name) {
        String alternatives = load(name).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
