package news.crosscheck.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return new Event("E" + sha256(String.join("\n", sorted)).substring(0, 12), sorted);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
