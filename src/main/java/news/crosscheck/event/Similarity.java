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
 * which a raw BM25 score does not, so one threshold serves every pair.
 */
final class Similarity {

    private final IndexReader reader;
    private final TermVectors vectors;
    private final int docCount;

    Similarity(IndexReader reader) throws IOException {
        this.reader = reader;
        this.vectors = reader.termVectors();
        this.docCount = reader.numDocs();
    }

    double cosine(String field, int a, int b) throws IOException {
        Map<String, Double> left = weights(field, a);
        Map<String, Double> right = weights(field, b);
        double dot = 0;
        for (Map.Entry<String, Double> entry : left.entrySet()) {
            Double other = right.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        double norms = norm(left) * norm(right);
        return norms == 0 ? 0 : dot / norms;
    }

    private Map<String, Double> weights(String field, int doc) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Terms terms = vectors.get(doc, field);
        if (terms == null) {
            return weights;
        }
        TermsEnum term = terms.iterator();
        for (BytesRef bytes = term.next(); bytes != null; bytes = term.next()) {
            int df = reader.docFreq(new Term(field, bytes));
            double idf = Math.log(1.0 + (double) docCount / Math.max(1, df));
            weights.put(bytes.utf8ToString(), (1 + Math.log(term.totalTermFreq())) * idf);
        }
        return weights;
    }

    private static double norm(Map<String, Double> weights) {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
