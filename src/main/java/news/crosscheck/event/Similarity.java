package news.crosscheck.event;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * TF-IDF cosine of two indexed documents over one field, read from their term vectors: {@code (1 + ln tf) * idf}
 * weights, {@code idf = ln(1 + N / df)}. A score in [0, 1] that means the same thing whatever the document lengths,
 * which a raw BM25 score does not, so one threshold serves every pair. Not thread-safe (term vectors and the idf
 * cache are per instance): give each thread its own.
 */
final class Similarity {

    private final IndexReader reader;
    private final TermVectors vectors;
    private final int docCount;
    /** idf by field and term: a term's weight is looked up for every pair it appears in, its docFreq once. */
    private final Map<String, Map<BytesRef, Double>> idf = new HashMap<>();

    Similarity(IndexReader reader) throws IOException {
        this.reader = reader;
        this.vectors = reader.termVectors();
        this.docCount = reader.numDocs();
    }

    double cosine(String field, int a, int b) throws IOException {
        return cosine(vector(field, a), vector(field, b));
    }

    /** The cosine of two vectors; a query article's vector is read once and compared with each candidate's. */
    static double cosine(Vector left, Vector right) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : left.weights().entrySet()) {
            Double other = right.weights().get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        double norms = left.norm() * right.norm();
        return norms == 0 ? 0 : dot / norms;
    }

    /** The weighted terms of one document's field, from its term vector. */
    Vector vector(String field, int doc) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Terms terms = vectors.get(doc, field);
        if (terms == null) {
            return new Vector(weights, 0);
        }
        Map<BytesRef, Double> idfOfField = idf.computeIfAbsent(field, f -> new HashMap<>());
        TermsEnum term = terms.iterator();
        for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
            Double termIdf = idfOfField.get(bytes);
            if (termIdf == null) {
                int df = reader.docFreq(new Term(field, bytes));
                termIdf = Math.log(1.0 + (double) docCount / Math.max(1, df));
                idfOfField.put(BytesRef.deepCopyOf(bytes), termIdf);
            }
            weights.put(bytes.utf8ToString(), (1 + Math.log(term.totalTermFreq())) * termIdf);
        }
        return new Vector(weights, norm(weights));
    }

    /** TF-IDF weights by term, and their Euclidean norm. */
    record Vector(Map<String, Double> weights, double norm) {
    }

    private static double norm(Map<String, Double> weights) {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
