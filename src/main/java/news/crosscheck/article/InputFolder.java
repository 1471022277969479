package news.crosscheck.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The articles under one input folder. Files are listed recursively in the order of their relative paths, so a run
 * reads them in the same order on every machine; symbolic links are never followed, so nothing outside the folder
 * is read. {@code .txt} files are single articles; {@code .csv} files, RSS and Atom feeds ({@code .xml},
 * {@code .rss}, {@code .atom}) and ninjs files ({@code .json}) hold many, one outcome per row or item.
 */
public final class InputFolder {

    private static final int BINARY_PROBE_BYTES = 8192;
    /** Largest RSS, Atom or ninjs file read: it is parsed whole, unlike a CSV feed, which is read row by row. */
    public static final long MAX_FEED_BYTES = 64L * 1024 * 1024;
    private static final Set<String> XML_FEEDS = Set.of("xml", "rss", "atom");

    private final Path root;
    private final ArticleFactory factory;
    private final TextArticleParser textParser;

    /** The folder, for listing, and for reading articles of any date. */
    public InputFolder(Path root) {
        this(root, LocalDate.MAX);
    }

    /** @param latestPublication articles dated after it are refused as dated in the future */
    public InputFolder(Path root, LocalDate latestPublication) {
        this.root = root.toAbsolutePath().normalize();
        this.factory = new ArticleFactory(latestPublication);
        this.textParser = new TextArticleParser(factory);
    }

    public Path root() {
        return root;
    }

    /**
     * Files at the top of the folder that configure a run rather than carry articles: the newsroom's spelling list
     * and the discrepancies a desk has acknowledged. They are never read as articles.
     */
    public static final Set<String> SETTINGS_FILES = Set.of("house-style.csv", "acknowledged.csv");

    /** Relative paths ({@code /}-separated) of every file and link below the folder but the settings files, sorted. */
    public List<String> list() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(this::relative).filter(p -> !SETTINGS_FILES.contains(p)).sorted().toList();
        }
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /**
     * Reads one listed file as a stream of outcomes, one per article it holds, or a single rejection. A CSV feed's
     * iterator is {@link AutoCloseable}: close it when done.
     */
    public Iterator<Ingested> read(String relative) {
        Path file = root.resolve(relative);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return rejected(relative, "file disappeared before it could be read");
            }
            if (Files.isSymbolicLink(file)) {
                return rejected(relative, "symbolic link: not followed");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return rejected(relative, "not a regular file");
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (extension.equals("csv")) {
                return csv(relative, file);
            }
            if (extension.equals("txt")) {
                return List.<Ingested>of(text(relative, file)).iterator();
            }
            if (XML_FEEDS.contains(extension)) {
                return RssAtomFeed.read(relative, folderOutlet(file), feedBytes(file), factory);
            }
            if (extension.equals("json")) {
                return NinjsFeed.read(relative, folderOutlet(file), feedBytes(file), factory);
            }
            return rejected(relative, "unsupported file type: articles are .txt files, .csv feeds, RSS or Atom "
                    + "feeds (.xml, .rss, .atom) or ninjs files (.json)");
        } catch (NoSuchFileException e) {
            return rejected(relative, "file disappeared before it could be read");
        } catch (IOException | UncheckedIOException e) {
            return rejected(relative, "unreadable file: " + e.getMessage());
        } catch (MalformedArticleException e) {
            return rejected(relative, e.getMessage());
        }
    }

    private Ingested text(String relative, Path file) throws IOException {
        if (Files.size(file) > ArticleFactory.MAX_ARTICLE_CHARS) {
            return new Ingested.Rejected(relative, "article larger than the 5 MB limit");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            checkText(bytes);
            return new Ingested.Accepted(textParser.parse(relative, folderOutlet(file), decode(bytes)));
        } catch (MalformedArticleException e) {
            return new Ingested.Rejected(relative, e.getMessage());
        }
    }

    /** The folder a file is in, which names the outlet when the file does not. */
    private String folderOutlet(Path file) {
        Path parent = root.relativize(file).getParent();
        return (parent == null ? root : root.resolve(parent)).getFileName().toString();
    }

    /** A feed file's bytes, for a parser that reads the encoding its content declares. */
    private static byte[] feedBytes(Path file) throws IOException, MalformedArticleException {
        if (Files.size(file) > MAX_FEED_BYTES) {
            throw new MalformedArticleException("feed larger than the 64 MB limit: split it");
        }
        byte[] bytes = Files.readAllBytes(file);
        checkText(bytes);
        return bytes;
    }

    private Iterator<Ingested> csv(String relative, Path file) throws IOException, MalformedArticleException {
        InputStream in = Files.newInputStream(file);
        try {
            byte[] probe = in.readNBytes(BINARY_PROBE_BYTES);
            checkText(probe);
            in.close();
            in = withoutBom(Files.newInputStream(file));
            CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return new CsvArticleFeed(relative, new InputStreamReader(in, strict), factory);
        } catch (IOException | MalformedArticleException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream withoutBom(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return in;
    }

    /** Refuses content that is plainly not text: a NUL byte in its first 8 KB. */
    private static void checkText(byte[] bytes) throws MalformedArticleException {
        if (bytes.length == 0) {
            throw new MalformedArticleException("empty file");
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new MalformedArticleException("binary file (NUL byte at offset " + i + ")");
            }
        }
    }

    /** Decodes strict UTF-8, naming the offset of the first invalid byte. */
    static String decode(byte[] bytes) throws MalformedArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedArticleException("not UTF-8 text (invalid byte at offset " + in.position()
                    + "): save it as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static Iterator<Ingested> rejected(String source, String reason) {
        return List.<Ingested>of(new Ingested.Rejected(source, reason)).iterator();
    }
}
