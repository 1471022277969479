package news.crosscheck.claim.text;

import news.crosscheck.claim.number.NumberParser;
import news.crosscheck.claim.number.Qualifier;
import news.crosscheck.claim.number.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of a sentence as the casualty rules see it: a word (lower-cased in {@code text}, as written in
 * {@code original}), a quantity found by {@link NumberParser}, or a punctuation mark.
 */
public record FigureToken(Type type, String text, String original, Quantity quantity) {

    public enum Type { WORD, NUMBER, PUNCT }

    public boolean isWord(String lower) {
        return type == Type.WORD && text.equals(lower);
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    /** Splits a sentence into tokens, each quantity becoming one token. Hyphenated words stay whole. */
    public static List<FigureToken> tokenize(String text, List<Quantity> quantities) {
        List<FigureToken> tokens = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < text.length()) {
            if (next < quantities.size() && quantities.get(next).start() == i) {
                Quantity quantity = quantities.get(next++);
                tokens.add(new FigureToken(Type.NUMBER, quantity.text(), quantity.text(), quantity));
                i = quantity.end();
                continue;
            }
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int limit = next < quantities.size() ? quantities.get(next).start() : text.length();
                int end = wordEnd(text, i, limit);
                String word = text.substring(i, end);
                tokens.add(new FigureToken(Type.WORD, Qualifier.lower(word), word, null));
                i = end;
            } else {
                tokens.add(new FigureToken(Type.PUNCT, String.valueOf(c), String.valueOf(c), null));
                i++;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start, int limit) {
        int i = start;
        while (i < limit) {
            char c = text.charAt(i);
            boolean inner = (c == '-' || c == '\'') && i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !inner) {
                break;
            }
            i++;
        }
        return i;
    }
}
