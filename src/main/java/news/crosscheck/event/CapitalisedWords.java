package news.crosscheck.event;

/**
 * The capitalised words of a text, one after another: a capital letter, then letters, apostrophes and hyphens, ending
 * in a letter (what {@code \p{Lu}[\p{L}'-]*\p{L}} finds, the same matches in the same order). Read by hand, one code
 * point at a time: the regular expression tested its Unicode class at every character of every article, a large
 * share of the names' cost in grouping.
 */
final class CapitalisedWords {

    private final String text;
    private int next;
    private int start = -1;
    private int end = -1;

    CapitalisedWords(String text) {
        this.text = text;
    }

    /** Moves to the next capitalised word; false when there is none. */
    boolean find() {
        int length = text.length();
        int at = next;
        while (at < length) {
            int c = text.codePointAt(at);
            int after = at + Character.charCount(c);
            if (Character.getType(c) == Character.UPPERCASE_LETTER) {
                int lastLetterEnd = -1;
                int j = after;
                while (j < length) {
                    int d = text.codePointAt(j);
                    if (Character.isLetter(d)) {
                        j += Character.charCount(d);
                        lastLetterEnd = j;
                    } else if (d == '\'' || d == '-') {
                        j++;
                    } else {
                        break;
                    }
                }
                if (lastLetterEnd > 0) {
                    start = at;
                    end = lastLetterEnd;
                    next = end;
                    return true;
                }
            }
            at = after;
        }
        next = length;
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String word() {
        return text.substring(start, end);
    }
}
