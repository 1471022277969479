package news.crosscheck.event;

import news.crosscheck.claim.context.LeadKinds;
import news.crosscheck.claim.context.LeadPlaces;
import news.crosscheck.spelling.SpellingRule;

import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.util.Arrays;

/**
 * Where each indexed article's lead puts its harm and what places it names ({@link LeadPlaces}), and the names the
 * whole article holds ({@link NameKeys}), as sorted hashes of their spelling keys, held only for the days a block of
 * the grouping can reach: two articles whose leads put their harm in two towns are never linked, however alike their
 * words (two missile strikes on two towns on one day), nor are two whose one lead gives the other's site to another
 * incident ("in a crash separate from the pile-up on the M62"), nor a tally and a report of one incident, nor two whose
 * leads tell kinds of harm, or put it in kinds of place, that never go together ({@link LeadKinds}: a launch fire and a
 * launch capsizing, a shooting at a house party and one at a gas station), nor two whose protagonists differ and
 * neither names the other's (the deaths of two figures of one scandal); their pair weighs against joining their
 * groups. Keys are compared with near consonants as one ({@link SpellingRule#nearKey}):
 * a veto must not rest on a {@code b} and a {@code p} ({@code Busan}/{@code Pusan}).
 */
final class LeadSites {

    private static final int[] NONE = new int[0];
    private static final String TALLY = "T";

    private final int[][] sites;
    private final int[][] leadPlaces;
    private final int[][] streets;
    private final int[][] blocks;
    private final int[][] names;
    private final int[][] elsewhere;
    private final int[][] regionSites;
    private final int[][] regions;
    private final boolean[] tally;
    private final int[] kinds;
    private final int[] venues;
    private final int[] protagonists;

    LeadSites(int articles) {
        sites = new int[articles][];
        leadPlaces = new int[articles][];
        streets = new int[articles][];
        blocks = new int[articles][];
        names = new int[articles][];
        elsewhere = new int[articles][];
        regionSites = new int[articles][];
        regions = new int[articles][];
        tally = new boolean[articles];
        kinds = new int[articles];
        venues = new int[articles];
        protagonists = new int[articles];
    }

    /**
     * The stored form: the site keys, the lead's place, street and block keys, the name keys, the keys of the places
     * the lead gives to another incident, {@code T} for a tally, the bits of the lead's kinds of harm and those of its
     * kinds of place, the keys of the regions it puts its harm in and of all its regions, the key of the article's
     * protagonist ({@link NameKeys#own}), a bar between each.
     */
    static String write(LeadPlaces.Reading lead, String nameKeys, String protagonist) {
        return String.join(" ", lead.sites()) + "|" + String.join(" ", lead.places()) + "|"
                + String.join(" ", lead.streets()) + "|" + String.join(" ", lead.blocks()) + "|" + nameKeys + "|"
                + String.join(" ", lead.elsewhere()) + "|" + (lead.tally() ? TALLY : "") + "|" + lead.kinds()
                + "|" + lead.venues() + "|" + String.join(" ", lead.regionSites()) + "|"
                + String.join(" ", lead.regions()) + "|" + protagonist;
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
                elsewhere[doc] = null;
                regionSites[doc] = null;
                regions[doc] = null;
            } else if (days[doc] <= to && sites[doc] == null) {
                read(doc, stored.document(doc).get(ArticleFields.PLACES));
            }
        }
    }

    private void read(int doc, String stored) {
        String[] parts = stored.split("\\|", 12);
        sites[doc] = hashes(parts[0]);
        leadPlaces[doc] = hashes(parts[1]);
        streets[doc] = hashes(parts[2]);
        blocks[doc] = hashes(parts[3]);
        regionSites[doc] = hashes(parts[9]);
        regions[doc] = hashes(parts[10]);
        boolean placed = sites[doc].length > 0 || streets[doc].length > 0 || regionSites[doc].length > 0;
        names[doc] = placed || !parts[11].isEmpty() ? hashes(parts[4]) : NONE;
        elsewhere[doc] = hashes(parts[5]);
        tally[doc] = parts[6].equals(TALLY);
        kinds[doc] = Integer.parseInt(parts[7]);
        venues[doc] = Integer.parseInt(parts[8]);
        protagonists[doc] = parts[11].isEmpty() ? 0 : SpellingRule.nearKey(parts[11]).hashCode();
    }

    /**
     * Whether each lead names a site of its harm that the other lead does not name, and one of the articles never
     * names the other's site (see {@link LeadPlaces}); or, more strictly, a region ({@link #regionsApart}: "in Chipata
     * district", "in Chadiza district"); or a street, or blocks of one street that
     * differ ("the 1400 block of Larkspur Ave." and "the 2900 block of Larkspur Avenue": a party and a drive-by); or
     * one lead gives the other's site to another incident; or one is a tally and the other not; or their kinds of
     * harm, or of place, are apart; or their protagonists are.
     */
    boolean apart(int a, int b) {
        return sitesApart(a, b) || regionsApart(a, b) || streetsApart(a, b) || protagonistsApart(a, b)
                || givesToAnother(a, b) || givesToAnother(b, a) || tally[a] != tally[b]
                || LeadKinds.harm().apart(kinds[a], kinds[b]) || LeadKinds.venues().apart(venues[a], venues[b]);
    }

    /**
     * Whether the two articles have protagonists ({@link NameKeys#own}) that differ, and neither names the
     * other's.
     */
    private boolean protagonistsApart(int a, int b) {
        return protagonists[a] != 0 && protagonists[b] != 0 && protagonists[a] != protagonists[b]
                && Arrays.binarySearch(names[b], protagonists[a]) < 0
                && Arrays.binarySearch(names[a], protagonists[b]) < 0;
    }

    private boolean sitesApart(int a, int b) {
        return sites[a].length > 0 && sites[b].length > 0 && disjoint(sites[a], leadPlaces[b])
                && disjoint(sites[b], leadPlaces[a]) && (disjoint(sites[a], names[b]) || disjoint(sites[b], names[a]));
    }

    /**
     * As {@link #sitesApart} for regions, more strictly, since a region may hold the other ("in Michoacán state", "in
     * the Tierra Caliente region"): neither lead names the other's region, as a region or a town, and neither article
     * names it anywhere.
     */
    private boolean regionsApart(int a, int b) {
        return regionSites[a].length > 0 && regionSites[b].length > 0 && disjoint(regionSites[a], regions[b])
                && disjoint(regionSites[a], leadPlaces[b]) && disjoint(regionSites[b], regions[a])
                && disjoint(regionSites[b], leadPlaces[a]) && disjoint(regionSites[a], names[b])
                && disjoint(regionSites[b], names[a]);
    }

    /**
     * Whether lead {@code a} names the site or street of {@code b}'s harm as another incident's ("a crash separate
     * from the pile-up on the M62") and puts its own harm somewhere {@code b}'s lead does not name.
     */
    private boolean givesToAnother(int a, int b) {
        if (elsewhere[a].length == 0 || sites[a].length == 0 && streets[a].length == 0
                || disjoint(elsewhere[a], sites[b]) && disjoint(elsewhere[a], streets[b])) {
            return false;
        }
        return disjoint(sites[a], leadPlaces[b]) && disjoint(sites[a], streets[b])
                && disjoint(streets[a], leadPlaces[b]) && disjoint(streets[a], streets[b]);
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
        return Arrays.stream(keys.split(" ")).map(SpellingRule::nearKey).mapToInt(String::hashCode).distinct()
                .sorted().toArray();
    }

}
