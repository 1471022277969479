package news.crosscheck.article;

/** An input that cannot be read as an article; the message is the reason a person reads in {@code rejects.csv}. */
public class MalformedArticleException extends Exception {

    public MalformedArticleException(String reason) {
        super(reason);
    }
}
