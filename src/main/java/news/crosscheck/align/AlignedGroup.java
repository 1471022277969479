package news.crosscheck.align;

import java.util.List;
import java.util.Map;

/**
 * Casualty figures of one event that speak of the same thing: the same slot (killed, injured, ...), the same group
 * of people, and sentences similar enough in what they say around the figure.
 *
 * @param statements the figures, ordered by article id and sentence
 * @param scores     for each statement, the best normalised Lucene similarity of its context to another member's
 *                   (0 to 1); 1 when the group has one member
 */
public record AlignedGroup(List<Statement> statements, Map<Statement, Double> scores) {

    public double score(Statement statement) {
        return scores.getOrDefault(statement, 0.0);
    }
}
