package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the figures an article gives as its event's count at an earlier day, beside a later count of its own:
 * "Provincial officials said on Friday that 47 were injured. On Thursday night the figures were eight dead, 17
 * missing and 41 injured." (published Friday). The sentence says what a count stood at ({@code the figures were},
 * {@code the toll stood at}, {@code the toll rose to}, {@code as of}), and names a day before publication
 * ({@code Thursday night}, {@code yesterday}, {@code last night}); the article gives another whole figure of the slot
 * with another count. Such a figure is {@link Scope#EARLIER}: this event's, superseded, never compared as the
 * article's toll. Without a later figure beside it, it is all the article says of the slot and stays whole.
 */
public final class EarlierCounts {

    /**
     * A count's standing: "the figures were", "the death toll stood at", "the toll rose to four on Sunday morning",
     * "the number of injured was", "as of".
     */
    private static final Pattern STANDING = Pattern.compile("(?i)\\b(?:(?:figures?|toll|tally|count|number of "
            + "[\\p{L}-]+(?: [\\p{L}-]+)?) (?:then )?(?:was|were|stood|had stood|had been|rose|had risen|climbed"
            + "|had climbed|reached|had reached)|as of)\\b");

    private EarlierCounts() {
    }

    /** The claims, in the same order, with each count of an earlier day superseded in its article made earlier. */
    public static List<CasualtyClaim> mark(List<CasualtyClaim> claims, LocalDate published) {
        return claims.stream().map(claim -> earlierDay(claim, published)
                .filter(day -> supersededBeside(claim, claims))
                .map(day -> claim.withScope(Scope.EARLIER, "count as of '" + day + "'"))
                .orElse(claim)).toList();
    }

    /** The words of the day before publication the claim's count stood on, if its sentence says so. */
    private static Optional<String> earlierDay(CasualtyClaim claim, LocalDate published) {
        if (!claim.isWholeToll()) {
            return Optional.empty();
        }
        String text = claim.sentence().text();
        Matcher standing = STANDING.matcher(text);
        if (!standing.find() || standing.start() > text.indexOf(claim.value())) {
            return Optional.empty();
        }
        return TimeAnchors.earlierThan(text, published);
    }

    private static boolean supersededBeside(CasualtyClaim claim, List<CasualtyClaim> claims) {
        return claims.stream().anyMatch(other -> other != claim && other.kind() == claim.kind() && other.isWholeToll()
                && other.sentence().index() != claim.sentence().index() && !other.count().equals(claim.count()));
    }
}
