package news.crosscheck.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTests {

    @TempDir
    Path dir;

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://example.com\",\"x\")", "'=HYPERLINK(\"http://example.com\",\"x\")"),
                Arguments.of("+1+2", "'+1+2"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("\rcmd", "'\rcmd"),
                Arguments.of("-3", "-3"),
                Arguments.of("28", "28"),
                Arguments.of("At least 28 killed", "At least 28 killed"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void formulaCellsAreNeutralised(String cell, String written) {
        assertThat(SafeCell.of(cell)).isEqualTo(written);
    }

    @Test
    void writtenRowsParseBackCellByCell() throws IOException {
        Path target = dir.resolve("rejects.csv");
        try (CsvReport report = CsvReport.create(target, Columns.Reject.class)) {
            report.row("feed.csv#7", "CSV row 7: \"quoted\", with comma,\nand a new line");
            report.row("\tx.txt", "=1+1");
            report.commit();
        }
        List<CSVRecord> rows = parse(target);
        assertThat(rows.get(0).get("source")).isEqualTo("feed.csv#7");
        assertThat(rows.get(0).get("reason")).isEqualTo("CSV row 7: \"quoted\", with comma,\nand a new line");
        assertThat(rows.get(1).get("source")).isEqualTo("'\tx.txt");
        assertThat(rows.get(1).get("reason")).isEqualTo("'=1+1");
    }

    @Test
    void aReportNotCommittedLeavesNoFile() throws IOException {
        Path target = dir.resolve("events.csv");
        try (CsvReport report = CsvReport.create(target, Columns.Reject.class)) {
            report.row("a", "b");
        }
        assertThat(dir).isEmptyDirectory();
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
