package news.crosscheck.event;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DocumentVectorsTests {

    private static final String[] TEXTS = {
            "A fire at a warehouse in Korvel killed four workers, the fire chief said.",
            "Four workers died when fire swept through a Korvel warehouse on Tuesday.",
            "The city council approved the school budget after a long debate.",
            "",
            "A fire at a warehouse in Korvel killed four workers, the fire chief said.",
    };

    @Test
    void cosineIsOneForTheSameTextZeroForNothingSharedAndSymmetric() throws IOException {
        DocumentVectors vectors = vectors();
        assertThat(vectors.cosine(0, 4)).isCloseTo(1.0, within(1e-6));
        assertThat(vectors.cosine(0, 3)).isZero();
        assertThat(vectors.cosine(0, 2)).isZero();
        assertThat(vectors.cosine(0, 1)).isBetween(0.2, 0.9).isCloseTo(vectors.cosine(1, 0), within(1e-12));
    }

    @Test
    void topSharedTermsPutRareRepeatedTermsFirst() throws IOException {
        // "fire" twice outweighs any word once; of the words once, those in fewest documents come first, ties in term
        // order ("chief", "kill" and "said" are in two documents, "korvel" in three).
        assertThat(vectors().topSharedTerms(0, 2)).extracting(BytesRef::utf8ToString).containsExactly("fire", "chief");
        assertThat(vectors().topSharedTerms(3, 5)).isEmpty();
    }

    @Test
    void termsNoOtherDocumentHasAreNotQueryTerms() throws IOException {
        // "tuesday", "swept" and "through" are only in document 1: they weigh most but could find no neighbour.
        assertThat(vectors().topSharedTerms(1, 20)).extracting(BytesRef::utf8ToString)
                .containsExactlyInAnyOrder("fire", "korvel", "warehous", "four", "worker")
                .doesNotContain("tuesdai", "swept");
        assertThat(vectors().topSharedTerms(2, 20)).isEmpty();
    }

    @Test
    void anIndexOfManySegmentsGivesTheSameVectorsAsOneSegment() throws IOException {
        DocumentVectors one = vectors();
        DocumentVectors many = vectors(NoMergePolicy.INSTANCE, true);
        for (int a = 0; a < TEXTS.length; a++) {
            assertThat(many.topSharedTerms(a, 20)).isEqualTo(one.topSharedTerms(a, 20));
            for (int b = 0; b < TEXTS.length; b++) {
                assertThat(many.cosine(a, b)).isEqualTo(one.cosine(a, b));
            }
        }
    }

    @Test
    void articlesOutsideTheWindowChangeNoWeight() throws IOException {
        // The same five texts again, ten years later: with counts over the whole index every shared word would look
        // twice as common; counted over each article's window, nothing of this decade changes.
        DocumentVectors alone = vectors();
        DocumentVectors withArchive = twice(3650);
        for (int a = 0; a < TEXTS.length; a++) {
            assertThat(withArchive.topSharedTerms(a, 20)).isEqualTo(alone.topSharedTerms(a, 20));
            for (int b = 0; b < TEXTS.length; b++) {
                assertThat(withArchive.cosine(a, b)).isEqualTo(alone.cosine(a, b));
            }
        }
    }

    @Test
    void aQuietWindowIsWeighedAsIfAmongTheBackgroundsArticles() throws IOException {
        // Among five documents a word in three weighs ln(1 + 5/3) = 0.98 against ln(1 + 5/1) = 1.79 for a word in
        // one; among a background of 1000, 5.81 against 6.91, so words the two reports share count for more.
        assertThat(vectors(new int[TEXTS.length], 1000).cosine(0, 1)).isGreaterThan(vectors().cosine(0, 1));
    }

    /** The vectors of {@link #TEXTS} on day 0 and again {@code laterDays} later, each copy a segment of its own. */
    private static DocumentVectors twice(int laterDays) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        int[] days = new int[TEXTS.length * 2];
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new EnglishAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int copy = 0; copy < 2; copy++) {
                for (int k = 0; k < TEXTS.length; k++) {
                    Document doc = new Document();
                    doc.add(new TextField("text", TEXTS[k], Field.Store.NO));
                    writer.addDocument(doc);
                    days[copy * TEXTS.length + k] = copy * laterDays;
                }
                writer.flush();
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return DocumentVectors.of(reader, "text", new WindowCounts(days, 3, 0));
        }
    }

    private static DocumentVectors vectors(int[] days, int backgroundArticles) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
            for (String text : TEXTS) {
                Document doc = new Document();
                doc.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return DocumentVectors.of(reader, "text", new WindowCounts(days, 3, backgroundArticles));
        }
    }

    private static DocumentVectors vectors() throws IOException {
        return vectors(new TieredMergePolicy(), false);
    }

    /** The vectors of {@link #TEXTS}; with {@code segmentPerDocument}, each document is flushed on its own. */
    private static DocumentVectors vectors(MergePolicy merges, boolean segmentPerDocument) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new EnglishAnalyzer()).setMergePolicy(merges))) {
            for (String text : TEXTS) {
                Document doc = new Document();
                doc.add(new TextField("text", text, Field.Store.NO));
                writer.addDocument(doc);
                if (segmentPerDocument) {
                    writer.flush();
                }
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(segmentPerDocument ? TEXTS.length : 1);
            return DocumentVectors.of(reader, "text", new WindowCounts(new int[reader.maxDoc()], 3, 0));
        }
    }
}
