package news.crosscheck.event;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocking by publication day: for each day of the articles, a searcher over just the index segments that hold
 * articles of the days within the time window around it. The indexer starts a segment at each new day (articles
 * come in day order) and nothing merges them, so a query for a Tuesday article walks the postings of Saturday to
 * Friday, not of the whole month an auditor reruns. A segment that mixes days is searched by every window it
 * overlaps; the query's own day filter keeps the result exact.
 * <p>
 * Built before the query threads start and read-only after, so threads share it. Closing releases the searchers'
 * hold on the segments.
 */
final class Windows implements AutoCloseable {

    private final Map<Integer, Window> byDay;
    private final List<IndexReader> opened;

    private Windows(Map<Integer, Window> byDay, List<IndexReader> opened) {
        this.byDay = byDay;
        this.opened = opened;
    }

    /** The windows of {@code ± windowDays} around every day in {@code days} (by document number). */
    static Windows of(DirectoryReader reader, int[] days, int windowDays) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int[] firstDay = new int[leaves.size()];
        int[] lastDay = new int[leaves.size()];
        for (int leaf = 0; leaf < leaves.size(); leaf++) {
            LeafReaderContext context = leaves.get(leaf);
            firstDay[leaf] = Integer.MAX_VALUE;
            lastDay[leaf] = Integer.MIN_VALUE;
            for (int doc = context.docBase; doc < context.docBase + context.reader().maxDoc(); doc++) {
                firstDay[leaf] = Math.min(firstDay[leaf], days[doc]);
                lastDay[leaf] = Math.max(lastDay[leaf], days[doc]);
            }
        }
        Map<Integer, Window> byDay = new HashMap<>();
        List<IndexReader> opened = new ArrayList<>();
        for (int day : days) {
            if (byDay.containsKey(day)) {
                continue;
            }
            List<LeafReaderContext> inWindow = new ArrayList<>();
            boolean onlyWindowDays = true;
            for (int leaf = 0; leaf < leaves.size(); leaf++) {
                if (firstDay[leaf] <= day + windowDays && lastDay[leaf] >= day - windowDays) {
                    inWindow.add(leaves.get(leaf));
                    onlyWindowDays &= firstDay[leaf] >= day - windowDays && lastDay[leaf] <= day + windowDays;
                }
            }
            MultiReader window = new MultiReader(inWindow.stream().map(LeafReaderContext::reader)
                    .toArray(IndexReader[]::new), false);
            opened.add(window);
            byDay.put(day, new Window(new IndexSearcher(window),
                    inWindow.stream().mapToInt(context -> context.docBase).toArray(), onlyWindowDays));
        }
        return new Windows(byDay, opened);
    }

    /** The window around a day that one of the articles has. */
    Window around(int day) {
        return byDay.get(day);
    }

    @Override
    public void close() throws IOException {
        for (IndexReader reader : opened) {
            reader.close();
        }
    }

    /**
     * A searcher over some segments of the index, and where each of them starts in the whole index.
     *
     * @param indexDocBase the first document number, in the whole index, of each of the searcher's segments
     * @param onlyWindowDays whether every article of its segments is of a day within the window, so a query needs
     *                       no day filter
     */
    record Window(IndexSearcher searcher, int[] indexDocBase, boolean onlyWindowDays) {

        /** The document number in the whole index of a hit of this window's searcher. */
        int articleOf(int hit) {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            int leaf = ReaderUtil.subIndex(hit, leaves);
            return indexDocBase[leaf] + hit - leaves.get(leaf).docBase;
        }
    }
}
