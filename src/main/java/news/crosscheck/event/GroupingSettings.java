package news.crosscheck.event;

/**
 * Thresholds that decide when two articles report the same event. A pair is scored by a weighted mean of two
 * TF-IDF cosines, one over title and body and one over proper names (phonetic keys, so transliterations match).
 *
 * @param windowDays         two articles can be linked only if published at most this many days apart
 * @param candidates         how many nearest articles the similarity query returns for each article
 * @param minTextSimilarity  text cosine a link needs at the least, whatever the names say
 * @param nameWeight         weight of the name cosine in the pair score (the text cosine has the rest)
 * @param minSimilarity      pair score two articles need to be joined into one event
 * @param sureTextSimilarity text and name cosines above which two articles are one event (their pair score counts
 *                           as 1)
 * @param copySimilarity     text and name cosines above which two articles are near-copies of one report (wire
 *                           copies, republications): one event, and one article in group averages
 * @param minGroupSimilarity average pair score, over all pairs of their members, two groups need to be joined when
 *                           one has two articles or more (a pair the similarity query did not name counts 0;
 *                           near-copies count as one article)
 * @param backgroundArticles the fewest articles a window's term weights are counted over: a window with fewer is
 *                           weighed as if that many articles were in it, the others holding none of its words, so
 *                           a night of ten articles weighs its words as a busy night does
 */
public record GroupingSettings(int windowDays, int candidates, double minTextSimilarity, double nameWeight,
                               double minSimilarity, double sureTextSimilarity, double minGroupSimilarity,
                               int backgroundArticles, double copySimilarity) {

    public static final GroupingSettings DEFAULTS =
            new GroupingSettings(3, 20, 0.10, 0.5, 0.22, 0.60, 0.25, 500, 0.80);
}
