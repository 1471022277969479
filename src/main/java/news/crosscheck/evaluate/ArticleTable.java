package news.crosscheck.evaluate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes articles files in the job's CSV input format ({@code id,outlet,published,title,body,url}),
 * so the evaluation can cut a slice of a corpus or add perturbed copies and hand the job a file it reads like any
 * feed.
 */
public final class ArticleTable {

    /** The columns, in the order written. */
    enum Column { id, outlet, published, title, body, url }

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(Column.class).get();

    private ArticleTable() {
    }

    /** The rows of an articles file, in file order; {@code url} may be absent from the header. */
    public static List<ArticleRow> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = READ.parse(in)) {
            for (Column column : Column.values()) {
                if (column != Column.url && !parser.getHeaderNames().contains(column.name())) {
                    throw new IllegalArgumentException(file + ": articles file has no '" + column + "' column");
                }
            }
            boolean hasUrl = parser.getHeaderNames().contains("url");
            List<ArticleRow> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                rows.add(new ArticleRow(row.get("id"), row.get("outlet"), row.get("published"), row.get("title"),
                        row.get("body"), hasUrl ? row.get("url") : ""));
            }
            return rows;
        }
    }

    /** Writes rows as an articles file the job reads. */
    public static void write(Path file, List<ArticleRow> rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = WRITE.print(out)) {
            for (ArticleRow row : rows) {
                printer.printRecord(row.id(), row.outlet(), row.published(), row.title(), row.body(), row.url());
            }
        }
    }
}
