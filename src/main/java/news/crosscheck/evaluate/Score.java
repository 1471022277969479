package news.crosscheck.evaluate;

/**
 * Precision, recall and their harmonic mean F1, each in [0, 1].
 *
 * @param precision share of what was claimed that is right
 * @param recall    share of what is right that was claimed
 */
public record Score(double precision, double recall) {

    /** The harmonic mean; 0 when both are 0. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
