package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hurt an article names one by one, of whom it later says one died: "His brother, 8-year-old Joseph, and his
 * mother, Morgan, 27, were both injured ... Morgan Lane died Tuesday of her injuries". The list counts the people as
 * they were hurt, an earlier state of the toll; as of the article, the hurt are those of the list still alive. So
 * the list's figure becomes {@link Scope#EARLIER} and a figure of the hurt less the dead joins it, which a follow-up
 * compares with the first reports of two hurt.
 */
final class LaterDeaths {

    /** A given name after a comma in a list of people: "his mother<b>, Morgan</b>", ", 8-year-old <b>Joseph</b>". */
    private static final Pattern GIVEN_NAME = Pattern.compile(",\\s*(?:\\d{1,3}-years?-old\\s+)?(\\p{Lu}[\\p{L}'-]+)");
    /** "Morgan Lane died", "Morgan, 27, has died", "Morgan later succumbed", "Morgan was pronounced dead". */
    private static final Pattern NAMED_DEATH = Pattern.compile("\\b(\\p{Lu}[\\p{L}'-]+)(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2}"
            + "(?:,\\s*\\d{1,3},)?\\s+(?:has\\s+|had\\s+|later\\s+)?(?:died|succumbed|was pronounced dead)\\b");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",\\s*$");
    /** How sure the figure of those still hurt is: it rests on matching a given name. */
    private static final double CERTAINTY = 0.7;

    /** The scope reason of a figure of the hurt less those who died, before their names. */
    private static final String DIED_LATER = "of the hurt, died later: ";
    private static final String SEPARATOR = ", ";

    private LaterDeaths() {
    }

    /** How many of the hurt a figure's list named have died since, by its scope reason; 0 for any other figure. */
    static int diedSince(String scopeReason) {
        return scopeReason.startsWith(DIED_LATER)
                ? scopeReason.substring(DIED_LATER.length()).split(SEPARATOR).length : 0;
    }

    static List<CasualtyClaim> apply(List<CasualtyClaim> claims, List<Sentence> sentences) {
        List<CasualtyClaim> result = new ArrayList<>(claims.size());
        for (CasualtyClaim claim : claims) {
            Set<String> died = claim.kind() == CasualtyKind.INJURED && claim.scope() == Scope.WHOLE
                    && claim.otherEvent().isEmpty() && claim.count().isExact()
                    ? diedLater(givenNames(claim.value()), claim.sentence(), sentences) : Set.of();
            if (died.isEmpty() || died.size() > claim.count().low()) {
                result.add(claim);
                continue;
            }
            String who = String.join(SEPARATOR, died);
            result.add(claim.withScope(Scope.EARLIER, "before " + who + " died"));
            result.add(new CasualtyClaim(claim.kind(), TRAILING_COMMA.matcher(claim.value()).replaceFirst("")
                    + " (" + who + " died later)",
                    Interval.exactly(claim.count().low() - died.size()), claim.subject(), claim.sentence(),
                    claim.otherEvent(), claim.source(), Scope.WHOLE, DIED_LATER + who, CERTAINTY, false));
        }
        return result;
    }

    private static Set<String> givenNames(String list) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = GIVEN_NAME.matcher(list);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> diedLater(Set<String> names, Sentence listed, List<Sentence> sentences) {
        Set<String> died = new LinkedHashSet<>();
        if (names.size() < 2) {
            return died;
        }
        for (Sentence sentence : sentences) {
            if (sentence.index() == listed.index()) {
                continue;
            }
            Matcher m = NAMED_DEATH.matcher(sentence.text());
            while (m.find()) {
                if (names.contains(m.group(1))) {
                    died.add(m.group(1));
                }
            }
        }
        return died;
    }
}
