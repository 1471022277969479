package news.crosscheck.event;

import news.crosscheck.article.Sha256;

import java.util.List;

/**
 * One event: the articles that report it, by id in sorted order.
 *
 * @param id         {@code E} and 12 hex digits of the SHA-256 of the sorted member ids: the same members give the
 *                   same id on every run, whatever order they were found in
 * @param articleIds member article ids, sorted
 */
public record Event(String id, List<String> articleIds) {

    public static Event of(List<String> articleIds) {
        List<String> sorted = articleIds.stream().sorted().toList();
        return new Event(Sha256.id("E", String.join("\n", sorted)), sorted);
    }

}
