package news.crosscheck.align;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.event.Clusters;
import news.crosscheck.event.FoldingEnglishAnalyzer;
import news.crosscheck.spelling.WordList;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the casualty figures of one event across its articles. Figures are candidates for one another only when
 * they fill the same slot and count the same group of people (killed, injured or missing: the rescued are no
 * casualties); among those, two are aligned when the Lucene
 * similarity of their sentences, figures removed, reaches the threshold (the score of a sentence against itself
 * being 1). Only whole tolls of the event are aligned: a figure the extractor marked as about another event (a
 * background paragraph), or as a subset, an aggregate, a hypothetical or an earlier figure, is never aligned. A
 * zero ("no one was killed", stated or implied) speaks of the whole event: it is a candidate in every group of its
 * slot and aligned with every figure there, whatever their sentences share. Groups are the connected sets of aligned
 * figures; a figure aligned with none is left out, and so is every figure of
 * a slot whose figures all agree.
 */
public final class ClaimAligner {

    /**
     * Groups of people by age or sex ({@code groups-within-everyone.txt}): a whole toll of one is part of everyone's,
     * so "shot four men" also stands among the figures for people shot, as at least four.
     */
    private static final Set<String> PARTS_OF_EVERYONE =
            WordList.words("/news/crosscheck/align/groups-within-everyone.txt");
    private static final Pattern FIGURES = Pattern.compile("\\d[\\d,.]*");
    /** A capitalised word that does not open its phrase. */
    private static final Pattern NAME = Pattern.compile("(?=\\p{Lu})(?<=\\s)\\p{Lu}[\\p{L}'-]+");
    /** Nationalities that make a slot's figures a tally by nationality ({@link #talliedByNationality}). */
    private static final int TALLIED_NATIONALITIES = 3;
    private static final String CONTEXT = "context";
    /**
     * Terms and their frequencies, no positions: BM25 needs only those (and the length norm), and an index that
     * lives a few milliseconds is cheaper to write without them.
     */
    private static final FieldType CONTEXT_TYPE = contextType();
    /** Hits fetched first for each figure; more only when the last of them still passes the threshold. */
    private static final int TOP = 10;

    private final double minScore;
    private final Analyzer analyzer = new FoldingEnglishAnalyzer();

    /** @param minScore normalised similarity, 0 to 1, that two figures' sentences need to be aligned */
    public ClaimAligner(double minScore) {
        this.minScore = minScore;
    }

    public List<AlignedGroup> align(List<ArticleClaims> event) {
        Set<String> tallied = talliedByNationality(event);
        Map<String, List<Statement>> candidates = new TreeMap<>();
        List<Statement> none = new ArrayList<>();
        for (ArticleClaims article : event) {
            for (CasualtyClaim claim : article.casualties()) {
                if (claim.kind() == CasualtyKind.RESCUED) {
                    // people brought out alive are no casualties: their count rises as rescue goes on, and what one
                    // crew pulled out is a part of it; extracted, shown, never compared
                    continue;
                }
                if (claim.isWholeToll() && isZero(claim)) {
                    none.add(new Statement(article, claim));
                } else if (claim.isWholeToll()) {
                    candidates.computeIfAbsent(slot(claim, tallied), key -> new ArrayList<>())
                            .add(new Statement(article, claim));
                    if (standsForPart(claim, article)) {
                        candidates.computeIfAbsent(kindPrefix(claim) + CasualtyClaim.PEOPLE, key -> new ArrayList<>())
                                .add(new Statement(article, claim, true));
                    }
                }
            }
        }
        // "No one was killed" holds for every group: a zero, stated or implied, meets the figures of its slot whatever
        // group they count.
        for (Statement zero : none) {
            String kind = kindPrefix(zero.claim());
            candidates.computeIfAbsent(slot(zero.claim(), tallied), key -> new ArrayList<>());
            candidates.forEach((slot, statements) -> {
                if (slot.startsWith(kind)) {
                    statements.add(zero);
                }
            });
        }
        List<AlignedGroup> groups = new ArrayList<>();
        for (List<Statement> statements : candidates.values()) {
            statements.sort(ORDER);
            if (statements.size() > 1 && !allAgree(statements)) {
                groups.addAll(alignSlot(statements));
            }
        }
        return groups;
    }

    /**
     * Whether a whole toll counts a group within everyone ({@link #PARTS_OF_EVERYONE}) and so also stands among the
     * figures for everyone: not when its sentence gives another figure of the slot ("312 civilians were killed,
     * including 58 children"; "killed six children, bringing the death toll to 11"), which it is a part of.
     */
    private static boolean standsForPart(CasualtyClaim claim, ArticleClaims article) {
        return PARTS_OF_EVERYONE.contains(claim.group()) && article.casualties().stream()
                .noneMatch(other -> other != claim && other.kind() == claim.kind()
                        && other.sentence().index() == claim.sentence().index());
    }

