package news.crosscheck.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected groups of items {@code 0..n-1} from pairwise links (union-find with path halving). The groups do not
 * depend on the order links are made in: each lists its members in ascending order, and groups come ordered by
 * their smallest member. Used wherever the pipeline turns pairwise decisions into groups: articles into events,
 * figures into aligned groups, spellings into one name.
 */
public final class Clusters {

    private final int[] parent;

    public Clusters(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public int find(int item) {
        while (parent[item] != item) {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }
        return item;
    }

    public boolean connected(int a, int b) {
        return find(a) == find(b);
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Every group, singletons included. */
    public List<List<Integer>> groups() {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(find(i), root -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }
}
