package news.crosscheck.spelling;

/**
 * One line of {@code equivalents.txt} or {@code correspondences.txt}: letters {@code from} written {@code to}, at the
 * start of a word only ({@code ^}), at its end only ({@code $}) or anywhere.
 */
record Rewrite(String from, String to, boolean atStart, boolean atEnd) {

    static Rewrite of(String from, String to) {
        boolean start = from.startsWith("^");
        boolean end = from.endsWith("$");
        return new Rewrite(strip(from), strip(to), start, end);
    }

    private static String strip(String s) {
        return s.replace("^", "").replace("$", "");
    }

    boolean anchored() {
        return atStart || atEnd;
    }

    /** Whether {@code from} (or {@code to}, when {@code reversed}) stands in {@code word} at {@code i}, anchors kept. */
    boolean matchesAt(String word, int i, boolean reversed) {
        String s = reversed ? to : from;
        return word.startsWith(s, i) && (!atStart || i == 0) && (!atEnd || i + s.length() == word.length());
    }

    String applyTo(String word) {
        if (atStart) {
            return word.startsWith(from) ? to + word.substring(from.length()) : word;
        }
        if (atEnd) {
            return word.endsWith(from) ? word.substring(0, word.length() - from.length()) + to : word;
        }
        return word.replace(from, to);
    }
}
