package news.crosscheck.batch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that changes results without being input (the house-style list, the acknowledged list), passed to the job
 * as one identifying parameter {@code absolute-path#sha256}: editing the file makes a new run, not a restart.
 */
final class SettingsFile {

    private SettingsFile() {
    }

    static String parameter(Path file) throws IOException {
        return file == null ? "" : file.toAbsolutePath().normalize() + "#" + InputInventory.sha256(file);
    }

    /** The file a parameter names, or null when the parameter is empty. */
    static Path path(String parameter) {
        return parameter.isEmpty() ? null : Path.of(parameter.substring(0, parameter.lastIndexOf('#')));
    }
}
