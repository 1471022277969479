package news.crosscheck.spelling;

import java.util.Arrays;
import java.util.List;

/**
 * The edit distance of {@link SpellingRule}, counted in half letters: a vowel inserted, dropped or changed for another
 * vowel, an {@code h} inserted or dropped after the first letter, and a listed correspondence cost 1; any other
 * insertion, deletion or change of a letter, and a swap of two neighbours ({@code Reagins}/{@code Regains}), cost 2, a swap of two vowels 1
 * ({@code Scheifer}/{@code Schriefer}).
 */
final class EditCost {

    private static final String VOWELS = "aeiou";

    private EditCost() {
    }

    static int halves(String a, String b, List<Rewrite> correspondences) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int[] row : d) {
            Arrays.fill(row, Integer.MAX_VALUE / 2);
        }
        d[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                int here = d[i][j];
                if (i < n) {
                    relax(d, i + 1, j, here + indel(a, i));
                }
                if (j < m) {
                    relax(d, i, j + 1, here + indel(b, j));
                }
                if (i < n && j < m) {
                    char x = a.charAt(i);
                    char y = b.charAt(j);
                    relax(d, i + 1, j + 1, here + (x == y ? 0 : isVowel(x) && isVowel(y) ? 1 : 2));
                    if (i + 1 < n && j + 1 < m && x == b.charAt(j + 1) && y == a.charAt(i + 1) && x != y) {
                        relax(d, i + 2, j + 2, here + (isVowel(x) && isVowel(y) ? 1 : 2));
                    }
                }
                for (Rewrite r : correspondences) {
                    if (r.matchesAt(a, i, false) && r.matchesAt(b, j, true)) {
                        relax(d, i + r.from().length(), j + r.to().length(), here + 1);
                    }
                    if (r.matchesAt(a, i, true) && r.matchesAt(b, j, false)) {
                        relax(d, i + r.to().length(), j + r.from().length(), here + 1);
                    }
                }
            }
        }
        return d[n][m];
    }

    private static int indel(String word, int i) {
        char c = word.charAt(i);
        return isVowel(c) || c == 'h' && i > 0 ? 1 : 2;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static void relax(int[][] d, int i, int j, int cost) {
        if (cost < d[i][j]) {
            d[i][j] = cost;
        }
    }
}
