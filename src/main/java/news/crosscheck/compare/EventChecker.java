package news.crosscheck.compare;

import news.crosscheck.align.AlignedGroup;
import news.crosscheck.align.ClaimAligner;
import news.crosscheck.claim.ArticleClaims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every discrepancy of one event: casualty figures aligned with Lucene and compared, then people's and places'
 * names compared for spelling. The result is sorted by kind, subject and id, so it is the same on every run.
 */
public final class EventChecker {

    private final ClaimAligner aligner;
    private final CountComparator counts = new CountComparator();
    private final NameVariantFinder names;

    public EventChecker(double minAlignmentScore, SpellingVariants variants, HouseStyle houseStyle) {
        this.aligner = new ClaimAligner(minAlignmentScore);
        this.names = new NameVariantFinder(variants, houseStyle);
    }

    public List<Discrepancy> check(String eventId, List<ArticleClaims> event) {
        return check(eventId, event, Map.of());
    }

    /** @param copyOf for each article that is wire copy, its original: a discrepancy counts it once */
    public List<Discrepancy> check(String eventId, List<ArticleClaims> event, Map<String, String> copyOf) {
        List<Discrepancy> found = new ArrayList<>();
        TollContext context = TollContext.of(event);
        for (AlignedGroup group : aligner.align(event)) {
            found.addAll(counts.compare(eventId, group, context));
        }
        found.addAll(names.find(eventId, event));
        found.replaceAll(d -> d.countingCopiesOnce(copyOf));
        found.sort(Comparator.comparing(Discrepancy::kind).thenComparing(Discrepancy::subject)
                .thenComparing(Discrepancy::id));
        return found;
    }
}
