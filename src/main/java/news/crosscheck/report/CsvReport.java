package news.crosscheck.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one CSV report: RFC 4180 (Commons CSV does the quoting), UTF-8, CRLF, a header row from a column enum.
 * Rows go to a temporary file beside the target, which is moved into place only by {@link #commit()}: a crash leaves
 * no report that looks finished. Every cell passes through {@link SafeCell}, so nothing an article says opens as a
 * spreadsheet formula.
 */
public final class CsvReport implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final CSVPrinter printer;
    private final int width;
    private boolean committed;

    private CsvReport(Path target, Class<? extends Enum<?>> columns) throws IOException {
        this.target = target;
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temp = target.resolveSibling(target.getFileName() + ".partial");
        Enum<?>[] names = columns.getEnumConstants();
        this.width = names.length;
        BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        this.printer = CSVFormat.RFC4180.builder().setHeader(columns).get().print(out);
    }

    public static CsvReport create(Path target, Class<? extends Enum<?>> columns) throws IOException {
        return new CsvReport(target, columns);
    }

    /** Appends one row; its cells in column order, {@code null} as empty. */
    public void row(Object... cells) throws IOException {
        if (cells.length != width) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the report has " + width);
        }
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : SafeCell.of(cells[i].toString());
        }
        printer.printRecord(safe);
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        printer.close(true);
        moveIntoPlace(temp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            printer.close();
            Files.deleteIfExists(temp);
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
