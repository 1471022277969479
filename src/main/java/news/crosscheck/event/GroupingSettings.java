package news.crosscheck.event;

/**
 * Thresholds that decide when two articles report the same event.
 *
 * @param windowDays        two articles can be linked only if published at most this many days apart
 * @param candidates        how many nearest articles the similarity query returns for each article
 * @param minTextSimilarity TF-IDF cosine of title and body that a link needs at the least
 * @param minNameSimilarity TF-IDF cosine of the proper names (folded phonetically) that a link needs, unless the
 *                          text similarity alone reaches {@code sureTextSimilarity}
 * @param sureTextSimilarity text cosine above which two articles are linked whatever their names
 */
public record GroupingSettings(int windowDays, int candidates, double minTextSimilarity, double minNameSimilarity,
                               double sureTextSimilarity) {

    public static final GroupingSettings DEFAULTS = new GroupingSettings(3, 20, 0.25, 0.30, 0.60);
}
