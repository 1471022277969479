package news.crosscheck.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits the articles of a run into {@code gridSize} partitions by the first two hex digits of the SHA-256 of their
 * normalised body: partition {@code i} holds the hashes from {@code 256 * i / gridSize} up to, not including,
 * {@code 256 * (i + 1) / gridSize}. Hashes spread evenly, and the split depends on nothing but the articles, so a
 * restarted run finds each partition's articles where its earlier execution left them.
 */
final class ArticleHashPartitioner implements Partitioner {

    private static final String FROM = "sha256.from";
    private static final String TO = "sha256.to";
    /** Above every hex digit, so the last partition takes the hashes from its lower bound to the end. */
    private static final String END = "g";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FROM, bound(256 * i / gridSize));
            context.putString(TO, i == gridSize - 1 ? END : bound(256 * (i + 1) / gridSize));
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    private static String bound(int prefix) {
        return String.format(Locale.ROOT, "%02x", prefix);
    }

    /** The range of the partition whose step execution context this is; every article when there is none. */
    static Range range(ExecutionContext context) {
        return new Range(context.getString(FROM, bound(0)), context.getString(TO, END));
    }

    /** Hashes from {@code from} (inclusive) to {@code to} (exclusive), compared as lower-case hex strings. */
    record Range(String from, String to) {
    }
}
