package news.crosscheck.article;

/**
 * One item of a feed file (an RSS item, an Atom entry, a ninjs object) with the fields it gives, as written, before
 * it is an article. Any field may be null.
 *
 * @param position  1-based place of the item in its file, named in rejection reasons
 * @param key       the item's own identifier (RSS guid, Atom id, ninjs uri), null when it has none
 * @param refusal   why the item is no article whatever its fields (a picture, a withdrawn story), or null
 */
record FeedItem(int position, String key, String refusal, String outlet, String published, String title,
                String body, String url) {

    static FeedItem refused(int position, String key, String refusal) {
        return new FeedItem(position, key, refusal, null, null, null, null, null);
    }

    /** The first value that is not blank, or null: a field read from the first element of a format that has it. */
    static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
