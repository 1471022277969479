package news.crosscheck.event;

/** Names of the fields of the article index, in one place. */
final class ArticleFields {

    /** The article id, indexed as one term so an article can be found again; stored to name the hits. */
    static final String ID = "id";
    /**
     * Grouping day (epoch day): the publication day, or a follow-up's incident day. The index is sorted on its doc
     * values, so the articles of a time window are one range of document numbers; stored, to be read back with the id.
     */
    static final String DAY = "day";
    /** Title and body, English-analysed: the neighbour query searches it, the text cosine is made from it. */
    static final String TEXT = "text";
    /** Proper names as phonetic keys, so 'Lisichansk' and 'Lysychansk' count as one name in the name cosine. */
    static final String NAMES = "names";

    /** Where the lead puts the harm, its places and the article's names ({@link LeadSites}); stored only. */
    static final String PLACES = "places";

    private ArticleFields() {
    }
}
