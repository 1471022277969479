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

    private static StagingRepository.InputFile describe(Path file, String relative) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new StagingRepository.InputFile(relative, "", 0);
        }
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            long bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            return new StagingRepository.InputFile(relative, HexFormat.of().formatHex(digest.digest()), bytes);
        } catch (IOException e) {
            // the ingest step reports the file as unreadable; the listing records that it was there
            return new StagingRepository.InputFile(relative, "", 0);
        }
    }
}
