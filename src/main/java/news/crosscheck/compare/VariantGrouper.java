package news.crosscheck.compare;

import news.crosscheck.event.Clusters;

import news.crosscheck.claim.MentionKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Clusters names = new Clusters(distinct.size());
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
                    if (!names.connected(a, b) && variants.isSameName(kind, distinct.get(a), distinct.get(b))) {
                        names.union(a, b);
                    }
                }
            }
        }
        // spellings are indexed in sorted order, so each group is sorted and groups come by first member
        return names.groups().stream().map(group -> group.stream().map(distinct::get).toList()).toList();
    }

}
