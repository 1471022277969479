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
     * A pattern that finds any entry of a resource as whole words in lower-case text; a longer entry wins over one it
     * starts with ("shot himself" over "shot"). The entries are laid out as a tree of their common beginnings
     * ({@code kill(?:ed|ing)?}), so at each position of the text the pattern reads a character or two before it
     * fails, instead of trying every entry in turn: the lists are searched over every article's whole text.
     */
    public static WordStartPattern anyOf(String resource) {
        return anyOf(lines(resource));
    }

    /** The same pattern for entries already read, lower case. */
    public static WordStartPattern anyOf(List<String> entries) {
        return WordStartPattern.compile(regex(entries));
    }

    /** The regular expression of {@link #anyOf(List)}, for a pattern that holds it as one of its parts. */
    public static String regex(List<String> entries) {
        Node root = new Node();
        entries.forEach(root::add);
        return "(?<![\\p{L}\\p{N}])" + root.regex() + "(?![\\p{L}\\p{N}])";
    }

    /** A node of the tree of entries: the characters that may follow, and whether an entry ends here. */
    private static final class Node {

        private final java.util.TreeMap<Character, Node> next = new java.util.TreeMap<>();
        private boolean ends;

        void add(String entry) {
            Node node = this;
            for (char c : entry.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node());
            }
            node.ends = true;
        }

        /** The alternatives after this node; an entry that ends here comes last, so a longer one is tried first. */
        String regex() {
            List<String> branches = new ArrayList<>();
            next.forEach((c, node) -> branches.add(literal(c) + node.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            if (ends) {
                branches.add("");
            }
            return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
        }

        private static String literal(char c) {
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }
}
