package news.crosscheck.claim;

import news.crosscheck.article.Article;
import news.crosscheck.claim.casualty.AttributionFinder;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.casualty.ImpliedToll;
import news.crosscheck.claim.context.EarlierCounts;
import news.crosscheck.claim.context.LeadToll;
import news.crosscheck.claim.context.OtherEventDetector;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionExtractor;
import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.claim.text.SentenceSplitter;
import news.crosscheck.spelling.NameFold;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Extracts every claim of one article: its sentences (title first), the people and places it names, and its
 * casualty figures, each figure marked when the sentence is about another event than the article's own, and with
 * who gives it when the sentence says so.
 *
 * <p>An instance keeps state (ICU's number formats, the number words and surname pairs it has already read): one per
 * thread.
 */
public final class ClaimExtractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final MentionExtractor mentions;
    private final CasualtyExtractor casualties = new CasualtyExtractor();
    private final OtherEventDetector otherEvents = new OtherEventDetector();
    private final AttributionFinder attributions = new AttributionFinder();

    /** @param sameSurname whether two surnames are one name spelled differently, to link 'Pasechnik' to its full name */
    public ClaimExtractor(BiPredicate<String, String> sameSurname) {
        this.mentions = new MentionExtractor(sameSurname);
    }

    public ArticleClaims extract(Article article) {
        String text = article.fullText();
        List<Sentence> sentences = splitter.split(text);
        // "told Haïti Horizon": the article's own outlet is no one it names
        String outlet = NameFold.fold(article.outlet());
        List<Mention> named = mentions.extract(sentences).stream()
                .filter(m -> !NameFold.fold(m.name()).equals(outlet)).toList();
        List<Mention> places = named.stream().filter(m -> m.kind() == MentionKind.PLACE).toList();
        List<CasualtyClaim> read = CasualtyExtractor.nationalShares(CasualtyExtractor.conditionAloneIsWhole(
                otherEvents.classify(casualties.extract(sentences), sentences, places, article.published())));
        List<CasualtyClaim> figures = new ArrayList<>(LeadToll.mark(EarlierCounts.mark(read, article.published()))
                .stream()
                .map(c -> c.withSource(attributions.sourceOf(c.sentence()))).toList());
        ImpliedToll.noneKilled(figures, sentences, text).ifPresent(figures::add);
        int died = ImpliedToll.perpetratorsDead(text);
        boolean shot = ImpliedToll.perpetratorShot(text);
        if (died > 0 || shot) {
            // only what the sentences about this event say counts, not "the gunman in the Oregon shooting ... turned
            // the gun on himself" in a background paragraph (read only when some sentence says it: most do not)
            String own = otherEvents.ownEvent(sentences, places, article.published(), figures).stream()
                    .map(Sentence::text).collect(Collectors.joining(" "));
            died = Math.min(died, ImpliedToll.perpetratorsDead(own));
            shot = shot && ImpliedToll.perpetratorShot(own);
        }
        return new ArticleClaims(article.id(), article.outlet(), article.published(), article.publishedAt(),
                figures, named, died, shot);
    }
}
