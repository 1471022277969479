package news.crosscheck.claim;

import news.crosscheck.article.Sha256;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.mention.Mention;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one article, with what later stages need to know of the article itself.
 *
 * @param articleId   the article's id
 * @param outlet      who published it
 * @param published   its publication date
 * @param publishedAt its publication date or date-time as given, to order articles of one day
 * @param casualties  casualty figures, in sentence order
 * @param mentions    people and places named, in sentence order
 * @param perpetratorsDead how many of those who attacked the article says are among the dead (a murder-suicide, a
 *                         suspect shot by police: 1; "including three of the attackers": 3), 0 when none: killed
 *                         figures may then differ by whether they count them
 * @param perpetratorShot whether the article says the one who fired shot himself (dead or alive): injured figures
 *                        may then differ by whether they count him
 */
public record ArticleClaims(String articleId, String outlet, LocalDate published, String publishedAt,
                            List<CasualtyClaim> casualties, List<Mention> mentions, int perpetratorsDead,
                            boolean perpetratorShot) {

    public ArticleClaims {
        casualties = List.copyOf(casualties);
        mentions = List.copyOf(mentions);
    }

    /** Whether the article says an attacker is among the dead. */
    public boolean perpetratorDied() {
        return perpetratorsDead > 0;
    }

    /** Stable id of a casualty figure or mention of this article: from the article id and its place in the lists. */
    public String claimId(Object claim) {
        int index = casualties.indexOf(claim);
        if (index < 0) {
            index = mentions.indexOf(claim);
            if (index < 0) {
                throw new IllegalArgumentException("not a claim of " + articleId + ": " + claim);
            }
            index += casualties.size();
        }
        return Sha256.id("C", articleId + "\n" + index);
    }
}
