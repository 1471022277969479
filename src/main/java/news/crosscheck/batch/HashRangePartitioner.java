package news.crosscheck.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits rows keyed by a lower-case hex hash after a fixed prefix into {@code gridSize} partitions by the first two
 * hex digits of the hash: partition {@code i} holds the keys from {@code prefix + hex(256 * i / gridSize)} up to, not
 * including, {@code prefix + hex(256 * (i + 1) / gridSize)}. Hashes spread evenly, and the split depends on nothing
 * but the data, so a restarted run finds each partition's rows where its earlier execution left them, and the
 * reports do not depend on which partition ran first.
 */
final class HashRangePartitioner implements Partitioner {

    /** Articles by the SHA-256 of their normalised body ({@code CC_ARTICLE.SHA256}). */
    static final HashRangePartitioner ARTICLE_HASHES = new HashRangePartitioner("");
    /**
     * Events by their id ({@code CC_MEMBER.EVENT_ID}): {@code E} and hex digits of the SHA-256 of their member ids,
     * as {@link news.crosscheck.event.Event#of} makes it.
     */
    static final HashRangePartitioner EVENT_IDS = new HashRangePartitioner("E");

    // The keys the article partitions have always used, so that a run cut off inside extraction by an earlier version
    // restarts its partitions on the same ranges.
    private static final String FROM = "sha256.from";
    private static final String TO = "sha256.to";
    /** Above every hex digit, so the last partition takes the keys from its lower bound to the end. */
    private static final String END = "g";

    private final String prefix;

    HashRangePartitioner(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FROM, bound(256 * i / gridSize));
            context.putString(TO, i == gridSize - 1 ? prefix + END : bound(256 * (i + 1) / gridSize));
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    private String bound(int firstByte) {
        return prefix + String.format(Locale.ROOT, "%02x", firstByte);
    }

    /** The range of the partition whose step execution context this is; every key when there is none. */
    Range range(ExecutionContext context) {
        return new Range(context.getString(FROM, bound(0)), context.getString(TO, prefix + END));
    }

    /** Keys from {@code from} (inclusive) to {@code to} (exclusive), compared as strings. */
    record Range(String from, String to) {
    }
}
