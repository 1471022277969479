package news.crosscheck.batch;

import news.crosscheck.article.Sha256;
import news.crosscheck.event.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HashRangePartitionerTests {

    @Nested
    class Articles {

        @Test
        void twoPartitionsSplitAtTheMiddleOfTheFirstByte() {
            // These contexts are stored in the job repository: a restart reads them back, so they must not change.
            Map<String, ExecutionContext> partitions = HashRangePartitioner.ARTICLE_HASHES.partition(2);
            assertThat(partitions).containsOnlyKeys("partition0", "partition1");
            assertThat(HashRangePartitioner.ARTICLE_HASHES.range(partitions.get("partition0")))
                    .isEqualTo(new HashRangePartitioner.Range("00", "80"));
            assertThat(HashRangePartitioner.ARTICLE_HASHES.range(partitions.get("partition1")))
                    .isEqualTo(new HashRangePartitioner.Range("80", "g"));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 7})
        void everyHashFallsInExactlyOnePartition(int gridSize) {
            Collection<ExecutionContext> partitions = HashRangePartitioner.ARTICLE_HASHES.partition(gridSize).values();
            for (String hash : List.of("0".repeat(64), "f".repeat(64), "7f" + "f".repeat(62), "80" + "0".repeat(62),
                    Sha256.hex("At least 28 people were killed"), Sha256.hex(""))) {
                assertThat(partitions.stream().filter(p -> contains(HashRangePartitioner.ARTICLE_HASHES, p, hash)))
                        .as(hash).hasSize(1);
            }
        }
    }

    @Nested
    class Events {

        @Test
        void eventIdsAreSplitAfterTheirPrefix() {
            Map<String, ExecutionContext> partitions = HashRangePartitioner.EVENT_IDS.partition(2);
            assertThat(HashRangePartitioner.EVENT_IDS.range(partitions.get("partition0")))
                    .isEqualTo(new HashRangePartitioner.Range("E00", "E80"));
            assertThat(HashRangePartitioner.EVENT_IDS.range(partitions.get("partition1")))
                    .isEqualTo(new HashRangePartitioner.Range("E80", "Eg"));
        }

        @Test
        void everyEventIdFallsInExactlyOnePartition() {
            Collection<ExecutionContext> partitions = HashRangePartitioner.EVENT_IDS.partition(2).values();
            for (int i = 0; i < 200; i++) {
                String id = Event.of(List.of("northern-ledger/strike-" + i + ".txt", "feed.csv#" + i)).id();
                assertThat(partitions.stream().filter(p -> contains(HashRangePartitioner.EVENT_IDS, p, id)))
                        .as(id).hasSize(1);
            }
        }
    }

    @Test
    void withoutAPartitionTheRangeHoldsEveryKey() {
        HashRangePartitioner.Range all = HashRangePartitioner.EVENT_IDS.range(new ExecutionContext());
        assertThat(all).isEqualTo(new HashRangePartitioner.Range("E00", "Eg"));
    }

    /** The comparison the readers' SQL makes: {@code KEY >= from AND KEY < to}. */
    private static boolean contains(HashRangePartitioner partitioner, ExecutionContext context, String key) {
        HashRangePartitioner.Range range = partitioner.range(context);
        return key.compareTo(range.from()) >= 0 && key.compareTo(range.to()) < 0;
    }
}