    /**
     * Whether every two figures of a slot can both hold ({@code 28}, {@code at least 20}, {@code 28}): intervals that
     * overlap pairwise share a value. Such a slot is not aligned: however its figures were grouped, no group could
     * hold a disagreement, which is what alignment is for. Most slots are of this kind, since most reports agree.
     */
    private static boolean allAgree(List<Statement> statements) {
        long highestLow = Long.MIN_VALUE;
        long lowestHigh = Long.MAX_VALUE;
        for (Statement statement : statements) {
            highestLow = Math.max(highestLow, statement.count().low());
            lowestHigh = Math.min(lowestHigh, statement.count().high());
        }
        return highestLow <= lowestHigh;
    }

    /**
     * Slot and counted group: 'killed:people' never meets 'killed:children'. A group's nationality sets it apart only in
     * a slot {@link #talliedByNationality tallied by nationality}: elsewhere "two Kyrgyz border guards" and "three of
     * its border guards" count one group (and two nationalities' figures are never compared, see
     * {@code CountComparator}).
     */
    private static String slot(CasualtyClaim claim, Set<String> tallied) {
        String prefix = kindPrefix(claim);
        return prefix + (tallied.contains(prefix + claim.group()) ? claim.subject() : claim.group());
    }

    /**
     * The slots and groups whose whole tolls name {@value #TALLIED_NATIONALITIES} or more nationalities ("31 Egyptian
     * pilgrims", "four Kenyan pilgrims", "five Iraqi pilgrims"): the event's victims are counted country by country,
     * and each such figure is one country's share of the toll. Two nationalities are rather the two sides of a clash,
     * each side's figure the whole toll of its own.
     */
    private static Set<String> talliedByNationality(List<ArticleClaims> event) {
        Map<String, Set<String>> nationalities = new TreeMap<>();
        for (ArticleClaims article : event) {
            for (CasualtyClaim claim : article.casualties()) {
                if (claim.isWholeToll() && !claim.nationality().isEmpty()) {
                    nationalities.computeIfAbsent(kindPrefix(claim) + claim.group(), key -> new TreeSet<>())
                            .add(claim.nationality());
                }
            }
        }
        Set<String> tallied = new TreeSet<>();
        nationalities.forEach((slot, named) -> {
            if (named.size() >= TALLIED_NATIONALITIES) {
                tallied.add(slot);
            }
        });
        return tallied;
    }

    private static String kindPrefix(CasualtyClaim claim) {
        return claim.kind().ordinal() + ":" + claim.kind() + ":";
    }

    /**
     * The aligned groups of one slot. The figures of the slot's own group are linked first, as if no part stood among
     * them; each {@link Statement#part} then joins every group it aligns with a member of, and never links two
     * groups itself: "four men" says something of a toll, not which tolls are one.
     */
    private List<AlignedGroup> alignSlot(List<Statement> statements) {
        List<Statement> whole = statements.stream().filter(s -> !s.part()).toList();
        List<Statement> parts = statements.stream().filter(Statement::part).toList();
        int n = whole.size();
        Clusters aligned = new Clusters(n);
        double[] best = new double[n];
        search(whole, search -> link(whole, search, aligned, best));
        Map<Integer, Map<Statement, Double>> attached = new TreeMap<>();
        if (!parts.isEmpty()) {
            List<Statement> all = new ArrayList<>(whole);
            all.addAll(parts);
            search(all, search -> {
                for (int k = n; k < all.size(); k++) {
                    for (Map.Entry<Integer, Double> hit : alignedWith(k, all, search).entrySet()) {
                        if (hit.getKey() < n) {
                            attached.computeIfAbsent(aligned.find(hit.getKey()), root -> new LinkedHashMap<>())
                                    .merge(all.get(k), round(hit.getValue()), Math::max);
                        }
                    }
                }
            });
        }
        List<AlignedGroup> groups = new ArrayList<>();
        for (List<Integer> members : aligned.groups()) {
            Map<Statement, Double> scores = new LinkedHashMap<>();
            members.forEach(i -> scores.put(whole.get(i), round(best[i])));
            scores.putAll(attached.getOrDefault(aligned.find(members.get(0)), Map.of()));
            if (scores.size() > 1) {
                groups.add(new AlignedGroup(List.copyOf(scores.keySet()), scores));
            }
        }
        return groups;
    }

    /** An index of the statements' contexts and what searches it. */
    private record Search(IndexSearcher searcher, MoreLikeThis mlt) {
    }

    private interface SearchTask {
        void run(Search search) throws IOException;
    }

