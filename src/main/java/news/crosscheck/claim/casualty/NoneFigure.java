package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.spelling.WordStartPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A toll of none, stated: "no one was injured", "nobody else was hurt", "no injuries were reported", "there were no
 * deaths". A zero contradicts a later or another outlet's figure as surely as a number does.
 *
 * <p>"No one <b>else</b>" is zero beside the people the article has counted: it stands as the slot's toll only when
 * the article gives no other figure of the slot ("the teen who shot himself has died; no one else was injured" is
 * no injured at all, while "two men were wounded; no one else was hurt" is two).
 */
final class NoneFigure {

    private static final String AUXILIARY = "(?:(?:was|were|is|are|has been|have been|had been|got|been|"
            + "reported|believed to have been|fatally) )*";
    /** How badly: "no one was seriously hurt" leaves the lightly hurt uncounted, a part by condition. */
    private static final String CONDITION = "(?:(seriously|critically|badly|severely|gravely) )?";
    private static final WordStartPattern NO_ONE = WordStartPattern.compile(
            "(?i)\\b(?:no one|nobody|no-one|no other (?:people|person)"
            + "|none of (them|the others))( else)? " + AUXILIARY + CONDITION + AUXILIARY
            + "(killed|dead|died|injured|hurt|wounded|hospitali[sz]ed|missing)\\b");
    private static final WordStartPattern NO_NOUN = WordStartPattern.compile(
            "(?i)\\b(?:there (?:were|was) no|no) (injuries|deaths|"
            + "fatalities)(?: (?:were|was|have been|had been) reported)?\\b");
    /** What may stand between a zero and its place: "no deaths <b>or injuries had been reported</b> locally". */
    private static final Pattern OTHER_MEASURE = Pattern.compile("(?i)^ or (?:injuries|deaths|fatalities)"
            + "(?: (?:were|was|have been|had been) reported)?\\b");

    /**
     * What some people came away with, ending before a zero: "escaped <b>with</b> no injuries", "minor cuts <b>or</b>";
     * not a clause's own "with no injuries to police or civilians".
     */
    private static final Pattern WITH_BEFORE = Pattern.compile("(?i)(?:\\bor|\\b(?:escaped|walked away|came away"
            + "|emerged|got away|survived)\\b[^.;,]{0,40}\\bwith)\\s+$");

    /** "Nobody was hurt <b>apart from</b> some minor injuries to our own crews": an exception follows the zero. */
    private static final Pattern EXCEPTION = Pattern.compile("(?i)^[^.;:]{0,60}?\\b(apart from|except|other than"
            + "|aside from|save for|besides|but for)\\b");

    /**
     * "No deaths were reported <b>in Baiyang village</b>": a place named just after the zero makes it a part, the
     * harm elsewhere uncounted; an incident ("in the blast", "in Tuesday's attack") does not.
     */
    private static final Pattern IN_A_PLACE = Pattern.compile("^,?\\s+(?:in|at|among|across)\\s+(?:the\\s+)?"
            + "(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
            + "|July|August|September|October|November|December)\\b)(\\p{Lu}[\\p{L}'’-]+|(?:\\p{Ll}+\\s+)?(?:village"
            + "|town|city|district|neighbou?rhood|area|county|province|region|camp)\\b)");

    /**
     * "Heavy rain also flooded Gonaïves, though no deaths had been reported <b>there</b>", "no deaths or injuries had
     * been reported <b>locally</b>": a place named before and pointed back to, or the outlet's own, is one place too.
     */
    private static final Pattern THERE = Pattern.compile("^\\s+(there|locally)\\b");

    private NoneFigure() {
    }

    /** The zero figures a sentence states. */
    static List<CasualtyClaim> find(Sentence sentence) {
        List<CasualtyClaim> found = new ArrayList<>();
        WordStartPattern.Finder none = NO_ONE.matcher(sentence.text());
        while (none.find()) {
            CasualtyKind kind = CasualtyWords.PREDICATES.get(none.group(4).toLowerCase(Locale.ROOT));
            if (kind == null) {
                continue;
            }
            Matcher exception = EXCEPTION.matcher(sentence.text()).region(none.end(), sentence.text().length());
            String place = placeAfter(sentence, none.end());
            if (exception.lookingAt()) {
                found.add(zero(kind, none.group(), sentence, Scope.SUBSET, "none but '" + exception.group(1) + "'"));
            } else if (place != null) {
                found.add(zero(kind, none.group(), sentence, Scope.SUBSET, IN_PLACE + place + "'"));
            } else if (none.group(3) != null) {
                found.add(zero(kind, none.group(), sentence, Scope.SUBSET, "by condition '" + none.group(3) + "'"));
            } else if ("them".equalsIgnoreCase(none.group(1))) {
                found.add(zero(kind, none.group(), sentence, Scope.SUBSET, "a group named before 'none of them'"));
            } else {
                boolean besides = none.group(2) != null || none.group(1) != null;
                found.add(zero(kind, none.group(), sentence, Scope.WHOLE, besides ? ELSE : ""));
            }
        }
        WordStartPattern.Finder noun = NO_NOUN.matcher(sentence.text());
        while (noun.find()) {
            CasualtyKind kind = CasualtyWords.COUNTED_NOUNS.getOrDefault(noun.group(1).toLowerCase(Locale.ROOT),
                    CasualtyWords.GROUPS.get(noun.group(1).toLowerCase(Locale.ROOT)));
            String place = placeAfter(sentence, noun.end());
            // "nineteen passengers walked away with minor cuts or no injuries": what some people escaped with
            boolean escapedWith = WITH_BEFORE.matcher(sentence.text().substring(0, noun.start())).find();
            if (kind != null && !escapedWith) {
                found.add(place != null ? zero(kind, noun.group(), sentence, Scope.SUBSET, IN_PLACE + place + "'")
                        : zero(kind, noun.group(), sentence, Scope.WHOLE, ""));
            }
        }
        return found;
    }

    /** The place named just after a zero that ends at {@code end} ({@link #IN_A_PLACE}, {@link #THERE}), or null. */
    private static String placeAfter(Sentence sentence, int end) {
        Matcher other = OTHER_MEASURE.matcher(sentence.text()).region(end, sentence.text().length());
        if (other.lookingAt()) {
            end = other.end();
        }
        Matcher place = IN_A_PLACE.matcher(sentence.text()).region(end, sentence.text().length());
        if (place.lookingAt()) {
            return place.group(1);
        }
        Matcher there = THERE.matcher(sentence.text()).region(end, sentence.text().length());
        return there.lookingAt() ? there.group(1) : null;
    }

    /**
     * The claims without each "no one else" zero whose slot has another figure in the article; people shot ("a boy
     * was shot in the leg. No one else was hurt") are figures of the dead and the hurt alike.
     */
    static List<CasualtyClaim> withoutElseBesideOthers(List<CasualtyClaim> claims) {
        return claims.stream().filter(claim -> !claim.scopeReason().equals(ELSE)
                || claims.stream().noneMatch(c -> c != claim && (c.kind() == claim.kind()
                        || c.kind() == CasualtyKind.SHOT && claim.kind() != CasualtyKind.MISSING))).toList();
    }

    private static final String ELSE = "none besides those counted";
    private static final String IN_PLACE = "none in one place '";

    private static CasualtyClaim zero(CasualtyKind kind, String value, Sentence sentence, Scope scope, String reason) {
        return new CasualtyClaim(kind, value, Interval.exactly(0), CasualtyClaim.PEOPLE, sentence, "", "",
                scope, reason, CasualtyExtractor.STATED, false);
    }
}
