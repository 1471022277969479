package news.crosscheck.compare;

import news.crosscheck.claim.MentionKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Clusters spellings of names into groups of the same name spelled differently.
 *
 * <p>Two spellings share a group when {@link SpellingVariants} says they are the same name, directly or through a
 * chain of such pairs (single linkage). Only spellings that share a blocking key (skeleton or phonetic code, see
 * {@link SpellingVariants}) are compared, so the work grows with the size of the blocks, not with the square of the
 * input. The result is deterministic: duplicates are dropped, each group is sorted, groups are ordered by their
 * first spelling, whatever the order of the input.
 */
public final class VariantGrouper {

    private final SpellingVariants variants;

    public VariantGrouper(SpellingVariants variants) {
        this.variants = variants;
    }

    /** Groups of spellings naming the same person or place, each sorted, ordered by first member. */
    public List<List<String>> group(MentionKind kind, Collection<String> spellings) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(spellings));
        int[] parent = new int[distinct.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (String key : variants.blockingKeys(kind, distinct.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = block.get(x);
                    int b = block.get(y);
                    if (find(parent, a) != find(parent, b)
                            && variants.isSameName(kind, distinct.get(a), distinct.get(b))) {
                        parent[find(parent, a)] = find(parent, b);
                    }
                }
            }
        }
        Map<Integer, List<String>> groups = new TreeMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(distinct.get(i));
        }
        // Members are added in sorted order, so each group is already sorted; order groups by first member.
        List<List<String>> result = new ArrayList<>(groups.values());
        result.sort(Comparator.comparing(g -> g.get(0)));
        return result.stream().map(List::copyOf).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
