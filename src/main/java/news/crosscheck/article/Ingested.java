package news.crosscheck.article;

/** What reading one input (a text file, or one row of a CSV feed) gave: an article, or the reason it was refused. */
public sealed interface Ingested {

    /** Where it came from: the article id, or the file (and row) that was refused. */
    String source();

    record Accepted(Article article) implements Ingested {
        @Override
        public String source() {
            return article.id();
        }
    }

    record Rejected(String source, String reason) implements Ingested {
    }
}
