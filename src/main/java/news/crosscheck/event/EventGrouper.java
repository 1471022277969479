package news.crosscheck.event;

import news.crosscheck.article.Article;
import news.crosscheck.claim.context.IncidentDay;
import news.crosscheck.claim.context.LeadPlaces;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Groups articles into events. Two articles report the same event when they were published within the time window
 * of each other (a follow-up that dates its incident weeks earlier counts as published on that day, see
 * {@code Indexer.day}) and a weighted mean of two similarities reaches a threshold: TF-IDF cosine of title and body, and
 * TF-IDF cosine of their proper names (people, places, compared phonetically so transliterations count). Near-
 * copies (a wire story republished, lightly edited: texts and names alike) are one report ({@link CopyFamilies}).
 * Groups of reports are joined best first while the average score over all pairs of their members reaches a second
 * threshold ({@link AverageLinker}), so one strong pair between two similar events (two strikes in two towns) does
 * not make them one; a pair whose leads put the harm in two places ({@link LeadSites#apart}) counts below nothing in
 * common in that average. An article joined to none is an event of its own.
 * <p>
 * The TF-IDF weights are counted over each article's own time window ({@link WindowCounts}), so a night's events
 * are the same whatever articles of other weeks or years are read in the same run, and over at least a background
 * number of articles, so a night of ten articles groups as the same articles do on a busy night.
 * <p>
 * No pair of articles is compared unless a Lucene query names one as a near neighbour of the other: the other
 * article's {@value #QUERY_TERMS} heaviest TF-IDF terms that other articles share too, over title and body, run
 * on the segments of the days within the time window only (the index holds a segment per day). So a query's cost
 * depends on the articles of its window, not on the whole night or month, and never on the square of either. The
 * result does not depend on the order articles arrive in.
 */
public final class EventGrouper {

    /** Terms of an article's neighbour query: enough to find its event's other reports, few enough to be fast. */
    private static final int QUERY_TERMS = 10;

    /**
     * The score that marks a copy pair among the scored pairs: above any pair score, so {@link CopyFamilies} can tell
     * copies apart; the average linkage never sees it (families are linked by their members' other pairs).
     */
    private static final double COPY = 2;

    /** The deepest a neighbour query goes, however many copies of the article it finds. */
    private static final int MAX_HITS = 200;

    /** Threads for the query phase; more than the cores would only wait. */
    private static final int QUERY_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    /** The score of a pair whose texts and names are alike past the sure level: always one event. */
    private static final double SURE_SCORE = 1;

    /**
     * The most articles linked at a time: their vectors take about 1.6 KB each (and twice that while they are made),
     * so a block of this many stays within a 1 GB heap, and a night of up to this many is one block.
     */
    private static final int BLOCK_ARTICLES = 100_000;

    /**
     * The text and name fields: terms and their counts in each article, no positions. Neither the neighbour queries
     * (BM25 on any of a few terms) nor the vectors (term counts) read positions, and leaving them out makes indexing
     * cheaper; scores and counts are the same.
     */
    private static final FieldType COUNTED_TERMS = countedTerms();

    private final GroupingSettings settings;
    private final int blockArticles;
    private final NameKeys nameKeys = new NameKeys();

    public EventGrouper(GroupingSettings settings) {
        this(settings, BLOCK_ARTICLES);
    }

    /** @param blockArticles the most articles linked at a time (whole days), see {@link #group} */
    EventGrouper(GroupingSettings settings, int blockArticles) {
        this.settings = settings;
        this.blockArticles = blockArticles;
    }

    /**
     * Feeds articles into the index: give it each article, close it, then call {@link #group}. The publication days
     * of all the articles tell whether a follow-up has reports of its incident to join ({@code Indexer.day}).
     * Articles given in order of publication day make segments of one day each, so a query searches only the
     * segments of its window; any other order gives the same events, only more slowly.
     */
    public Indexer indexer(Directory directory, Collection<LocalDate> publicationDays) throws IOException {
        return new Indexer(publicationDays, new IndexWriter(directory, new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setIndexSort(new Sort(new SortField(ArticleFields.DAY, SortField.Type.INT)))));
    }

    /**
     * Links every indexed article to its similar neighbours and returns the events, sorted by id. The articles'
     * vectors are read from the index's postings, so the texts are not read a second time; a night of more than
     * {@code blockArticles} articles is linked a block of days at a time ({@link Linkage}), with the same events.
     */
    public List<Event> group(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields stored = reader.storedFields();
            String[] ids = new String[reader.maxDoc()];
            int[] days = new int[reader.maxDoc()];
            LeadSites sites = new LeadSites(reader.maxDoc());
            for (int doc = 0; doc < ids.length; doc++) {
                Document fields = stored.document(doc);
                ids[doc] = fields.get(ArticleFields.ID);
                days[doc] = fields.getField(ArticleFields.DAY).numericValue().intValue();
            }
            Linkage linkage = new Linkage(days, idRanks(ids),
                    new AverageLinker(settings.minSimilarity(), settings.minGroupSimilarity()),
                    Math.min(settings.minSimilarity(), settings.minGroupSimilarity()), COPY);
            int w = settings.windowDays();
            try (Windows windows = Windows.of(reader, days, w)) {
                for (int[] block : blocks(days)) {
                    int first = days[block[0]];
                    int last = days[block[block.length - 1]];
                    sites.keep(stored, days, first - w, last + w);
                    // the vectors of the articles a block's queries can reach (within the window of its days), each
                    // weighed by its own window, so read from the segments of twice the window around the block
                    try (BlockVectors vectors = BlockVectors.of(reader, days, first - 2 * w, last + 2 * w, settings)) {
                        linkage.add(links(windows, vectors, sites, block, days));
                    }
                    linkage.finishBefore(last + 1 - w);
                }
            }
            List<Event> events = new ArrayList<>();
            for (List<Integer> docs : linkage.groups()) {
                events.add(Event.of(docs.stream().map(doc -> ids[doc]).toList()));
            }
            events.sort(Comparator.comparing(Event::id));
            return events;
        }
    }

    /**
     * The articles in blocks of whole days, in day order, each of at most {@code blockArticles} articles unless one
     * day alone has more; each block lists its articles by day, then document number.
     */
    private List<int[]> blocks(int[] days) {
        Integer[] byDay = new Integer[days.length];
        for (int doc = 0; doc < days.length; doc++) {
            byDay[doc] = doc;
        }
        Arrays.sort(byDay, Comparator.<Integer>comparingInt(doc -> days[doc]).thenComparingInt(doc -> doc));
        List<int[]> blocks = new ArrayList<>();
        int from = 0;
        while (from < byDay.length) {
            int to = from;
            while (to < byDay.length) {
                int dayEnd = to;
                while (dayEnd < byDay.length && days[byDay[dayEnd]] == days[byDay[to]]) {
                    dayEnd++;
                }
                if (to > from && dayEnd - from > blockArticles) {
                    break;
                }
                to = dayEnd;
            }
            blocks.add(Arrays.stream(byDay, from, to).mapToInt(Integer::intValue).toArray());
            from = to;
        }
        return blocks;
    }

    /**
     * Every scored candidate pair of a block's articles. The queries are independent of one another, so they are
     * shared out over the cores, each thread a run of the block's articles in day order (so that the terms it looks up
     * in a window are looked up by one thread, see {@link #linksOf}); the pairs, and so the events, are the same
     * whatever the number of threads and whatever order they finish in.
     */
    private List<AverageLinker.ScoredPair> links(Windows windows, BlockVectors vectors, LeadSites sites, int[] block,
                                                 int[] days) throws IOException {
        int threads = Math.max(1, Math.min(QUERY_THREADS, block.length / 1000));
        if (threads == 1) {
            return linksOf(windows, vectors, sites, block, days, 0, block.length);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<AverageLinker.ScoredPair>>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) block.length * t / threads);
                int to = (int) ((long) block.length * (t + 1) / threads);
                parts.add(pool.submit(() -> linksOf(windows, vectors, sites, block, days, from, to)));
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

    /** The scored pairs of the block's articles {@code from} (inclusive) to {@code to} (exclusive). */
    private List<AverageLinker.ScoredPair> linksOf(Windows windows, BlockVectors vectors, LeadSites sites,
                                                   int[] block, int[] days, int from, int to) throws IOException {
        List<AverageLinker.ScoredPair> links = new ArrayList<>();
        // Looking a term up in every segment of the window was 40% of a query's cost. Articles come in day order, so
        // one window serves many queries in a row, and their terms recur: each term is looked up once per window.
        Windows.Window cachedWindow = null;
        Map<BytesRef, TermStates> termStates = new HashMap<>();
        for (int k = from; k < to; k++) {
            int self = block[k];
            List<BytesRef> terms = vectors.topSharedTerms(self, QUERY_TERMS);
            if (terms.isEmpty()) {
                continue;
            }
            Windows.Window window = windows.around(days[self]);
            if (window != cachedWindow) {
                cachedWindow = window;
                termStates.clear();
            }
            List<TermQuery> termQueries = new ArrayList<>(terms.size());
            for (BytesRef term : terms) {
                TermStates states = termStates.get(term);
                Term t = new Term(ArticleFields.TEXT, term);
                if (states == null) {
                    states = TermStates.build(window.searcher(), t, true);
                    termStates.put(term, states);
                }
                termQueries.add(new TermQuery(t, states));
            }
            links.addAll(neighbours(window, neighbourQuery(termQueries, days[self], window.onlyWindowDays()), vectors,
                    sites, self));
        }
        return links;
    }

    /**
     * The scored pairs of an article and its {@code candidates} nearest neighbours. Its own near-copies do not count
     * among them: a story republished by many outlets would otherwise fill every query with its copies and name none
     * of the event's other reports, so the query is run again, deeper by the copies it found, until it names as
     * many other articles (or runs out, or reaches {@value #MAX_HITS} hits).
     */
    private List<AverageLinker.ScoredPair> neighbours(Windows.Window window, Query query, BlockVectors vectors,
                                                      LeadSites sites, int self)
            throws IOException {
        int wanted = settings.candidates() + 1;
        while (true) {
            TopDocs hits = window.searcher().search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
            List<AverageLinker.ScoredPair> pairs = new ArrayList<>(hits.scoreDocs.length);
            int copies = 0;
            for (ScoreDoc hit : hits.scoreDocs) {
                int other = window.articleOf(hit.doc);
                if (other == self) {
                    continue;
                }
                double text = vectors.textCosine(self, other);
                if (isCopy(vectors, self, other, text)) {
                    copies++;
                    pairs.add(new AverageLinker.ScoredPair(self, other, COPY));
                } else if (sites.apart(self, other)) {
                    pairs.add(new AverageLinker.ScoredPair(self, other, AverageLinker.APART));
                } else {
                    double score = pairScore(vectors, self, other, text);
                    if (score > 0) {
                        pairs.add(new AverageLinker.ScoredPair(self, other, score));
                    }
                }
            }
            int deeper = Math.min(MAX_HITS, settings.candidates() + 1 + copies);
            if (hits.scoreDocs.length < wanted || deeper <= wanted) {
                return pairs;
            }
            wanted = deeper;
        }
    }

    /**
     * The query for an article's nearest neighbours: its heaviest TF-IDF terms that other articles share, any of
     * which may match (BM25 ranks the articles that share the most and rarest of them first), limited to the articles
     * published within the time window. It runs on the segments of the window's days ({@link Windows}); the day
     * filter only matters in a segment of several days, where the index sort makes it one range of document numbers.
     * A window whose segments hold only days within it needs no filter: the disjunction alone finds the same articles
     * with the same scores (a filter adds none), and Lucene scores a bare disjunction faster.
     */
    private Query neighbourQuery(List<TermQuery> terms, int day, boolean onlyWindowDays) {
        BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
        for (TermQuery term : terms) {
            anyTerm.add(term, BooleanClause.Occur.SHOULD);
        }
        if (onlyWindowDays) {
            return anyTerm.build();
        }
        long from = day - settings.windowDays();
        long to = day + settings.windowDays();
        return new BooleanQuery.Builder()
                .add(anyTerm.build(), BooleanClause.Occur.MUST)
                .add(new IndexSortSortedNumericDocValuesRangeQuery(ArticleFields.DAY, from, to,
                                NumericDocValuesField.newSlowRangeQuery(ArticleFields.DAY, from, to)),
                        BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * How much two articles look like one event, in [0, 1]: the weighted mean of text and name cosines; 1 for near-
     * copies (a wire story republished: texts and names alike past the sure level, or texts alike and no names to
     * compare); 0 when the texts share too little for names alone to count. Two stories written from one template
     * about two towns share their text but not their names, so they are never taken for copies. A pair below the
     * link threshold keeps its score: it still weighs in the average between two groups.
     *
     * @param text the articles' text cosine, read once for this and {@link #isCopy}
     */
    private double pairScore(BlockVectors vectors, int a, int b, double text) {
        if (text < settings.minTextSimilarity()) {
            return 0;
        }
        double names = vectors.namesCosine(a, b);
        if (text >= settings.sureTextSimilarity() && (names >= settings.sureTextSimilarity()
                || !vectors.hasNames(a) || !vectors.hasNames(b))) {
            return SURE_SCORE;
        }
        return (1 - settings.nameWeight()) * text + settings.nameWeight() * names;
    }

    /**
     * Whether two articles are near-copies of one report (a wire story republished, lightly edited): text and names
     * alike past the copy level, or texts alike and no names to compare. A story written again from the same
     * sentences about another town (a template, or a follow-up that reuses the first report's paragraphs) shares
     * less, or other names.
     *
     * @param text the articles' text cosine
     */
    private boolean isCopy(BlockVectors vectors, int a, int b, double text) {
        if (text < settings.copySimilarity()) {
            return false;
        }
        return !vectors.hasNames(a) || !vectors.hasNames(b) || vectors.namesCosine(a, b) >= settings.copySimilarity();
    }

    /** Each article's rank among the article ids, so ties are broken the same way whatever the input order. */
    private static int[] idRanks(String[] ids) {
        Integer[] byId = new Integer[ids.length];
        for (int doc = 0; doc < ids.length; doc++) {
            byId[doc] = doc;
        }
        Arrays.sort(byId, Comparator.comparing(doc -> ids[doc]));
        int[] ranks = new int[ids.length];
        for (int rank = 0; rank < ids.length; rank++) {
            ranks[byId[rank]] = rank;
        }
        return ranks;
    }

    private static FieldType countedTerms() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new FoldingEnglishAnalyzer(),
                Map.of(ArticleFields.NAMES, new WhitespaceAnalyzer()));
    }

    /** Adds articles to the index; closing it commits. */
    public final class Indexer implements AutoCloseable, Consumer<Article> {

        /** Articles read side by side before they are added in order. */
        private static final int BATCH = 256;

        private final IndexWriter writer;
        private final int[] publicationDays;
        private final List<Article> pending = new ArrayList<>(BATCH);
        // one per thread: the readers keep state (sentence splitting, name caches)
        private final ThreadLocal<IncidentDay> incidentDay = ThreadLocal.withInitial(IncidentDay::new);
        private final ThreadLocal<LeadPlaces> leadPlaces = ThreadLocal.withInitial(LeadPlaces::new);
        /** Reads the next batch while the one before is added: adding uses one core, reading all of them. */
        private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "group-reader");
            thread.setDaemon(true);
            return thread;
        });
        private int latestDay = Integer.MIN_VALUE;
        private Future<List<Prepared>> reading;

        private Indexer(Collection<LocalDate> publicationDays, IndexWriter writer) {
            this.writer = writer;
            this.publicationDays = publicationDays.stream().mapToInt(day -> Math.toIntExact(day.toEpochDay()))
                    .distinct().sorted().toArray();
        }

        /**
         * The day an article is grouped on: its publication day, or, for a follow-up published outside the time
         * window of the incident its lead dates ({@link IncidentDay}: "A man injured in a Nov. 2 shooting has died",
         * three weeks on), the incident's day when articles were published within the window of that day, so it
         * joins the reports of its incident. A follow-up with no report of its incident in the run (a night's input)
         * stays on its publication day, with the night's other reports of it.
         */
        private int day(Article article) {
            int published = Math.toIntExact(article.published().toEpochDay());
            return incidentDay.get().of(article.fullText(), article.published())
                    .map(incident -> Math.toIntExact(incident.toEpochDay()))
                    .filter(incident -> published - incident > settings.windowDays() && reportsAround(incident))
                    .orElse(published);
        }

        private boolean reportsAround(int day) {
            int at = Arrays.binarySearch(publicationDays, day - settings.windowDays());
            int first = at >= 0 ? at : -at - 1;
            return first < publicationDays.length && publicationDays[first] <= day + settings.windowDays();
        }

        @Override
        public void accept(Article article) {
            pending.add(article);
            if (pending.size() == BATCH) {
                drain();
            }
        }

        /**
         * Reads the pending articles on every core (their days, names and lead places cost more than indexing them)
         * while the batch read before is added, in the order its articles came.
         */
        private void drain() {
            List<Article> batch = List.copyOf(pending);
            pending.clear();
            Future<List<Prepared>> before = reading;
            reading = reader.submit(() -> batch.parallelStream().map(this::prepare).toList());
            if (before != null) {
                add(before);
            }
        }

        private void add(Future<List<Prepared>> batch) {
            for (Prepared article : readOut(batch)) {
                try {
                    // A later day starts a new segment; an earlier one (input out of order, or a follow-up grouped on
                    // its incident's day) joins the current segment, so disorder never makes more segments than days.
                    if (article.day() > latestDay) {
                        writer.flush();
                        latestDay = article.day();
                    }
                    writer.addDocument(article.document());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private static List<Prepared> readOut(Future<List<Prepared>> batch) {
            try {
                return batch.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading articles for grouping", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private Prepared prepare(Article article) {
            int day = day(article);
            Document doc = new Document();
            doc.add(new StringField(ArticleFields.ID, article.id(), Field.Store.YES));
            doc.add(new NumericDocValuesField(ArticleFields.DAY, day));
            doc.add(new StoredField(ArticleFields.DAY, day));
            doc.add(new Field(ArticleFields.TEXT, article.fullText(), COUNTED_TERMS));
            String names = nameKeys.keys(article.outlet(), article.title(), article.body());
            doc.add(new Field(ArticleFields.NAMES, names, COUNTED_TERMS));
            NameKeys.Own own = nameKeys.own(article.title(), article.body());
            doc.add(new StoredField(ArticleFields.PLACES, LeadSites.write(leadPlaces.get().of(article.title(),
                    article.body()), own.keys(), own.protagonist())));
            return new Prepared(day, doc);
        }

        private record Prepared(int day, Document document) {
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
                add(reading);
                writer.commit();
            } finally {
                reader.shutdownNow();
                writer.close();
            }
        }
    }
}
