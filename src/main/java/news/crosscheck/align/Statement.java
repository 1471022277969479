package news.crosscheck.align;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;

/** A casualty figure with the article that states it: the unit that alignment matches across articles. */
public record Statement(ArticleClaims article, CasualtyClaim claim) {
}
