package news.crosscheck.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The floor the job is measured against: read every feed once, analyse title and body with {@link EnglishAnalyzer}
 * and add them to an on-disk Lucene index, nothing more (no term vectors, no stored text). With several threads the
 * feeds are shared out through a queue and the threads add to one {@link IndexWriter}, as Lucene allows.
 */
final class BareIndexer {

    private static final CSVFormat HEADED = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private BareIndexer() {
    }

    /** Indexes the corpus into {@code indexDir} and returns the number of articles indexed. */
    static int index(Path corpus, Path indexDir, int threads) throws IOException, InterruptedException {
        ConcurrentLinkedQueue<Path> feeds = new ConcurrentLinkedQueue<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(f -> f.getFileName().toString().equals("feed.csv")).sorted().forEach(feeds::add);
        }
        AtomicInteger count = new AtomicInteger();
        try (FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            List<Thread> workers = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    for (Path feed = feeds.poll(); feed != null; feed = feeds.poll()) {
                        count.addAndGet(indexFeed(feed, writer));
                    }
                }, "bare-indexer-" + t);
                worker.setUncaughtExceptionHandler((thread, e) -> {
                    synchronized (failures) {
                        failures.add(e);
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (!failures.isEmpty()) {
                throw new IOException("bare indexing failed", failures.get(0));
            }
            writer.commit();
        }
        return count.get();
    }

    private static int indexFeed(Path feed, IndexWriter writer) {
        int n = 0;
        try (Reader in = Files.newBufferedReader(feed, StandardCharsets.UTF_8); CSVParser csv = HEADED.parse(in)) {
            for (CSVRecord row : csv) {
                Document doc = new Document();
                doc.add(new StringField("id", row.get("id"), Field.Store.YES));
                doc.add(new TextField("text", row.get("title") + "\n" + row.get("body"), Field.Store.NO));
                writer.addDocument(doc);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
