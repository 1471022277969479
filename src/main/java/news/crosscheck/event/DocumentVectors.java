package news.crosscheck.event;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The TF-IDF vector of every document of one field, held in memory: {@code (1 + ln tf) * idf} weights with
 * {@code idf = ln(1 + N / df)}, scaled to unit length, so the cosine of two documents is one pass over two sorted
 * arrays and means the same thing whatever their lengths (a raw BM25 score does not, so one threshold could not serve
 * every pair).
 * <p>
 * {@code N} and {@code df} are counted over the document's own time window ({@link WindowCounts}): the articles
 * published within the window of it, and those of them that hold the term. A document's weights, and so the score of
 * any pair it is in, never depend on articles outside the windows of the pair.
 * <p>
 * The vectors are the inverted index turned inside out: one walk over the field's terms in index order, each term's
 * postings appended to the documents that hold it, so every document's terms come out sorted by term number without
 * a sort, and no term vectors need to be stored or decompressed. All documents share three flat arrays (term
 * numbers, weights, and where each document starts), about 8 bytes per distinct term of a document that another
 * document of its window holds too (the others are dropped once the weights are normalised, see
 * {@link #compacted}), far less than the objects a map per document would take. Immutable once built, so threads
 * share one instance.
 */
final class DocumentVectors {

    private final int[] start;
    private final int[] terms;
    private final float[] weights;
    /** The text of every term some slot keeps; null for a term no document shares with its window. */
    private final BytesRef[] dictionary;
    /** Whether the document has any term at all in the field, kept or not. */
    private final FixedBitSet hasTerms;

    private DocumentVectors(int[] start, int[] terms, float[] weights, BytesRef[] dictionary, FixedBitSet hasTerms) {
        this.start = start;
        this.terms = terms;
        this.weights = weights;
        this.dictionary = dictionary;
        this.hasTerms = hasTerms;
    }

    /**
     * The vectors of {@code field} for every document of the reader (none for a document without the field), each
     * weighted by the counts of its own window.
     */
    static DocumentVectors of(IndexReader reader, String field, WindowCounts windows) throws IOException {
        int docs = reader.maxDoc();
        Terms fieldTerms = MultiTerms.getTerms(reader, field);
        int[] start = new int[docs + 1];
        if (fieldTerms == null) {
            return new DocumentVectors(start, new int[0], new float[0], new BytesRef[0], new FixedBitSet(docs));
        }
        // First walk: how many terms each document has, so each gets an exact slice of the flat arrays.
        int[] length = new int[docs];
        TermsEnum termsEnum = fieldTerms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                length[doc]++;
            }
        }
        for (int doc = 0; doc < docs; doc++) {
            start[doc + 1] = start[doc] + length[doc];
        }
        // Second walk: term numbers and raw weights, each document's slice filled in term order.
        int[] terms = new int[start[docs]];
        float[] weights = new float[start[docs]];
        int[] next = Arrays.copyOf(start, docs);
        int[] windowSize = new int[docs];
        for (int doc = 0; doc < docs; doc++) {
            windowSize[doc] = windows.articles(doc);
        }
        List<BytesRef> dictionary = new ArrayList<>();
        FixedBitSet shared = new FixedBitSet(terms.length);
        int[] holders = new int[64];
        int[] freqs = new int[64];
        int[] scratch = new int[64];
        int[] docFreq = new int[64];
        termsEnum = fieldTerms.iterator();
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            int number = dictionary.size();
            int count = termsEnum.docFreq();
            if (holders.length < count) {
                holders = ArrayUtil.grow(holders, count);
                freqs = new int[holders.length];
                scratch = new int[holders.length];
                docFreq = new int[holders.length];
            }
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            int held = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                holders[held] = doc;
                freqs[held++] = postings.freq();
            }
            windows.frequencies(holders, held, scratch, docFreq);
            boolean sharedSomewhere = false;
            for (int k = 0; k < held; k++) {
                int doc = holders[k];
                int at = next[doc]++;
                terms[at] = number;
                double idf = Math.log(1.0 + (double) windowSize[doc] / docFreq[k]);
                weights[at] = (float) ((1 + Math.log(freqs[k])) * idf);
                if (docFreq[k] > 1) {
                    shared.set(at);
                    sharedSomewhere = true;
                }
            }
            // only a term some document shares with its window is ever looked up by number
            dictionary.add(sharedSomewhere ? BytesRef.deepCopyOf(term) : null);
        }
        FixedBitSet hasTerms = new FixedBitSet(docs);
        for (int doc = 0; doc < docs; doc++) {
            normalise(weights, start[doc], start[doc + 1]);
            if (start[doc + 1] > start[doc]) {
                hasTerms.set(doc);
            }
        }
        return compacted(start, terms, weights, dictionary.toArray(BytesRef[]::new), shared, hasTerms);
    }

    /**
     * Keeps only the slots whose term another document of the window holds too, once the weights are normalised over
     * all of them. A term no other document of a document's window holds adds nothing to its cosine with any document
     * it is ever compared with (those are in its window, and a term they share with it is shared), nor to its
     * query; so the scores are the same to the last bit, and names and numbers that only one article has (most of a
     * night's distinct terms) take no memory.
     */
    private static DocumentVectors compacted(int[] start, int[] terms, float[] weights, BytesRef[] dictionary,
                                             FixedBitSet shared, FixedBitSet hasTerms) {
        int docs = start.length - 1;
        int kept = shared.cardinality();
        int[] keptStart = new int[docs + 1];
        int[] keptTerms = new int[kept];
        float[] keptWeights = new float[kept];
        int at = 0;
        for (int doc = 0; doc < docs; doc++) {
            keptStart[doc] = at;
            for (int slot = start[doc]; slot < start[doc + 1]; slot++) {
                if (shared.get(slot)) {
                    keptTerms[at] = terms[slot];
                    keptWeights[at++] = weights[slot];
                }
            }
        }
        keptStart[docs] = at;
        return new DocumentVectors(keptStart, keptTerms, keptWeights, dictionary, hasTerms);
    }

    /** Whether the document has any term in the field. */
    boolean hasTerms(int doc) {
        return hasTerms.get(doc);
    }

    /** The cosine of two documents' vectors, in [0, 1]; 0 when either has no terms. */
    double cosine(int a, int b) {
        int i = start[a];
        int endA = start[a + 1];
        int j = start[b];
        int endB = start[b + 1];
        double dot = 0;
        while (i < endA && j < endB) {
            int left = terms[i];
            int right = terms[j];
            if (left == right) {
                dot += (double) weights[i++] * weights[j++];
            } else if (left < right) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1, dot);
    }

    /**
     * The document's {@code n} heaviest terms that some other document of its window shares, heaviest first, ties by
     * term order:
     * the terms that tell this article from the others, which a query for its neighbours is made of. A term no other
     * document holds weighs most of all but could find nothing, so it is left out; a document that shares no term
     * gets none, and needs no query.
     */
    List<BytesRef> topSharedTerms(int doc, int n) {
        List<Integer> slots = new ArrayList<>();
        for (int at = start[doc]; at < start[doc + 1]; at++) {
            slots.add(at);
        }
        slots.sort((x, y) -> weights[x] != weights[y] ? Float.compare(weights[y], weights[x])
                : Integer.compare(terms[x], terms[y]));
        List<BytesRef> top = new ArrayList<>(Math.min(n, slots.size()));
        for (int k = 0; k < slots.size() && k < n; k++) {
            top.add(dictionary[terms[slots.get(k)]]);
        }
        return top;
    }

    private static void normalise(float[] weights, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += (double) weights[k] * weights[k];
        }
        if (sum > 0) {
            double norm = Math.sqrt(sum);
            for (int k = from; k < to; k++) {
                weights[k] = (float) (weights[k] / norm);
            }
        }
    }
}
