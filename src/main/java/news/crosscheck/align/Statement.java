package news.crosscheck.align;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.number.Interval;

/**
 * A casualty figure with the article that states it: the unit that alignment matches across articles.
 *
 * @param part whether the figure stands in the group of everyone for the whole toll of a group within it ("shot
 *             four men" says at least four people were shot): it then counts at least its figure
 */
public record Statement(ArticleClaims article, CasualtyClaim claim, boolean part) {

    public Statement(ArticleClaims article, CasualtyClaim claim) {
        this(article, claim, false);
    }

    /** What the figure says of its aligned group's count: its own, or at least it when it is a {@link #part}. */
    public Interval count() {
        return part ? Interval.atLeast(claim.count().low()) : claim.count();
    }

    /** The group of people its aligned group counts. */
    public String subject() {
        return part ? CasualtyClaim.PEOPLE : claim.subject();
    }

    /** The figure as a desk reads it in an explanation: "four", or "four men" when it stands for a part. */
    public String figure() {
        return part ? claim.value() + " " + claim.subject() : claim.value();
    }
}
