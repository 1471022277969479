package news.crosscheck.evaluate;

/**
 * One row of an articles file in the job's CSV input format.
 *
 * @param id        the document id (the job names the article {@code articles.csv#id})
 * @param outlet    who published it
 * @param published publication date (or date-time) as written
 * @param title     headline
 * @param body      text
 * @param url       source address, may be empty
 */
public record ArticleRow(String id, String outlet, String published, String title, String body, String url) {

    /** The publication day: the first ten characters of {@code published}, as an ISO date. */
    public java.time.LocalDate day() {
        return java.time.LocalDate.parse(published.strip().substring(0, 10));
    }
}
