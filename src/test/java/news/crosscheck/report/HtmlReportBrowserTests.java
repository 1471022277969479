package news.crosscheck.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens {@code report.html} in a real browser, Debian's headless Chromium, and checks what it rendered, not what we
 * wrote: the marked values are {@code <mark>} elements in the DOM, and hostile article text stayed text. A
 * screenshot goes to {@code target/html-report.png} for a person to look at. Skipped where Chromium is absent
 * ({@code .ci/run} installs it when it can).
 */
class HtmlReportBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOT = Path.of("target", "html-report.png").toAbsolutePath();

    @TempDir
    static Path dir;

    static Path report;

    @BeforeAll
    static void render() throws IOException {
        HtmlReportFixture.writeEvents(dir);
        List<HtmlReportFixture.Row> rows = new ArrayList<>(HtmlReportFixture.sample());
        rows.add(HtmlReportFixture.conflict("1", "Evil Outlet", "evil.txt",
                "<script>document.title='owned'</script> 1 dead <img src=x onerror=alert(1)>"));
        HtmlReportFixture.writeDiscrepanciesWithStatus(dir,
                rows.stream().map(r -> r.withStatus(r.severity().equals("UPDATE") ? "ONGOING" : "NEW")).toList());
        report = HtmlReport.write(dir);
    }

    @Test
    void theMarkedValuesAreInTheRenderedDom() throws Exception {
        String dom = chromium("--dump-dom", report.toUri().toString());

        assertThat(dom).contains("<mark>At least 28</mark>", "<mark>20</mark>", "<mark>31</mark>",
                "<mark>Pesechnik</mark>", "<mark>Pasechnik</mark>", "<mark>1</mark>");
        assertThat(dom).contains("&lt;script&gt;document.title='owned'&lt;/script&gt;")
                .doesNotContain("<script", "<img", "owned</title>");
    }

    @Test
    void aScreenshotIsSavedForAPersonToRead() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);

        chromium("--screenshot=" + SCREENSHOT, "--window-size=1280,2000", report.toUri().toString());

        assertThat(SCREENSHOT).isNotEmptyFile();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    /** Runs headless Chromium with a throwaway profile and nothing fetched in the background; returns its output. */
    private static String chromium(String... arguments) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": the browser test is skipped");
        Path profile = Files.createTempDirectory(dir, "profile");
        Path out = dir.resolve("chromium.out");
        Path err = dir.resolve("chromium.err");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertThat(process.exitValue()).as("chromium's exit code; stderr: %s", Files.readString(err)).isZero();
        return Files.readString(out);
    }
}
