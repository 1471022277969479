package news.crosscheck.article;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Streams the articles of a CSV feed with the header {@code id,outlet,published,title,body} ({@code url} optional),
 * one {@link Ingested} per row, holding one row at a time. Rows are cut at line ends outside quotes and each is
 * parsed on its own by Commons CSV, so a malformed row (a stray quote, a missing cell) is rejected alone and the
 * rows after it still load; only a quote left open to the end of the file, or past the size limit of one article,
 * ends the feed.
 */
public final class CsvArticleFeed implements Iterator<Ingested>, AutoCloseable {

    public static final List<String> REQUIRED_COLUMNS = List.of("id", "outlet", "published", "title", "body");

    private static final CSVFormat ROW = CSVFormat.RFC4180.builder().setTrim(false).get();

    private final String file;
    private final ArticleFactory factory;
    private final BufferedReader reader;
    private final Map<String, Integer> columns = new TreeMap<>();
    private final int width;
    private long row;
    private long line;
    private Ingested next;
    private boolean finished;

    public CsvArticleFeed(String file, Reader source, ArticleFactory factory) throws MalformedArticleException {
        this.file = file;
        this.factory = factory;
        this.reader = new BufferedReader(source);
        List<String> header;
        try {
            String text = nextRecordText();
            if (text == null) {
                throw new MalformedArticleException("empty CSV feed: no header row");
            }
            header = parse(text);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedArticleException("CSV header unreadable: " + reason(e));
        }
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        this.width = header.size();
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedArticleException("CSV header lacks column(s) " + String.join(", ", missing)
                    + ": expected " + String.join(",", REQUIRED_COLUMNS) + "[,url]");
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Ingested current = next;
        next = null;
        return current;
    }

    private Ingested advance() {
        long firstLine = line + 1;
        String text;
        try {
            text = nextRecordText();
        } catch (IOException | UncheckedIOException e) {
            finished = true;
            return rejected("row" + (row + 1), "CSV row " + (row + 1) + " (line " + firstLine + "): "
                    + reason(e) + "; rows after it are not read");
        }
        if (text == null) {
            finished = true;
            return null;
        }
        row++;
        if (text.isBlank()) {
            return advance();
        }
        try {
            return toArticle(parse(text), firstLine);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String id = text.split(",", 2)[0].replace("\"", "").strip();
            return rejected(id.isEmpty() ? "row" + row : id, "CSV row " + row + " (line " + firstLine + "): "
                    + reason(e));
        }
    }

    private Ingested toArticle(List<String> cells, long firstLine) {
        String id = cell(cells, "id").strip();
        String where = "CSV row " + row + " (line " + firstLine + "): ";
        if (id.isEmpty()) {
            return rejected("row" + row, where + "empty id");
        }
        if (cells.size() != width) {
            return rejected(id, where + "has " + cells.size() + " cells, the header has " + width);
        }
        try {
            return new Ingested.Accepted(factory.create(file + "#" + id, cell(cells, "outlet"),
                    cell(cells, "published"), cell(cells, "title"), cell(cells, "body"), cell(cells, "url")));
        } catch (MalformedArticleException e) {
            return rejected(id, where + e.getMessage());
        }
    }

    private Ingested rejected(String id, String reason) {
        return new Ingested.Rejected(file + "#" + id, reason);
    }

    private String cell(List<String> cells, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    /**
     * The text of the next record: physical lines joined while a quote is open (an even number of quote characters
     * closes every quoted field, doubled quotes included). Null at the end of the file.
     */
    private String nextRecordText() throws IOException {
        String first = reader.readLine();
        if (first == null) {
            return null;
        }
        line++;
        StringBuilder record = new StringBuilder(first);
        boolean open = quotes(first) % 2 == 1;
        while (open) {
            String more = reader.readLine();
            if (more == null) {
                throw new IOException("unterminated quote");
            }
            line++;
            record.append('\n').append(more);
            if (record.length() > ArticleFactory.MAX_ARTICLE_CHARS) {
                throw new IOException("row larger than the 5 MB limit of one article (an unterminated quote?)");
            }
            open = (quotes(more) % 2 == 1) != open;
        }
        return record.toString();
    }

    private static int quotes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                n++;
            }
        }
        return n;
    }

    private static List<String> parse(String text) throws IOException {
        List<CSVRecord> records = ROW.parse(new java.io.StringReader(text)).getRecords();
        return records.isEmpty() ? List.of() : records.get(0).toList();
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.contains("between encapsulated token and delimiter")) {
            return "a quote inside a quoted cell is not doubled (write \"\" for a quote mark)";
        }
        return message.replaceAll("\\s+", " ").replaceAll("^\\(line \\d+\\) ", "");
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
