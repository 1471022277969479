package news.crosscheck.compare;

import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.event.Clusters;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.PersonName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Clusters spellings of names into groups of the same name spelled differently.
 *
 * <p>Places: two spellings share a group when {@link SpellingVariants} says they are the same place and the caller
 * does not know them apart, directly or through a chain of such pairs (single linkage).
 *
 * <p>People: two different people never share a group. Full names (with a given name) are joined only when every
 * full name of one group is the same person as every full name of the other ({@link SpellingVariants}) and none is
 * known to be another person (the caller's {@code distinct}, e.g. other ages); pairs are taken in sorted order. A
 * surname alone then joins the one group whose surname it spells the same way, or else the one group whose surname is
 * a variant of it; when two groups qualify it stays apart (the reader cannot tell whom it means). Surnames alone that
 * joined no group are grouped among themselves (a single name, {@code Painem}, is a surname alone), never two that
 * are known to be other people ({@code Painem, 76} and {@code Sainem, 60}); nor does a surname alone join a group
 * known to be another person. {@link #group} then joins people whose surnames are written alike (a family:
 * {@code Kimani Gray}, {@code Mahnefah Gray}), before surnames alone are placed, so that a surname alone is compared
 * with the family's spelling; {@link #people} keeps each person apart, for comparing given names.
 *
 * <p>Only spellings that share a blocking key are compared, so the work grows with the size of the blocks, not
 * with the square of the input. The result is deterministic: duplicates are dropped, each group is sorted, groups
 * are ordered by their first spelling, whatever the order of the input.
 */
public final class VariantGrouper {

    private static final BiPredicate<String, String> NONE_DISTINCT = (a, b) -> false;

    private final SpellingVariants variants;

    public VariantGrouper(SpellingVariants variants) {
        this.variants = variants;
    }

    /** Groups of spellings naming the same person or place, each sorted, ordered by first member. */
    public List<List<String>> group(MentionKind kind, Collection<String> spellings) {
        return group(kind, spellings, NONE_DISTINCT);
    }

    /**
     * @param distinct names known to belong to different people or places whatever their spelling (people of other
     *                 ages; places that two articles each name both of)
     */
    public List<List<String>> group(MentionKind kind, Collection<String> spellings,
                                    BiPredicate<String, String> distinct) {
        List<String> names = new ArrayList<>(new TreeSet<>(spellings));
        Clusters clusters = new Clusters(names.size());
        List<int[]> pairs = candidatePairs(kind, names);
        if (kind == MentionKind.PLACE) {
            for (int[] pair : pairs) {
                if (!clusters.connected(pair[0], pair[1]) && !distinct.test(names.get(pair[0]), names.get(pair[1]))
                        && variants.isSameName(kind, names.get(pair[0]), names.get(pair[1]))) {
                    clusters.union(pair[0], pair[1]);
                }
            }
        } else {
            groupPeople(names, pairs, clusters, distinct, true);
        }
        return groups(names, clusters);
    }

    /**
     * Groups of full names (and surnames alone) naming one person each, without joining the people of one family
     * as {@link #group} does: what given names are compared within.
     */
    public List<List<String>> people(Collection<String> spellings, BiPredicate<String, String> distinct) {
        List<String> names = new ArrayList<>(new TreeSet<>(spellings));
        Clusters clusters = new Clusters(names.size());
        groupPeople(names, candidatePairs(MentionKind.PERSON, names), clusters, distinct, false);
        return groups(names, clusters);
    }

    private static List<List<String>> groups(List<String> names, Clusters clusters) {
        // names are indexed in sorted order, so each group is sorted and groups come by first member
        return clusters.groups().stream().map(group -> group.stream().map(names::get).toList()).toList();
    }

    /**
     * @param families whether people whose surnames are written alike (folded) share a group: a surname alone then
     *                 names their family, and its spelling is compared with theirs ({@code Grey} among the
     *                 {@code Gray}s), while two people with other surnames still never share one
     */
    private void groupPeople(List<String> names, List<int[]> pairs, Clusters clusters,
                             BiPredicate<String, String> distinct, boolean families) {
        boolean[] full = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            full[i] = PersonName.parse(names.get(i)).hasGivenName();
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            members.computeIfAbsent(i, k -> new ArrayList<>()).add(i);
        }
        for (int[] pair : pairs) {
            int a = pair[0];
            int b = pair[1];
            if (!full[a] || !full[b] || clusters.connected(a, b)) {
                continue;
            }
            List<Integer> ma = members.get(clusters.find(a));
            List<Integer> mb = members.get(clusters.find(b));
            if (allSamePerson(names, ma, mb, distinct)) {
                List<Integer> joined = new ArrayList<>(ma);
                joined.addAll(mb);
                clusters.union(a, b);
                members.put(clusters.find(a), joined);
            }
        }
        if (families) {
            for (int[] pair : pairs) {
                if (full[pair[0]] && full[pair[1]] && NameFold.fold(PersonName.parse(names.get(pair[0])).surname())
                        .equals(NameFold.fold(PersonName.parse(names.get(pair[1])).surname()))) {
                    clusters.union(pair[0], pair[1]);
                }
            }
        }
        boolean[] attached = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            attached[i] = !full[i] && attachSurname(names, i, pairs, full, clusters, distinct);
        }
        for (int[] pair : pairs) {
            int a = pair[0];
            int b = pair[1];
            if (!full[a] && !full[b] && !attached[a] && !attached[b] && !clusters.connected(a, b)
                    && !distinct.test(names.get(a), names.get(b))
                    && variants.isSameName(MentionKind.PERSON, names.get(a), names.get(b))) {
                clusters.union(a, b);
            }
        }
    }

    /** Joins a surname alone to the one group of full names it names, exact spellings first; whether it did. */
    private boolean attachSurname(List<String> names, int surname, List<int[]> pairs, boolean[] full, Clusters clusters,
                                  BiPredicate<String, String> distinct) {
        String alone = NameFold.fold(names.get(surname));
        TreeSet<Integer> exact = new TreeSet<>();
        TreeSet<Integer> variant = new TreeSet<>();
        for (int[] pair : pairs) {
            int other = pair[0] == surname ? pair[1] : pair[1] == surname ? pair[0] : -1;
            if (other < 0 || !full[other] || distinct.test(names.get(surname), names.get(other))) {
                continue;
            }
            String otherSurname = PersonName.parse(names.get(other)).surname();
            if (NameFold.fold(otherSurname).equals(alone)) {
                exact.add(clusters.find(other));
            } else if (variants.isSameSurname(names.get(surname), otherSurname)) {
                variant.add(clusters.find(other));
            }
        }
        TreeSet<Integer> candidates = exact.isEmpty() ? variant : exact;
        if (candidates.size() != 1) {
            return false;
        }
        clusters.union(surname, candidates.first());
        return true;
    }

    private boolean allSamePerson(List<String> names, List<Integer> a, List<Integer> b,
                                  BiPredicate<String, String> distinct) {
        for (int x : a) {
            for (int y : b) {
                String na = names.get(x);
                String nb = names.get(y);
                if (distinct.test(na, nb) || !variants.isSameName(MentionKind.PERSON, na, nb)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Pairs of names sharing a blocking key, each once, smaller index first, in sorted order. */
    private List<int[]> candidatePairs(MentionKind kind, List<String> names) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            for (String key : variants.blockingKeys(kind, names.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        TreeSet<Long> pairs = new TreeSet<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    pairs.add((long) a * names.size() + b);
                }
            }
        }
        return pairs.stream().map(p -> new int[]{(int) (p / names.size()), (int) (p % names.size())}).toList();
    }
}
