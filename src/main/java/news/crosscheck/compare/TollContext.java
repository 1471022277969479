package news.crosscheck.compare;

import news.crosscheck.align.Statement;
import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.number.Interval;

import java.util.ArrayList;
import java.util.List;

/**
 * What an event's articles say about its toll as a whole, which explains differences between two figures of one
 * slot: how many attackers one figure may hold and another not (killed, when an article says one or more are among
 * the dead; injured, when one says he was hurt), and how the dead rose over time, which is where injured people
 * went when a later report has fewer.
 */
final class TollContext {

    private final int perpetratorsDead;
    private final List<ArticleClaims> event;

    private TollContext(int perpetratorsDead, List<ArticleClaims> event) {
        this.perpetratorsDead = perpetratorsDead;
        this.event = event;
    }

    static TollContext of(List<ArticleClaims> event) {
        return new TollContext(event.stream().mapToInt(ArticleClaims::perpetratorsDead).max().orElse(0),
                List.copyOf(event));
    }

    /**
     * How many attackers the figure of {@code slot} in {@code higher} may count that the one in {@code lower} does
     * not, so that the two may differ by as many: for the killed, the most any article of the event says died (the
     * first reports of a murder-suicide often count the gunman without a word); for the injured, one when either
     * article says he was hurt, or {@code higher} came out after an article that did. A report out before anyone
     * said so does not hold him (seven hurt on the night, six once one of them died, the gunman shot by police two
     * days later: the six is an update, not the seven less the gunman).
     */
    int perpetratorsIn(CasualtyKind slot, ArticleClaims higher, ArticleClaims lower) {
        return switch (slot) {
            case KILLED -> perpetratorsDead;
            case INJURED -> higher.perpetratorShot() || lower.perpetratorShot()
                    || event.stream().anyMatch(a -> a.perpetratorShot() && order(a, higher) < 0) ? 1 : 0;
            default -> 0;
        };
    }

    /**
     * How many more dead the event's reports give after {@code earlier} up to {@code later} than up to
     * {@code earlier}: the highest whole killed toll of an article published after {@code earlier} and not after
     * {@code later}, less the lowest one of an article not after {@code earlier} (an implied "no one killed"
     * included). 0 when either side gives no killed toll.
     */
    long deathsAddedBetween(ArticleClaims earlier, ArticleClaims later) {
        long before = Long.MAX_VALUE;
        long after = Long.MIN_VALUE;
        for (ArticleClaims article : event) {
            boolean upToEarlier = order(article, earlier) <= 0;
            boolean upToLater = order(article, later) <= 0;
            for (CasualtyClaim claim : article.casualties()) {
                if (claim.kind() != CasualtyKind.KILLED || !claim.isWholeToll()) {
                    continue;
                }
                if (upToEarlier) {
                    before = Math.min(before, claim.count().high());
                } else if (upToLater) {
                    after = Math.max(after, claim.count().low());
                }
            }
        }
        return before == Long.MAX_VALUE || after == Long.MIN_VALUE ? 0 : Math.max(0, after - before);
    }

    /**
     * The whole tolls of {@code figure}'s slot and group that articles published before {@code article} give above it,
     * by more than the attackers in the slot and not as injured who then died, that {@code risen} holds: a later
     * report giving {@code risen} gives again a count already given, and {@code figure} is the one that disagrees
     * (three hurt; two, in another outlet, hours later; three the next day: not a toll that rose from two to three).
     * A count below {@code risen} (at least 7, then 5, then 9: the toll did rise) or above it (a war's total) says
     * nothing of it.
     */
    List<Statement> givenBefore(ArticleClaims article, CasualtyClaim figure, Interval risen) {
        List<Statement> given = new ArrayList<>();
        for (ArticleClaims other : event) {
            if (order(other, article) >= 0) {
                continue;
            }
            for (CasualtyClaim claim : other.casualties()) {
                long gap = claim.count().low() - figure.count().high();
                if (claim.kind() == figure.kind() && claim.subject().equals(figure.subject()) && claim.isWholeToll()
                        && !claim.implied() && gap > perpetratorsIn(figure.kind(), other, article)
                        && risen.contains(claim.count().low())
                        && !(figure.kind() == CasualtyKind.INJURED && deathsAddedBetween(other, article) >= gap)) {
                    given.add(new Statement(other, claim));
                }
            }
        }
        return given;
    }

    private static int order(ArticleClaims a, ArticleClaims b) {
        if (a.articleId().equals(b.articleId())) {
            return 0;
        }
        return PublicationOrder.compare(a.published(), a.publishedAt(), b.published(), b.publishedAt());
    }
}
