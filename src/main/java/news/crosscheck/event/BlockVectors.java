package news.crosscheck.event;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TF-IDF vectors ({@link DocumentVectors}) of text and names of the articles in the index segments that hold
 * some day of a span, by document number of the whole index. A vector is weighed by the counts of its article's own
 * window, so it is the same as in the vectors of the whole index when the span holds that window: the grouping
 * reads the vectors of a block of days from twice the time window around it, and uses those within the window of it.
 */
final class BlockVectors implements AutoCloseable {

    /** By document number of the whole index: its number in the block's reader, -1 outside it. */
    private final int[] local;
    private final DocumentVectors text;
    private final DocumentVectors names;
    private final IndexReader blockReader;

    private BlockVectors(int[] local, DocumentVectors text, DocumentVectors names, IndexReader blockReader) {
        this.local = local;
        this.text = text;
        this.names = names;
        this.blockReader = blockReader;
    }

    /** The vectors of the segments of {@code reader} that hold an article of a day in {@code [from, to]}. */
    static BlockVectors of(DirectoryReader reader, int[] days, int from, int to, GroupingSettings settings)
            throws IOException {
        int[] local = new int[reader.maxDoc()];
        Arrays.fill(local, -1);
        List<IndexReader> segments = new ArrayList<>();
        List<Integer> blockDays = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (Arrays.stream(days, leaf.docBase, end).noneMatch(day -> day >= from && day <= to)) {
                continue;
            }
            segments.add(leaf.reader());
            for (int doc = leaf.docBase; doc < end; doc++) {
                local[doc] = blockDays.size();
                blockDays.add(days[doc]);
            }
        }
        MultiReader block = new MultiReader(segments.toArray(IndexReader[]::new), false);
        WindowCounts windows = new WindowCounts(blockDays.stream().mapToInt(Integer::intValue).toArray(),
                settings.windowDays(), settings.backgroundArticles());
        return new BlockVectors(local, DocumentVectors.of(block, ArticleFields.TEXT, windows),
                DocumentVectors.of(block, ArticleFields.NAMES, windows), block);
    }

    double textCosine(int a, int b) {
        return text.cosine(local[a], local[b]);
    }

    double namesCosine(int a, int b) {
        return names.cosine(local[a], local[b]);
    }

    boolean hasNames(int doc) {
        return names.hasTerms(local[doc]);
    }

    /** See {@link DocumentVectors#topSharedTerms}. */
    List<BytesRef> topSharedTerms(int doc, int n) {
        return text.topSharedTerms(local[doc], n);
    }

    @Override
    public void close() throws IOException {
        blockReader.close();
    }
}
