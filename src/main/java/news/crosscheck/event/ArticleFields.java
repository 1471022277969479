package news.crosscheck.event;

/** Names of the fields of the article index, in one place. */
final class ArticleFields {

    /** The article id, indexed as one term so an article can be found again; stored to name the hits. */
    static final String ID = "id";
    /** Publication day (epoch day) as a point, so the time window is a range filter rather than a scan. */
    static final String DAY = "day";
    /** Title and body, English-analysed, with term vectors: the similarity query and the cosine read them. */
    static final String TEXT = "text";
    /** Proper names as phonetic keys, with term vectors, so 'Lisichansk' and 'Lysychansk' count as one name. */
    static final String NAMES = "names";

    private ArticleFields() {
    }
}
