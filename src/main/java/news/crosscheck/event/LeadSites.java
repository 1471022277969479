package news.crosscheck.event;

import news.crosscheck.claim.context.LeadPlaces;

import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.util.Arrays;

/**
 * Where each indexed article's lead puts its harm and what places it names ({@link LeadPlaces}), and the names the
 * whole article holds ({@link NameKeys}), as sorted hashes of their spelling keys, held only for the days a block of
 * the grouping can reach: two articles whose leads put their harm in two towns are never linked, however alike their
 * words (two missile strikes on two towns on one day), and their pair weighs against joining their groups.
 */
final class LeadSites {

    private static final int[] NONE = new int[0];

    private final int[][] sites;
    private final int[][] leadPlaces;
    private final int[][] streets;
    private final int[][] blocks;
    private final int[][] names;

    LeadSites(int articles) {
        sites = new int[articles][];
        leadPlaces = new int[articles][];
        streets = new int[articles][];
        blocks = new int[articles][];
        names = new int[articles][];
    }

    /** The stored form: the site keys, the lead's place, street and block keys and the name keys, a bar between each. */
    static String write(LeadPlaces.Reading lead, String nameKeys) {
        return String.join(" ", lead.sites()) + "|" + String.join(" ", lead.places()) + "|"
                + String.join(" ", lead.streets()) + "|" + String.join(" ", lead.blocks()) + "|" + nameKeys;
    }

    /**
     * Holds the sites and names of the articles of the days {@code [from, to]} (those a block's queries can reach),
     * read from the stored fields when not held yet, and lets go of those of earlier days: never the whole night's.
     */
    void keep(StoredFields stored, int[] days, int from, int to) throws IOException {
        for (int doc = 0; doc < days.length; doc++) {
            if (days[doc] < from) {
                sites[doc] = null;
                leadPlaces[doc] = null;
                streets[doc] = null;
                blocks[doc] = null;
                names[doc] = null;
            } else if (days[doc] <= to && sites[doc] == null) {
                read(doc, stored.document(doc).get(ArticleFields.PLACES));
            }
        }
    }

    private void read(int doc, String stored) {
        String[] parts = stored.split("\\|", 5);
        sites[doc] = hashes(parts[0]);
        leadPlaces[doc] = sites[doc].length == 0 ? NONE : hashes(parts[1]);
        streets[doc] = hashes(parts[2]);
        blocks[doc] = hashes(parts[3]);
        names[doc] = sites[doc].length == 0 && streets[doc].length == 0 ? NONE : hashes(parts[4]);
    }

    /**
     * Whether each lead names a site of its harm that the other lead does not name, and one of the articles never
     * names the other's site (see {@link LeadPlaces}); or, the same way, a street, or blocks of one street that
     * differ ("the 1400 block of Larkspur Ave." and "the 2900 block of Larkspur Avenue": a party and a drive-by).
     */
    boolean apart(int a, int b) {
        return sites[a].length > 0 && sites[b].length > 0 && disjoint(sites[a], leadPlaces[b])
                && disjoint(sites[b], leadPlaces[a]) && (disjoint(sites[a], names[b]) || disjoint(sites[b], names[a]))
                || streetsApart(a, b);
    }

    private boolean streetsApart(int a, int b) {
        if (streets[a].length == 0 || streets[b].length == 0) {
            return false;
        }
        if (disjoint(streets[a], streets[b])) {
            return disjoint(streets[a], names[b]) || disjoint(streets[b], names[a]);
        }
        return blocks[a].length > 0 && blocks[b].length > 0 && disjoint(blocks[a], blocks[b]);
    }

    private static boolean disjoint(int[] keys, int[] sorted) {
        for (int key : keys) {
            if (Arrays.binarySearch(sorted, key) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int[] hashes(String keys) {
        if (keys.isEmpty()) {
            return NONE;
        }
        return Arrays.stream(keys.split(" ")).mapToInt(String::hashCode).distinct().sorted().toArray();
    }

}
