package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.FigureToken;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A running total named before its figure, in one clause: "the death toll rose to [31]", "bringing the toll to
 * [40]", "the toll from the floods has climbed to [108]", "the number of injured stands at [40]", "the number of
 * people killed in a strike on a bakery in the town of X has risen to [31]", "the number of people who died is now
 * [14]".
 *
 * <p>The word right before the figure must be a link ({@link CasualtyWords#TOLL_LINKS}: {@code to}, {@code at},
 * {@code reached}, {@code now}, ...). From there the clause is read backwards, at most {@value #REACH} words and
 * never across punctuation, another figure or a verb of saying, for the head of the total: {@code toll} counts
 * the dead; {@code number of} counts the slot of the first casualty word within {@value #GROUP_REACH} words after
 * it ({@code number of people killed}, {@code number of wounded}, {@code number of deaths}). The reach is long
 * because the place of the attack often sits between the head and its verb. A {@code number of} without a
 * casualty word ({@code number of casualties}, which may mix the dead and the injured) is no toll.
 *
 * @param kind    the slot the total counts
 * @param subject the group named after {@code number of} ({@code children} in "the number of children killed"),
 *                empty when the head names none
 */
record TollPhrase(CasualtyKind kind, String subject) {

    static final int REACH = 24;
    static final int GROUP_REACH = 4;
    private static final Set<String> CLAUSE_ENDS = Set.of("said", "says", "told", "according", "but", "while");

    /** The toll phrase that ends right before the figure at token {@code k}, if any. */
    static Optional<TollPhrase> before(List<FigureToken> tokens, int k) {
        if (k == 0 || !CasualtyWords.TOLL_LINKS.contains(tokens.get(k - 1).text())) {
            return Optional.empty();
        }
        for (int i = k - 1; i >= 0 && i >= k - REACH; i--) {
            FigureToken token = tokens.get(i);
            if (!token.isWord() || CLAUSE_ENDS.contains(token.text())) {
                return Optional.empty();
            }
            if (token.text().equals("toll") || token.text().equals("tolls")) {
                return Optional.of(new TollPhrase(CasualtyKind.KILLED, ""));
            }
            if (token.isWord("number") && i + 1 < k - 1 && tokens.get(i + 1).isWord("of")) {
                return numberOf(tokens, i + 2, k);
            }
        }
        return Optional.empty();
    }

    /** "number of [people killed]", "number of [dead]", "number of [children who died]". */
    private static Optional<TollPhrase> numberOf(List<FigureToken> tokens, int from, int k) {
        for (int i = from; i < k && i < from + GROUP_REACH; i++) {
            String word = tokens.get(i).text();
            CasualtyKind kind = CasualtyWords.GROUPS.getOrDefault(word, CasualtyWords.PREDICATES.get(word));
            if (kind != null) {
                SubjectPhrase group = SubjectPhrase.read(tokens, from, Interval.atLeast(2));
                return Optional.of(new TollPhrase(kind, group.isEmpty() ? "" : group.noun()));
            }
        }
        return Optional.empty();
    }
}
