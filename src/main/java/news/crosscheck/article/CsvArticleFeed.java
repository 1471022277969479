package news.crosscheck.article;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Streams the articles of a CSV feed with the header {@code id,outlet,published,title,body} ({@code url} optional),
 * one {@link Ingested} per row, never holding more than one row. A row that cannot be an article is rejected on its
 * own; a CSV syntax error ends the feed with one rejection naming the row, the rows before it kept.
 */
public final class CsvArticleFeed implements Iterator<Ingested>, AutoCloseable {

    public static final List<String> REQUIRED_COLUMNS = List.of("id", "outlet", "published", "title", "body");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false).get();

    private final String file;
    private final ArticleFactory factory;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new TreeMap<>();
    private Ingested next;
    private boolean finished;

    public CsvArticleFeed(String file, Reader reader, ArticleFactory factory) throws MalformedArticleException {
        this.file = file;
        this.factory = factory;
        try {
            this.parser = FORMAT.parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedArticleException("CSV header unreadable: " + reason(e));
        }
        parser.getHeaderMap().forEach((name, index) -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedArticleException("CSV header lacks column(s) " + String.join(", ", missing)
                    + ": expected " + String.join(",", REQUIRED_COLUMNS) + "[,url]");
        }
        this.records = parser.iterator();
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
        long row = parser.getRecordNumber() + 1;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            CSVRecord record = records.next();
            row = record.getRecordNumber();
            return toArticle(record, row);
        } catch (UncheckedIOException | IllegalStateException e) {
            finished = true;
            return new Ingested.Rejected(file + "#row" + row, "CSV row " + row + ": " + reason(e)
                    + " (rows after it are not read)");
        }
    }

    private Ingested toArticle(CSVRecord record, long row) {
        String id = cell(record, "id").strip();
        String source = file + "#" + (id.isEmpty() ? "row" + row : id);
        if (!record.isConsistent()) {
            return new Ingested.Rejected(source, "CSV row " + row + ": has " + record.size()
                    + " cells, the header has " + parser.getHeaderNames().size());
        }
        if (id.isEmpty()) {
            return new Ingested.Rejected(source, "CSV row " + row + ": empty id");
        }
        try {
            return new Ingested.Accepted(factory.create(source, cell(record, "outlet"), cell(record, "published"),
                    cell(record, "title"), cell(record, "body"), cell(record, "url")));
        } catch (MalformedArticleException e) {
            return new Ingested.Rejected(source, "CSV row " + row + ": " + e.getMessage());
        }
    }

    private String cell(CSVRecord record, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.replaceAll("\\s+", " ");
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
