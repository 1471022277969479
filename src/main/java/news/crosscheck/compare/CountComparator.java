package news.crosscheck.compare;

import news.crosscheck.align.AlignedGroup;
import news.crosscheck.align.Statement;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.number.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decides which aligned casualty figures disagree. Two figures disagree only when their intervals cannot both hold:
 * {@code at least 20} and {@code 28} agree, {@code 20} and {@code 28} do not. A disagreement where the later article
 * gives the higher figure is an {@link Severity#UPDATE} (tolls rise as news comes in; the missing change either way,
 * more as lists are drawn up, fewer as people are found), and so is fewer injured in the
 * later article when the dead rose by as many in between (the injured who died); one between figures that two
 * different named authorities gave is {@link Severity#SOURCE_DIFFERS} (attribute both); any other is a
 * {@link Severity#CONFLICT}: same time, or the later report gives less. One aligned group yields at most one
 * discrepancy of each severity, each listing every figure that takes part in it.
 */
public final class CountComparator {

    /** The last sentence of the lead a headline figure is compared with (0 is the headline). */
    private static final int LEAD_END = 2;

    /**
     * Publication date, then the moment within it (time zones taken into account), then the date-time as written,
     * then place: a total order, so rows sort the same always.
     */
    private static final Comparator<Statement> BY_TIME = Comparator
            .comparing((Statement s) -> s.article().published())
            .thenComparing(s -> PublicationOrder.moment(s.article().publishedAt()))
            .thenComparing(s -> s.article().publishedAt())
            .thenComparing(s -> s.article().articleId())
            .thenComparingInt(s -> s.claim().sentence().index());

    /** @param context what the event's articles say of its toll as a whole ({@link TollContext}) */
    List<Discrepancy> compare(String eventId, AlignedGroup group, TollContext context) {
        Map<Severity, Set<Statement>> found = new EnumMap<>(Severity.class);
        Map<Severity, Double> confidence = new EnumMap<>(Severity.class);
        List<Statement> statements = group.statements();
        Map<String, String> sources = articleSources(statements);
        // the figures each article gives in the slot, as its article and count
        Set<String> figures = statements.stream().map(s -> figureKey(s, s.count())).collect(Collectors.toSet());
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                Severity severity = disagreement(a, b, statements, figures, sources, context);
                if (severity != null) {
                    Set<Statement> members = found.computeIfAbsent(severity, s -> new LinkedHashSet<>());
                    members.add(a);
                    members.add(b);
                    confidence.merge(severity, confidence(a, b, group), Math::max);
                }
            }
        }
        List<Discrepancy> discrepancies = new ArrayList<>();
        String suggestion = suggestion(found, sources);
        found.forEach((severity, members) -> discrepancies.add(discrepancy(eventId, severity, group, members,
                sources, confidence.get(severity), suggestion)));
        return discrepancies;
    }

    /**
     * A headline rarely names its source; the lead that repeats its figure does. Each figure takes the source its
     * article gives it in any sentence, so one article's figure is judged the same way wherever it stands.
     */
    private static Map<String, String> articleSources(List<Statement> statements) {
        Map<String, String> sources = new TreeMap<>();
        for (Statement s : statements) {
            if (!s.claim().source().isEmpty()) {
                sources.putIfAbsent(figureKey(s), s.claim().source());
            }
        }
        return sources;
    }

    private static String figureKey(Statement s) {
        return figureKey(s, s.claim().count());
    }

    private static String figureKey(Statement s, Interval count) {
        return s.article().articleId() + "\n" + count;
    }

    /**
     * How two aligned figures disagree, or {@code null} when they can both hold or are not comparable:
     * <ul>
     *   <li>two figures of one article compare only when one is its headline and the other its lead (sentences 1
     *       and 2) and the lead does not give the headline's figure too: further down, or beside the headline's own,
     *       an article's second figure for a slot is nearly always a part of the first, a later count or another
     *       incident's;</li>
     *   <li>figures apart by no more than the attackers in a slot agree (killed when they died, injured when one shot
     *       himself), since one may count them and the other not;</li>
     *   <li>an implied "no one killed" is only ever the earlier state of a toll that later rose: against a death in an
     *       article that is not older, an {@link Severity#UPDATE}; against an older article, nothing (a follow-up
     *       that leaves a known death out does not deny it).</li>
     * </ul>
     */
    private static Severity disagreement(Statement a, Statement b, List<Statement> all, Set<String> figures,
                                         Map<String, String> sources, TollContext context) {
        Interval countA = a.count();
        Interval countB = b.count();
        if (countA.overlaps(countB)
                || sameArticle(a, b) && (!headlineAndLead(a, b) || leadRepeatsHeadline(a, b, all))) {
            return null;
        }
        if ((a.part() || b.part()) && (countA.high() == 0 || countB.high() == 0
                || sameArticle(a, b) && a.claim().sentence().index() == b.claim().sentence().index())) {
            // a zero meets the part in the part's own group already; one sentence's two figures are two readings
            return null;
        }
        if (eachGivesTheOther(a, b, figures)) {
            return null;
        }
        if (twoNationalities(a.claim(), b.claim())) {
            // "up to ten Tajik servicemen" and "more than 15 Kyrgyz servicemen": the two sides' dead
            return null;
        }
        if (apartByAttackers(a, b, context)) {
            return null;
        }
        if (a.claim().implied() || b.claim().implied()) {
            Statement implied = a.claim().implied() ? a : b;
            Statement stated = implied == a ? b : a;
            if (stated.claim().implied()) {
                return null;
            }
            return PublicationOrder.compare(implied.article().published(), implied.article().publishedAt(),
                    stated.article().published(), stated.article().publishedAt()) <= 0 ? Severity.UPDATE : null;
        }
        return severity(a, b, all, sources, context);
    }

    /**
     * "The governor put the injured at four, including a rescuer ... The agency, which counts only miners, listed
     * three": two articles that each give both figures agree with each other. The two counts are told side by side
     * in both; neither outlet has it wrong.
     */
    private static boolean eachGivesTheOther(Statement a, Statement b, Set<String> figures) {
        return !sameArticle(a, b) && figures.contains(figureKey(a, b.count()))
                && figures.contains(figureKey(b, a.count()));
    }

    private static boolean twoNationalities(CasualtyClaim a, CasualtyClaim b) {
        return !a.nationality().isEmpty() && !b.nationality().isEmpty() && !a.nationality().equals(b.nationality());
    }

    private static boolean sameArticle(Statement a, Statement b) {
        return a.article().articleId().equals(b.article().articleId());
    }

    private static boolean headlineAndLead(Statement a, Statement b) {
        int first = Math.min(a.claim().sentence().index(), b.claim().sentence().index());
        int second = Math.max(a.claim().sentence().index(), b.claim().sentence().index());
        return first == 0 && second <= LEAD_END;
    }

    /**
     * Whether the lead gives the headline's figure again, besides the other figure of the pair: "police put toll at
     * seven" over "seven people were confirmed dead ... Divers recovered two bodies on Saturday". The headline agrees
     * with its article, and the lead's other figure counts something else (a day's, a part).
     */
    private static boolean leadRepeatsHeadline(Statement a, Statement b, List<Statement> all) {
        Statement headline = a.claim().sentence().index() == 0 ? a : b;
        Statement lead = headline == a ? b : a;
        return all.stream().anyMatch(s -> s != lead && s != headline && sameArticle(s, headline)
                && s.claim().sentence().index() > 0 && s.claim().sentence().index() <= LEAD_END
                && s.count().overlaps(headline.count()));
    }

    /**
     * Whether the ranges are disjoint by no more than the attackers the higher may count and the lower not
     * ({@link TollContext#perpetratorsIn}), the lower not zero: {@code 2} and {@code 3} when one attacker died,
     * {@code 8} and {@code 11} when three did. Against no dead at all, the one more
     * is a death whoever he was.
     */
    private static boolean apartByAttackers(Statement a, Statement b, TollContext context) {
        Statement lower = a.count().isAbove(b.count()) ? b : a;
        Statement upper = lower == a ? b : a;
        long gap = upper.count().low() - lower.count().high();
        return lower.count().low() > 0 && gap >= 1
                && gap <= context.perpetratorsIn(a.claim().kind(), upper.article(), lower.article());
    }

    /**
     * A later report with more is an update, unless a report later still goes back below it (six dead, then seven
     * a quarter of an hour later, then six the next day: the seven is contested, not the toll's rise), or an earlier
     * report of the event had already given the higher one ({@link TollContext#givenBefore}; three hurt, then two,
     * then three: the two is contested, a conflict, or no disagreement between these two when that earlier report is
     * among the aligned figures, whose pair with the two says it); so is a later
     * report with fewer injured when, between the two, the event's reports give at least as many more dead: the
     * injured who died ("all five expected to survive", then "killed one, injured 4 others"); and any later count of
     * the missing, more as lists are drawn up or fewer as people are found.
     */
    private static Severity severity(Statement a, Statement b, List<Statement> all, Map<String, String> sources,
                                     TollContext context) {
        int order = PublicationOrder.compare(a.article().published(), a.article().publishedAt(),
                b.article().published(), b.article().publishedAt());
        Statement earlier = order < 0 ? a : b;
        Statement later = earlier == a ? b : a;
        boolean rose = order != 0 && earlier.claim().kind() != CasualtyKind.MISSING
                && later.count().isAbove(earlier.count());
        List<Statement> givenBefore = rose ? context.givenBefore(earlier.article(), earlier.claim(),
                later.count()) : List.of();
        if (givenBefore.stream().anyMatch(all::contains)) {
            return null;
        }
        if (order != 0 && (earlier.claim().kind() == CasualtyKind.MISSING
                || rose && givenBefore.isEmpty() && !fellBackAfter(later, all, context)
                || injuredWhoDied(earlier, later, context))) {
            return Severity.UPDATE;
        }
        return Sources.differ(sources.getOrDefault(figureKey(a), ""), sources.getOrDefault(figureKey(b), ""))
                ? Severity.SOURCE_DIFFERS : Severity.CONFLICT;
    }

    /**
     * Whether another article, later than {@code figure}'s, gives a figure below it: not the injured who died, nor one
     * less where the attacker is in the slot (seven with the bomber, six without).
     */
    private static boolean fellBackAfter(Statement figure, List<Statement> all, TollContext context) {
        return all.stream().anyMatch(other -> !other.claim().implied() && !sameArticle(figure, other)
                && PublicationOrder.compare(figure.article().published(), figure.article().publishedAt(),
                        other.article().published(), other.article().publishedAt()) < 0
                && figure.count().isAbove(other.count())
                && !injuredWhoDied(figure, other, context)
                && !apartByAttackers(figure, other, context));
    }

    private static boolean injuredWhoDied(Statement earlier, Statement later, TollContext context) {
        Interval before = earlier.count();
        Interval after = later.count();
        return earlier.claim().kind() == CasualtyKind.INJURED && before.isAbove(after)
                && Math.max(context.deathsAddedBetween(earlier.article(), later.article()),
                        later.claim().diedSinceCounted()) >= before.low() - after.high();
    }

    private static Discrepancy discrepancy(String eventId, Severity severity, AlignedGroup group,
                                           Set<Statement> members, Map<String, String> sources, double confidence,
                                           String suggestion) {
        List<Statement> ordered = firstPerFigure(members);
        CasualtyClaim first = ordered.get(0).claim();
        String subject = first.kind().name().toLowerCase(Locale.ROOT) + ": " + ordered.get(0).subject();
        String figures = ordered.stream().map(s -> figure(s, sources.getOrDefault(figureKey(s), "")))
                .collect(Collectors.joining(", "));
        String what = ordered.get(0).subject() + " " + first.kind().name().toLowerCase(Locale.ROOT);
        String explanation = switch (severity) {
            case CONFLICT -> "Figures for " + what + " cannot all be true: " + figures + ".";
            case SOURCE_DIFFERS -> "Figures for " + what + " differ by source: " + figures + ".";
            case UPDATE -> !fell(ordered) ? "The toll for " + what + " rose in later reports: " + figures
                    + "; an update, not an error."
                    : first.kind() == CasualtyKind.MISSING ? "The count of " + what + " fell in later reports as they"
                    + " were found: " + figures + "; an update, not an error."
                    : "The toll for " + what + " fell in later reports as some of them died: " + figures
                    + "; an update, not an error.";
            case VARIANT -> throw new IllegalArgumentException("figures are not spelling variants");
        };
        List<Discrepancy.Statement> rows = ordered.stream().map(s -> new Discrepancy.Statement(s.claim().value(),
                s.article().outlet(), s.article().articleId(), s.claim().sentence().index(),
                s.claim().sentence().text(), group.score(s), s.article().claimId(s.claim()),
                sources.getOrDefault(figureKey(s), ""))).toList();
        return Discrepancy.of(eventId, DiscrepancyKind.CASUALTY_COUNT, severity, subject, explanation,
                suggestion, rows, confidence);
    }

    /** Whether the latest figure is below the earliest: injured who died. */
    private static boolean fell(List<Statement> byTime) {
        return byTime.get(0).count().isAbove(byTime.get(byTime.size() - 1).count());
    }

    /** A headline and its lead often state one figure twice: one per article and figure, the first, in time order. */
    private static List<Statement> firstPerFigure(Set<Statement> members) {
        Map<String, Statement> first = new TreeMap<>();
        members.stream().sorted(BY_TIME).forEach(s -> first.putIfAbsent(figureKey(s), s));
        return first.values().stream().sorted(BY_TIME).toList();
    }

    /**
     * How sure a disagreement between two figures is: the weaker reading's certainty (a figure tied to its slot by a
     * verb 1, people counted from a description 0.7-0.8, an implied zero 0.6), times 0.5 + half the weaker alignment
     * score of the two (how alike their sentences are). A discrepancy takes the best of its disagreeing pairs.
     */
    private static double confidence(Statement a, Statement b, AlignedGroup group) {
        double reading = Math.min(a.claim().certainty(), b.claim().certainty());
        return reading * (0.5 + 0.5 * Math.min(group.score(a), group.score(b)));
    }

    private static String figure(Statement s, String source) {
        String according = source.isEmpty() ? "" : ", according to " + source;
        return s.article().outlet() + " '" + s.figure() + "' (" + s.article().publishedAt() + according + ")";
    }

    /**
     * One suggestion for every discrepancy of an aligned group (one slot and group of people), so a desk is never told
     * two things about one toll: the most severe disagreement decides (a conflict, then figures that differ by
     * source, then an update), and a rise in later reports beside it is named, not offered as the figure to use.
     */
    private static String suggestion(Map<Severity, Set<Statement>> found, Map<String, String> sources) {
        Optional<Statement> latest = Optional.ofNullable(found.get(Severity.UPDATE))
                .map(members -> members.stream().max(BY_TIME).orElseThrow());
        String rise = latest.map(s -> "'" + s.figure() + "' (" + s.article().outlet() + ", "
                + s.article().publishedAt() + ")").orElse("");
        if (found.containsKey(Severity.CONFLICT)) {
            long floor = found.get(Severity.CONFLICT).stream().mapToLong(s -> s.count().low()).min().orElse(0);
            String check = floor > 0 ? "check with the sources; until then say 'at least " + floor + "'"
                    : "check with the sources before using a figure";
            return latest.isPresent() ? check + "; the latest report gives " + rise : check;
        }
        if (found.containsKey(Severity.SOURCE_DIFFERS)) {
            String attribute = "attribute both figures: " + firstPerFigure(found.get(Severity.SOURCE_DIFFERS)).stream()
                    .map(s -> "'" + s.figure() + "' (" + sources.getOrDefault(figureKey(s),
                            s.article().outlet()) + ")")
                    .distinct().collect(Collectors.joining(" and "));
            return latest.isPresent() ? attribute + "; the latest report gives " + rise : attribute;
        }
        return "use the latest figure, " + rise;
    }
}
