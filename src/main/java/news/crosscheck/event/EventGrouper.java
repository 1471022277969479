package news.crosscheck.event;

import news.crosscheck.article.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Groups articles into events. Two articles report the same event when they were published within the time window
 * of each other and a weighted mean of two similarities reaches a threshold: TF-IDF cosine of title and body, and
 * TF-IDF cosine of their proper names (people, places, compared phonetically so transliterations count). Near-
 * identical texts (wire copies) are linked on text alone. Groups of articles are joined best first while the
 * average score over all pairs of their members reaches a second threshold ({@link AverageLinker}), so one strong
 * pair between two similar events (two strikes in two towns) does not make them one; an article joined to none is an
 * event of its own.
 * <p>
 * No pair of articles is compared unless a Lucene similarity query (MoreLikeThis over title and body, filtered to
 * the time window) names one as a near neighbour of the other, so the cost grows with the number of articles, not
 * with its square. The result does not depend on the order articles arrive in.
 */
public final class EventGrouper {

    private static final FieldType WITH_VECTORS = new FieldType();

    static {
        WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WITH_VECTORS.setTokenized(true);
        WITH_VECTORS.setStoreTermVectors(true);
        WITH_VECTORS.freeze();
    }

    /** Threads for the query phase; more than the cores would only wait. */
    private static final int QUERY_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private final GroupingSettings settings;
    private final NameKeys nameKeys = new NameKeys();

    public EventGrouper(GroupingSettings settings) {
        this.settings = settings;
    }

    /** Feeds articles into the index: give it each article, close it, then call {@link #group}. */
    public Indexer indexer(Directory directory) throws IOException {
        return new Indexer(new IndexWriter(directory, new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)));
    }

    /**
     * Links every indexed article to its similar neighbours and returns the events, sorted by id. The similarity
     * query of each article is built from its stored term vectors, so the texts are not read a second time.
     */
    public List<Event> group(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            int[] days = new int[reader.maxDoc()];
            for (int doc = 0; doc < days.length; doc++) {
                days[doc] = stored.document(doc).getField(ArticleFields.DAY).numericValue().intValue();
            }
            List<List<Integer>> groups = new AverageLinker(settings.minSimilarity(), settings.minGroupSimilarity())
                    .groups(idRanks(stored, reader.maxDoc()), links(reader, searcher, days));
            List<Event> events = new ArrayList<>();
            for (List<Integer> docs : groups) {
                events.add(Event.of(docs.stream().map(doc -> idOf(stored, doc)).toList()));
            }
            events.sort(Comparator.comparing(Event::id));
            return events;
        }
    }

    /**
     * Every scored candidate pair. The queries are independent of one another, so they are shared
     * out over the cores (every n-th article to one thread); the pairs, and so the events, are the same whatever the
     * number of threads and whatever order they finish in.
     */
    private List<AverageLinker.ScoredPair> links(DirectoryReader reader, IndexSearcher searcher, int[] days) throws IOException {
        int threads = Math.max(1, Math.min(QUERY_THREADS, reader.maxDoc() / 1000));
        if (threads == 1) {
            return linksOf(reader, searcher, days, 0, 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<AverageLinker.ScoredPair>>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> linksOf(reader, searcher, days, first, threads)));
            }
            List<AverageLinker.ScoredPair> all = new ArrayList<>();
            for (Future<List<AverageLinker.ScoredPair>> part : parts) {
                all.addAll(part.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while grouping", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The scored pairs of articles {@code first, first + step, ...}: MoreLikeThis and term vectors are per thread. */
    private List<AverageLinker.ScoredPair> linksOf(DirectoryReader reader, IndexSearcher searcher, int[] days, int first, int step)
            throws IOException {
        Similarity similarity = new Similarity(reader);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer());
        mlt.setFieldNames(new String[]{ArticleFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(20);
        List<AverageLinker.ScoredPair> links = new ArrayList<>();
        for (int self = first; self < reader.maxDoc(); self += step) {
            int day = days[self];
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(mlt.like(self), BooleanClause.Occur.MUST)
                    .add(IntPoint.newRangeQuery(ArticleFields.DAY, day - settings.windowDays(),
                            day + settings.windowDays()), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs hits = searcher.search(query, settings.candidates() + 1);
            Similarity.Vector text = null;
            Similarity.Vector names = null;
            for (ScoreDoc hit : hits.scoreDocs) {
                if (hit.doc == self) {
                    continue;
                }
                if (text == null) {
                    text = similarity.vector(ArticleFields.TEXT, self);
                    names = similarity.vector(ArticleFields.NAMES, self);
                }
                double score = pairScore(similarity, text, names, hit.doc);
                if (score > 0) {
                    links.add(new AverageLinker.ScoredPair(self, hit.doc, score));
                }
            }
        }
        return links;
    }

    /**
     * How much two articles look like one event, in [0, 1]: the weighted mean of text and name cosines; 1 for near-
     * identical texts (wire copies); 0 when the texts share too little for names alone to count. A pair below the
     * link threshold keeps its score: it still weighs in the average between two groups.
     */
    private double pairScore(Similarity similarity, Similarity.Vector selfText, Similarity.Vector selfNames, int b)
            throws IOException {
        double text = Similarity.cosine(selfText, similarity.vector(ArticleFields.TEXT, b));
        if (text >= settings.sureTextSimilarity()) {
            return 1;
        }
        if (text < settings.minTextSimilarity()) {
            return 0;
        }
        double names = Similarity.cosine(selfNames, similarity.vector(ArticleFields.NAMES, b));
        return (1 - settings.nameWeight()) * text + settings.nameWeight() * names;
    }

    /** Each article's rank among the article ids, so ties are broken the same way whatever the input order. */
    private static int[] idRanks(StoredFields stored, int docs) {
        Integer[] byId = new Integer[docs];
        String[] ids = new String[docs];
        for (int doc = 0; doc < docs; doc++) {
            byId[doc] = doc;
            ids[doc] = idOf(stored, doc);
        }
        Arrays.sort(byId, Comparator.comparing(doc -> ids[doc]));
        int[] ranks = new int[docs];
        for (int rank = 0; rank < docs; rank++) {
            ranks[byId[rank]] = rank;
        }
        return ranks;
    }

    private static String idOf(StoredFields stored, int doc) {
        try {
            return stored.document(doc).get(ArticleFields.ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int day(Article article) {
        return Math.toIntExact(article.published().toEpochDay());
    }

    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of(ArticleFields.NAMES, new WhitespaceAnalyzer()));
    }

    /** Adds articles to the index; closing it commits. */
    public final class Indexer implements AutoCloseable, Consumer<Article> {

        private final IndexWriter writer;

        private Indexer(IndexWriter writer) {
            this.writer = writer;
        }

        @Override
        public void accept(Article article) {
            Document doc = new Document();
            doc.add(new StringField(ArticleFields.ID, article.id(), Field.Store.YES));
            doc.add(new IntPoint(ArticleFields.DAY, day(article)));
            doc.add(new StoredField(ArticleFields.DAY, day(article)));
            doc.add(new Field(ArticleFields.TEXT, article.fullText(), WITH_VECTORS));
            doc.add(new Field(ArticleFields.NAMES, nameKeys.keys(article.outlet(), article.title(), article.body()), WITH_VECTORS));
            try {
                writer.addDocument(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            writer.commit();
            writer.close();
        }
    }
}
