package news.crosscheck.compare;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.Mention;
import news.crosscheck.claim.MentionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the people and places of one event whose name is spelled more than one way, across its articles or within
 * one. People are matched by full name (a surname alone counts as the full name the article gave it), so two people
 * who share a first name are never variants; the spelling compared is the surname as written. Places are compared
 * whole. Differences of letter case alone are not reported.
 */
public final class NameVariantFinder {

    private final VariantGrouper grouper;
    private final HouseStyle houseStyle;

    public NameVariantFinder(SpellingVariants variants, HouseStyle houseStyle) {
        this.grouper = new VariantGrouper(variants);
        this.houseStyle = houseStyle;
    }

    public List<Discrepancy> find(String eventId, List<ArticleClaims> event) {
        List<Discrepancy> found = new ArrayList<>();
        for (MentionKind kind : MentionKind.values()) {
            found.addAll(find(eventId, event, kind));
        }
        return found;
    }

    private List<Discrepancy> find(String eventId, List<ArticleClaims> event, MentionKind kind) {
        Map<String, List<Use>> usesByName = new TreeMap<>();
        for (ArticleClaims article : event) {
            for (Mention mention : article.mentions()) {
                if (mention.kind() == kind) {
                    usesByName.computeIfAbsent(mention.fullName(), n -> new ArrayList<>())
                            .add(new Use(article, mention, spelling(kind, mention)));
                }
            }
        }
        List<Discrepancy> found = new ArrayList<>();
        for (List<String> names : grouper.group(kind, usesByName.keySet())) {
            List<Use> uses = names.stream().flatMap(n -> usesByName.get(n).stream()).toList();
            Map<String, List<Use>> bySpelling = new TreeMap<>();
            for (Use use : uses) {
                bySpelling.computeIfAbsent(use.spelling(), s -> new ArrayList<>()).add(use);
            }
            Set<String> spellings = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            spellings.addAll(bySpelling.keySet());
            Optional<String> house = spellings.stream().map(houseStyle::preferred).flatMap(Optional::stream)
                    .findFirst();
            boolean offHouseStyle = house.isPresent() && !spellings.contains(house.get());
            if (spellings.size() > 1 || offHouseStyle) {
                found.add(discrepancy(eventId, kind, uses, bySpelling, house));
            }
        }
        return found;
    }

    private static Discrepancy discrepancy(String eventId, MentionKind kind, List<Use> uses,
                                           Map<String, List<Use>> bySpelling, Optional<String> house) {
        Map<String, Long> fullNames = uses.stream().collect(Collectors.groupingBy(u -> u.mention().fullName(),
                TreeMap::new, Collectors.counting()));
        String subject = fullNames.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        String role = uses.stream().map(u -> u.mention().role()).filter(r -> !r.isEmpty()).sorted().findFirst()
                .orElse("");

        List<Discrepancy.Statement> rows = new ArrayList<>();
        Map<String, Map<String, Integer>> countsByOutlet = new TreeMap<>();
        for (Map.Entry<String, List<Use>> spelling : bySpelling.entrySet()) {
            Map<String, Use> firstPerArticle = new TreeMap<>();
            for (Use use : spelling.getValue()) {
                firstPerArticle.putIfAbsent(use.article().articleId(), use);
                countsByOutlet.computeIfAbsent(use.article().outlet(), o -> new LinkedHashMap<>())
                        .merge(spelling.getKey(), 1, Integer::sum);
            }
            for (Use use : firstPerArticle.values()) {
                rows.add(new Discrepancy.Statement(spelling.getKey(), use.article().outlet(),
                        use.article().articleId(), use.mention().sentence().index(),
                        use.mention().sentence().text(), 1.0, use.article().claimId(use.mention()), ""));
            }
        }
        rows.sort(Comparator.comparing(Discrepancy.Statement::articleId)
                .thenComparingInt(Discrepancy.Statement::sentence).thenComparing(Discrepancy.Statement::value));
        String who = kind == MentionKind.PERSON ? subject + (role.isEmpty() ? "" : " (" + role + ")") : subject;
        String usage = countsByOutlet.entrySet().stream()
                .map(outlet -> outlet.getKey() + " writes " + outlet.getValue().entrySet().stream()
                        .map(e -> "'" + e.getKey() + "' " + times(e.getValue())).collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; "));
        String explanation = bySpelling.size() > 1
                ? "Spellings of " + who + " differ: " + usage + "."
                : "House style spells " + who + " '" + house.orElseThrow() + "': " + usage + ".";
        DiscrepancyKind discrepancyKind = kind == MentionKind.PERSON
                ? DiscrepancyKind.NAME_SPELLING : DiscrepancyKind.PLACE_SPELLING;
        return Discrepancy.of(eventId, discrepancyKind, Severity.VARIANT, subject, explanation,
                suggestion(countsByOutlet, house), rows);
    }

    /** The house spelling if the list has one, else the spelling most outlets use (then most uses, then A–Z). */
    private static String suggestion(Map<String, Map<String, Integer>> countsByOutlet, Optional<String> house) {
        Map<String, Integer> outletsBySpelling = new TreeMap<>();
        Map<String, Integer> usesBySpelling = new TreeMap<>();
        countsByOutlet.values().forEach(counts -> counts.forEach((spelling, n) -> {
            outletsBySpelling.merge(spelling, 1, Integer::sum);
            usesBySpelling.merge(spelling, n, Integer::sum);
        }));
        String majority = outletsBySpelling.keySet().stream().max(Comparator
                .comparing((String s) -> outletsBySpelling.get(s)).thenComparing(usesBySpelling::get)
                .thenComparing(Comparator.<String>reverseOrder())).orElseThrow();
        String use = house.orElse(majority);
        int outlets = countsByOutlet.size();
        int agreeing = outletsBySpelling.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(use))
                .mapToInt(Map.Entry::getValue).sum();
        return "use '" + use + "' (" + agreeing + " of " + outlets + " outlet" + (outlets == 1 ? "" : "s")
                + (house.isPresent() ? "; house list" : "") + ")";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    /** The part of a name whose spelling is compared: a person's surname as written, a place's whole name. */
    private static String spelling(MentionKind kind, Mention mention) {
        if (kind == MentionKind.PLACE) {
            return mention.name();
        }
        String[] parts = mention.name().trim().split("\\s+");
        return parts[parts.length - 1];
    }

    private record Use(ArticleClaims article, Mention mention, String spelling) {
    }
}
