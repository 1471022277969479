package news.crosscheck.spelling;

import java.util.ArrayList;
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

    /**
     * The cost of the cheapest edit of {@code a} into {@code b}, or some value above {@code limit} when every edit
     * costs more than that (the rule needs no more; most pairs it is asked about are far apart, and stop early).
     */
    static int halves(String a, String b, List<Rewrite> correspondences, int limit) {
        int n = a.length();
        int m = b.length();
        // the correspondences that read at each letter of a, found once rather than at every cell
        List<List<Step>> stepsOfA = steps(a, correspondences);
        // the most rows one step goes down: a swap of two letters, or a correspondence's letters in a
        int reach = Math.max(2, stepsOfA.stream().flatMap(List::stream).mapToInt(Step::lengthInA).max().orElse(0));
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
                if (i < n) {
                    for (Step s : stepsOfA.get(i)) {
                        if (s.rewrite().matchesAt(b, j, !s.reversed())) {
                            relax(d, i + s.lengthInA(), j + s.lengthInB(), here + 1);
                        }
                    }
                }
            }
            // every edit still open passes through one of the next rows, whose cells hold no less than it will cost
            if (i < n && lowest(d, i + 1, Math.min(n, i + reach)) > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }

    /**
     * A correspondence that reads at a letter of the first word ({@code to} for {@code from} when reversed), and how
     * many letters it takes there and in the second word, whose letters must read the other side.
     */
    private record Step(Rewrite rewrite, boolean reversed, int lengthInA, int lengthInB) {
    }

    private static List<List<Step>> steps(String word, List<Rewrite> correspondences) {
        List<List<Step>> steps = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            List<Step> here = new ArrayList<>(0);
            for (Rewrite r : correspondences) {
                if (r.matchesAt(word, i, false)) {
                    here.add(new Step(r, false, r.from().length(), r.to().length()));
                }
                if (r.matchesAt(word, i, true)) {
                    here.add(new Step(r, true, r.to().length(), r.from().length()));
                }
            }
            steps.add(here);
        }
        return steps;
    }

    private static int lowest(int[][] d, int fromRow, int toRow) {
        int lowest = Integer.MAX_VALUE;
        for (int i = fromRow; i <= toRow; i++) {
            for (int cost : d[i]) {
                lowest = Math.min(lowest, cost);
            }
        }
        return lowest;
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
