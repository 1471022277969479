package news.crosscheck.claim.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A maximal sequence of capitalised words in a sentence ({@code Tulsa Police Officer Jane Doe},
 * {@code St. Petersburg}), the raw material of person and place names. Name particles are kept inside a run
 * ({@code Ursula von der Leyen}); stop words, possessives and punctuation end it.
 *
 * @param from    index of the first token
 * @param to      index after the last token
 * @param initial whether the run opens the sentence, where any word is capitalised
 */
record NameRun(int from, int to, boolean initial) {

    static List<NameRun> find(List<NameToken> tokens) {
        List<NameRun> runs = new ArrayList<>();
        int firstWord = firstWord(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                // Police and Forces are stop words when they open a sentence, but stay inside Tulsa Police Officer.
                if (isNameWord(tokens.get(j)) || tokens.get(j).isCapitalised()
                        && NameLexicon.ORGANISATION_WORDS.contains(tokens.get(j).lower())) {
                    j++;
                } else if (isSurnameInCapitals(tokens, j, firstWord)) {
                    j++;
                    break;
                } else if (NameLexicon.PARTICLES.contains(tokens.get(j).lower()) && j + 1 < tokens.size()
                        && isNameWord(tokens.get(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            runs.add(new NameRun(i, j, i == firstWord));
            i = j;
        }
        return runs;
    }

    /**
     * A word in capitals that ends a run of names, as French and West African copy writes a surname ({@code Alpha
     * Oumar DIALLO, 17,}, {@code the prefect, Kerfala YANSANÉ, said}), before a comma; an acronym opens a run or
     * stands alone ({@code FBI agents}, {@code the UN}), or follows a name before a word ({@code SeaMicro CEO said}).
     * The word before it is a given name as names are written, capital and small letters ({@code Oumar}, not
     * {@code SeaMicro}), and not an ordinary word opening the sentence ({@code Even IBM, the leader}).
     */
    private static boolean isSurnameInCapitals(List<NameToken> tokens, int j, int firstWord) {
        String text = tokens.get(j).text();
        boolean capitals = text.length() >= 2 && Character.isLetter(text.charAt(0))
                && text.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'');
        NameToken before = tokens.get(j - 1);
        return capitals && isGivenNameCase(before.text())
                && !(j - 1 == firstWord && NameLexicon.ORDINARY_WORDS.contains(before.lower()))
                && j + 1 < tokens.size() && tokens.get(j + 1).text().equals(",");
    }

    /** {@code Oumar}, {@code Marie-Claire}: a capital, then small letters only. */
    private static boolean isGivenNameCase(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.charAt(0))
                && word.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'');
    }

    static boolean isNameWord(NameToken token) {
        return token.isCapitalised() && !NameLexicon.STOP_WORDS.contains(token.lower());
    }

    private static int firstWord(List<NameToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord()) {
                return i;
            }
        }
        return -1;
    }

    NameRun from(int newFrom) {
        return new NameRun(newFrom, to, initial && newFrom == from);
    }

    int size() {
        return to - from;
    }

    String text(String sentence, List<NameToken> tokens) {
        return sentence.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    boolean anyWordIn(List<NameToken> tokens, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
