package news.crosscheck.article;

import java.time.LocalDate;

/**
 * Turns the raw fields of one article, whatever its format, into a normalised {@link Article}, refusing one that
 * has no body, no date or an oversized text.
 */
public final class ArticleFactory {

    /** Largest article text accepted, in characters of the raw body. */
    public static final int MAX_ARTICLE_CHARS = 5 * 1024 * 1024;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final LocalDate latestPublication;

    /** A factory that takes any publication date. */
    public ArticleFactory() {
        this(LocalDate.MAX);
    }

    /**
     * @param latestPublication the last plausible publication date: a later one is a scraper's error, not news
     *                          (the job passes its run date, or tomorrow when the run date is derived)
     */
    public ArticleFactory(LocalDate latestPublication) {
        this.latestPublication = latestPublication;
    }

    public Article create(String id, String outlet, String published, String title, String body, String url)
            throws MalformedArticleException {
        if (body != null && body.length() > MAX_ARTICLE_CHARS) {
            throw new MalformedArticleException("article larger than the 5 MB limit");
        }
        if (published == null || published.isBlank()) {
            throw new MalformedArticleException("no publication date: add a Published: header (YYYY-MM-DD)");
        }
        PublicationDate publication = PublicationDate.parse(published);
        LocalDate date = publication.day();
        if (date.isAfter(latestPublication)) {
            throw new MalformedArticleException("publication date " + date + " is in the future (after "
                    + latestPublication + ")");
        }
        String text = normalizer.normalize(body == null ? "" : body);
        if (text.isEmpty()) {
            throw new MalformedArticleException("empty body");
        }
        String cleanOutlet = normalizer.normalize(outlet == null ? "" : outlet);
        if (cleanOutlet.isEmpty()) {
            throw new MalformedArticleException("no outlet: add an Outlet: header");
        }
        return new Article(id, cleanOutlet, date, publication.text(), normalizer.normalize(title == null ? "" : title)
                .replace('\n', ' '), text, url == null ? "" : url.strip(), Sha256.hex(text));
    }

}