    /** Runs {@code task} on an index of the statements' contexts, doc id = the statement's position. */
    private void search(List<Statement> statements, SearchTask task) {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            // No compound file and no commit: the index lives a few milliseconds in memory, is read through the
            // writer and dropped with it; packing or committing it is pure cost.
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setUseCompoundFile(false)
                    .setCommitOnClose(false);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Statement statement : statements) {
                    Document doc = new Document();
                    doc.add(new Field(CONTEXT, context(statement), CONTEXT_TYPE));
                    writer.addDocument(doc);
                }
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    // One flush of a few sentences makes one segment, whose doc ids are the order of addition: a
                    // hit's doc id is its statement's ordinal, with nothing stored to read back.
                    if (reader.leaves().size() != 1 || reader.maxDoc() != statements.size()) {
                        throw new IllegalStateException("alignment index of " + statements.size()
                                + " statements is not one segment");
                    }
                    MoreLikeThis mlt = new MoreLikeThis(reader);
                    mlt.setAnalyzer(analyzer);
                    mlt.setFieldNames(new String[]{CONTEXT});
                    mlt.setMinTermFreq(1);
                    mlt.setMinDocFreq(1);
                    mlt.setBoost(false);
                    task.run(new Search(new IndexSearcher(reader), mlt));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void link(List<Statement> statements, Search search, Clusters aligned, double[] best)
            throws IOException {
        int n = statements.size();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> hit : alignedWith(i, statements, search).entrySet()) {
                int j = hit.getKey();
                best[i] = Math.max(best[i], hit.getValue());
                best[j] = Math.max(best[j], hit.getValue());
                aligned.union(i, j);
            }
        }
        // A zero ("no one was killed", stated or implied) speaks of the whole event, not of what its sentence says:
        // it meets every figure of its slot, whatever their sentences share.
        for (int i = 0; i < n; i++) {
            if (isZero(statements.get(i).claim())) {
                for (int j = 0; j < n; j++) {
                    if (!isZero(statements.get(j).claim()) && !sameSentence(statements.get(i), statements.get(j))) {
                        aligned.union(i, j);
                    }
                }
            }
        }
    }

    /**
     * The statements that statement {@code i} aligns with, by position, and their scores: the Lucene similarity of
     * their contexts relative to the statement's own, at least the threshold; never a figure of its own sentence.
     */
    private Map<Integer, Double> alignedWith(int i, List<Statement> statements, Search search) throws IOException {
        Query query = search.mlt().like(CONTEXT, new StringReader(context(statements.get(i))));
        ScoreDoc[] hits = hitsAboveThreshold(search.searcher(), query, i, statements.size(), minScore);
        double self = 0;
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : hits) {
            if (hit.doc == i) {
                self = hit.score;
            } else {
                scores.put(hit.doc, hit.score);
            }
        }
        Map<Integer, Double> aligned = new TreeMap<>();
        for (Map.Entry<Integer, Float> hit : scores.entrySet()) {
            double score = self == 0 ? 0 : Math.min(1.0, hit.getValue() / self);
            int j = hit.getKey();
            if (score >= minScore && !sameSentence(statements.get(i), statements.get(j))) {
                aligned.put(j, score);
            }
        }
        return aligned;
    }

    /**
     * The hits of statement {@code i}'s query that can matter: every hit whose score, relative to the statement's own,
     * reaches the threshold, and the statement itself. The first {@link #TOP} hits usually settle it (hits come by
     * falling score, so once the last of them is below the threshold with the statement's own score in hand, so is
     * every later one); otherwise all {@code n} are fetched, as a plain search for every hit would. The links are
     * therefore exactly those of a search for all {@code n} hits, at a cost that does not grow with the slot.
     */
    private static ScoreDoc[] hitsAboveThreshold(IndexSearcher searcher, Query query, int i, int n,
                                                 double minScore) throws IOException {
        if (n > TOP) {
            ScoreDoc[] top = searcher.search(query, TOP).scoreDocs;
            if (top.length < TOP) {
                return top;
            }
            double self = 0;
            for (ScoreDoc hit : top) {
                if (hit.doc == i) {
                    self = hit.score;
                }
            }
            if (self > 0 && top[TOP - 1].score / self < minScore) {
                return top;
            }
        }
        return searcher.search(query, n).scoreDocs;
    }

    private static boolean isZero(CasualtyClaim claim) {
        return claim.count().high() == 0;
    }

    private static boolean sameSentence(Statement a, Statement b) {
        return a.article().articleId().equals(b.article().articleId())
                && a.claim().sentence().index() == b.claim().sentence().index();
    }

    /**
     * The sentence without its figures: what is said around the number, not the number. People counted by name keep
     * their names ("his mother, Morgan, and his brother, Joseph,"): who was hurt is what two such lists share.
     */
    private static String context(Statement statement) {
        CasualtyClaim claim = statement.claim();
        String sentence = claim.sentence().text().replace(claim.value(), " ");
        return FIGURES.matcher(sentence).replaceAll(" ") + " " + namesIn(claim.value()) + " " + claim.subject()
                + " " + word(claim.kind());
    }

    /** The capitalised words of a figure's phrase after its first: the names of people counted by name. */
    private static String namesIn(String value) {
        StringBuilder names = new StringBuilder();
        Matcher m = NAME.matcher(value);
        while (m.find()) {
            names.append(' ').append(m.group());
        }
        return names.toString();
    }

    private static FieldType contextType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static String word(CasualtyKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }



    static final Comparator<Statement> ORDER = Comparator
            .comparing((Statement s) -> s.article().articleId())
            .thenComparingInt(s -> s.claim().sentence().index())
            .thenComparing(s -> s.claim().value());
}
