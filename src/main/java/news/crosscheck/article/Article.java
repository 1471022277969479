package news.crosscheck.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One accepted news article, its text already normalised.
 *
 * @param id        stable id: the path relative to the input folder, or {@code file#key} for an item of a CSV, RSS,
 *                  Atom or ninjs file (its row id, guid or uri)
 * @param outlet    who published it
 * @param published publication date, the day written (see {@link PublicationDate}); the time only orders same-day
 *                  copies
 * @param publishedAt the value as given, ISO date or date-time (an RFC 1123 date rewritten in ISO 8601), used to
 *                  order articles of one day
 * @param title     headline, possibly inferred from the first sentence
 * @param body      normalised body text
 * @param url       source address, empty when unknown
 * @param sha256    hex SHA-256 of the normalised body, used to recognise exact duplicates
 */
public record Article(String id, String outlet, LocalDate published, String publishedAt, String title, String body,
                      String url, String sha256) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        url = url == null ? "" : url;
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Title and body as one text, the unit that extraction and grouping read. */
    public String fullText() {
        return title.isEmpty() ? body : title + "\n\n" + body;
    }
}
