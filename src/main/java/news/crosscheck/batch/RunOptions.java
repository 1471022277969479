package news.crosscheck.batch;

import org.springframework.boot.ApplicationArguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * The command-line options of a run: {@code --input=DIR} (default {@code input}), {@code --output=DIR} (default
 * {@code reports/<run-date>}), {@code --run-date=YYYY-MM-DD} (default: the newest publication date in the input),
 * {@code --rerun} (run a completed run again as a new execution), {@code --verify=manifest.json} (an audit: rerun
 * the inputs a manifest names and compare with its reports), {@code --house-style=FILE} (preferred spellings;
 * default {@code house-style.csv} in the input folder), {@code --acknowledged=FILE} (fingerprints the desk has
 * seen; default {@code acknowledged.csv} in the input folder). Settings ({@code --crosscheck.*}) are Spring
 * properties and pass through.
 */
record RunOptions(Path input, String output, String runDate, boolean rerun, Path verify, Path houseStyle,
                  Path acknowledged) {

    private static final Set<String> KNOWN = Set.of("input", "output", "run-date", "rerun", "verify", "house-style",
            "acknowledged");
    private static final String USAGE = "(options: --input=DIR --output=DIR --run-date=YYYY-MM-DD --rerun "
            + "--verify=PATH/TO/manifest.json --house-style=FILE.csv --acknowledged=FILE.csv)";

    static RunOptions parse(ApplicationArguments args) throws UsageException {
        for (String name : args.getOptionNames()) {
            if (!KNOWN.contains(name) && !name.startsWith("crosscheck.") && !name.startsWith("spring.")
                    && !name.startsWith("logging.")) {
                throw new UsageException("unknown option --" + name + " " + USAGE);
            }
        }
        if (!args.getNonOptionArgs().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.getNonOptionArgs().get(0) + "' " + USAGE);
        }
        String verify = single(args, "verify", "");
        if (!verify.isEmpty() && !Files.isRegularFile(Path.of(verify))) {
            throw new UsageException("manifest " + verify + " does not exist");
        }
        // an audit takes its input folder from the manifest unless told otherwise
        String inputOption = single(args, "input", verify.isEmpty() ? "input" : "");
        Path input = inputOption.isEmpty() ? null : readableFolder(inputOption);
        String runDate = single(args, "run-date", "");
        if (!runDate.isEmpty()) {
            try {
                LocalDate.parse(runDate);
            } catch (DateTimeParseException e) {
                throw new UsageException("--run-date must be YYYY-MM-DD, not '" + runDate + "'");
            }
        }
        String output = single(args, "output", "");
        checkWritable(Path.of(output.isEmpty() ? "reports" : output));
        return new RunOptions(input, output, runDate, args.containsOption("rerun"),
                verify.isEmpty() ? null : Path.of(verify), settingsOption(args, "house-style", input),
                settingsOption(args, "acknowledged", input));
    }

    /** {@code --NAME=FILE}, which must exist, or else {@code NAME.csv} at the top of the input folder if present. */
    private static Path settingsOption(ApplicationArguments args, String name, Path input) throws UsageException {
        String value = single(args, name, "");
        if (value.isEmpty()) {
            return settingsFile(input, name + ".csv");
        }
        if (!Files.isRegularFile(Path.of(value))) {
            throw new UsageException(name + " file " + value + " does not exist");
        }
        return Path.of(value);
    }

    /** A settings file at the top of the input folder, when there is one. */
    static Path settingsFile(Path input, String name) {
        Path file = input == null ? null : input.resolve(name);
        return file != null && Files.isRegularFile(file) ? file.toAbsolutePath().normalize() : null;
    }

    static Path readableFolder(String folder) throws UsageException {
        Path input = Path.of(folder);
        if (!Files.isDirectory(input)) {
            throw new UsageException("input folder " + input + " does not exist or is not a folder");
        }
        if (!Files.isReadable(input)) {
            throw new UsageException("input folder " + input + " is not readable");
        }
        return input.toAbsolutePath().normalize();
    }

    private static String single(ApplicationArguments args, String name, String fallback) throws UsageException {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1 || values.get(0).isBlank()) {
            throw new UsageException("--" + name + " takes one value");
        }
        return values.get(0);
    }

    /** The output folder must be creatable and writable before the job starts, not discovered broken at the end. */
    private static void checkWritable(Path output) throws UsageException {
        Path existing = output.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new UsageException("output folder " + output + " cannot be written");
        }
    }

    /** A wrong command line, said in one line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
