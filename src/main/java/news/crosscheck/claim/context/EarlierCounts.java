package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.casualty.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the figures an article gives as its event's count at an earlier day, beside a later count of its own:
 * "Provincial officials said on Friday that 47 were injured. On Thursday night the figures were eight dead, 17
 * missing and 41 injured." (published Friday). The sentence says what a count stood at ({@code the figures were},
 * {@code the toll stood at}, {@code the toll rose to}, {@code as of}), and names a day before publication
 * ({@code Thursday night}, {@code yesterday}, {@code last night}); the article gives another whole figure of the slot
 * with another count. So is a count of the dead who died on a day before publication beside a larger whole count
 * ("Six people died on Sunday" under "toll rises to seven"), and a count of the first hours beside another ("In the
 * first hours after the fire, police said 11 had died"). Such a figure is {@link Scope#EARLIER}: this event's,
 * superseded, never compared as the article's toll. Without a later figure beside it, it is all the article says of
 * the slot and stays whole.
 */
public final class EarlierCounts {

    /**
     * A count's standing: "the figures were", "the death toll stood at", "the toll rose to four on Sunday morning",
     * "the number of injured was", "as of".
     */
    private static final Pattern STANDING = Pattern.compile("(?i)\\b(?:(?:figures?|toll|tally|count|number of "
            + "[\\p{L}-]+(?: [\\p{L}-]+)?) (?:then )?(?:was|were|stood|had stood|had been|rose|had risen|climbed"
            + "|had climbed|reached|had reached)|as of)\\b");

    /** A sentence opening on the first hours of the event: "In the first hours after the fire, police said 11 died". */
    private static final Pattern FIRST_HOURS = Pattern.compile("(?i)(?:in|during) the (?:first|initial) "
            + "(?:hours|minutes|hour)\\b");

    /**
     * Right after the figure, a death and its day: "(people) died on Sunday", "were killed Saturday night", "(of
     * them) died yesterday".
     */
    private static final Pattern DIED_ON = Pattern.compile("(?i)(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:had\\s+)?(?:died|were "
            + "killed|were declared dead|were pronounced dead)\\s+((?:on\\s+)?(?:early\\s+|late\\s+)?(?:Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last night))\\b");

    private EarlierCounts() {
    }

    /** The claims, in the same order, with each count of an earlier day superseded in its article made earlier. */
    public static List<CasualtyClaim> mark(List<CasualtyClaim> claims, LocalDate published) {
        return claims.stream().map(claim -> earlierDay(claim, published, claims)
                .map(day -> claim.withScope(Scope.EARLIER, "count as of '" + day + "'"))
                .orElse(claim)).toList();
    }

    /**
     * The words of the day before publication the claim's count stood on, if its sentence says so and the article
     * gives a later count beside it.
     */
    private static Optional<String> earlierDay(CasualtyClaim claim, LocalDate published, List<CasualtyClaim> claims) {
        if (!claim.isWholeToll()) {
            return Optional.empty();
        }
        String text = claim.sentence().text();
        Matcher standing = STANDING.matcher(text);
        if (standing.find() && standing.start() <= text.indexOf(claim.value())) {
            return supersededBeside(claim, claims) ? TimeAnchors.earlierThan(text, published) : Optional.empty();
        }
        Matcher firstHours = FIRST_HOURS.matcher(text);
        if (firstHours.lookingAt() && supersededBeside(claim, claims)) {
            return Optional.of(firstHours.group());
        }
        return diedOn(claim).filter(day -> outnumbered(claim, claims))
                .flatMap(day -> TimeAnchors.earlierThan(day, published));
    }

    /** "Six people died on Sunday": the day a count of the dead is said to have died on, if its sentence says it. */
    private static Optional<String> diedOn(CasualtyClaim claim) {
        String text = claim.sentence().text();
        int at = text.indexOf(claim.value());
        if (claim.kind() != CasualtyKind.KILLED || at < 0) {
            return Optional.empty();
        }
        Matcher died = DIED_ON.matcher(text).region(at + claim.value().length(), text.length());
        return died.lookingAt() ? Optional.of(died.group(1)) : Optional.empty();
    }

    /** Whether the article gives a larger whole count of the slot: those who died on a day are part of it. */
    private static boolean outnumbered(CasualtyClaim claim, List<CasualtyClaim> claims) {
        return wholeBeside(claim, claims, other -> other.count().low() > claim.count().high());
    }

    private static boolean supersededBeside(CasualtyClaim claim, List<CasualtyClaim> claims) {
        return wholeBeside(claim, claims, other -> !other.count().equals(claim.count()));
    }

    /** Whether another sentence of the article gives a whole figure of the claim's slot whose count is so. */
    private static boolean wholeBeside(CasualtyClaim claim, List<CasualtyClaim> claims,
                                       Predicate<CasualtyClaim> count) {
        return claims.stream().anyMatch(other -> other.kind() == claim.kind() && other.isWholeToll()
                && other.sentence().index() != claim.sentence().index() && count.test(other));
    }
}
