package news.crosscheck.batch;

import news.crosscheck.article.InputFolder;
import news.crosscheck.article.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Lists the input folder with each file's size and SHA-256, streamed, for the manifest and the readers. */
final class InputInventory {

    private InputInventory() {
    }

    static List<StagingRepository.InputFile> list(InputFolder folder) {
        try {
            List<StagingRepository.InputFile> files = new ArrayList<>();
            for (String relative : folder.list()) {
                files.add(describe(folder.resolve(relative), relative));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the input folder " + folder.root(), e);
        }
    }

    /** SHA-256 of a file's bytes, read as a stream. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static StagingRepository.InputFile describe(Path file, String relative) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new StagingRepository.InputFile(relative, "", 0);
        }
        try {
            return new StagingRepository.InputFile(relative, sha256(file), Files.size(file));
        } catch (IOException e) {
            // the ingest step reports the file as unreadable; the listing records that it was there
            return new StagingRepository.InputFile(relative, "", 0);
        }
    }
}
