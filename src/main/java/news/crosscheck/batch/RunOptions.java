package news.crosscheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A run as the command line ({@link JobCommand}) describes it, checked before any work: the input folder readable,
 * the output and data folders writable, the run date a date, the desk a plain name, every setting given valid.
 *
 * @param input        the input folder; null for an audit that takes it from the manifest
 * @param output       the output folder, absolute; by default {@code reports/[desk/]<run-date>} beside the data
 *                     folder, with {@link RunContext#RUN_DATE_PLACEHOLDER} when the run date comes from the input;
 *                     for an audit, where the rerun goes, or empty for a scratch folder
 * @param runDate      {@code YYYY-MM-DD}, or empty for the newest publication date in the input
 * @param rerun        run a completed run again as a new execution
 * @param verify       the manifest of an archived run to audit, or null
 * @param houseStyle   the house-style file, or null
 * @param acknowledged the acknowledged file, or null
 * @param desk         whose history the run belongs to
 * @param data         the data folder, absolute ({@link DataFolder})
 * @param allowEmpty   publish an empty night instead of failing
 * @param springArgs   the command line as Spring reads it: every option as {@code --name=value}
 */
record RunOptions(Path input, String output, String runDate, boolean rerun, Path verify, Path houseStyle,
                  Path acknowledged, String desk, Path data, boolean allowEmpty, List<String> springArgs) {

    private static final Pattern DESK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Reads and checks a command line (without a sub-command); anything wrong is one line. */
    static RunOptions parse(String[] args, Map<String, String> environment) throws UsageException {
        picocli.CommandLine line = JobCommand.commandLine(a -> 0);
        try {
            line.parseArgs(args);
        } catch (picocli.CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage() + "; try 'crosscheck --help'");
        }
        return ((JobCommand) line.getCommand()).options(environment);
    }

    static RunOptions of(JobCommand command, Map<String, String> environment, List<String> springArgs)
            throws UsageException {
        String verify = command.verify == null ? "" : command.verify;
        if (!verify.isEmpty() && !Files.isRegularFile(Path.of(verify))) {
            throw new UsageException("manifest " + verify + " does not exist");
        }
        // an audit takes its input folder from the manifest unless told otherwise
        String inputOption = command.input != null ? command.input : verify.isEmpty() ? "input" : "";
        Path input = inputOption.isEmpty() ? null : readableFolder(inputOption);
        String runDate = command.runDate == null ? "" : command.runDate;
        if (!runDate.isEmpty()) {
            try {
                LocalDate.parse(runDate);
            } catch (DateTimeParseException e) {
                throw new UsageException("--run-date must be YYYY-MM-DD, not '" + runDate + "'");
            }
        }
        if (!DESK.matcher(command.desk).matches()) {
            throw new UsageException("--desk must be a plain name (letters, digits, '.', '_', '-'), not '"
                    + command.desk + "'");
        }
        Path data = DataFolder.resolve(command.data, environment);
        if (springArgs.stream().noneMatch(arg -> arg.startsWith("--spring.datasource.url="))) {
            checkWritable(data, "data folder"); // else the job repository is elsewhere: the folder may go unused
        }
        String output = output(command.output, verify.isEmpty(), data, command.desk, runDate);
        return new RunOptions(input, output, runDate, command.rerun, verify.isEmpty() ? null : Path.of(verify),
                settingsOption(command.houseStyle, "house-style", input),
                settingsOption(command.acknowledged, "acknowledged", input), command.desk, data, command.allowEmpty,
                List.copyOf(springArgs));
    }

    private static String output(String option, boolean job, Path data, String desk, String runDate)
            throws UsageException {
        if (option != null && !option.isBlank()) {
            Path output = Path.of(option).toAbsolutePath().normalize();
            checkWritable(output, "output folder");
            return output.toString();
        }
        if (!job) {
            return "";
        }
        Path reports = DataFolder.reports(data);
        if (!desk.equals(JobCommand.DEFAULT_DESK)) {
            reports = reports.resolve(desk);
        }
        checkWritable(reports, "output folder");
        return reports.resolve(runDate.isEmpty() ? RunContext.RUN_DATE_PLACEHOLDER : runDate).toString();
    }

    /** {@code --NAME=FILE}, which must exist, or else {@code NAME.csv} at the top of the input folder if present. */
    private static Path settingsOption(String value, String name, Path input) throws UsageException {
        if (value == null || value.isEmpty()) {
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

    /**
     * A folder the run writes into is made and written to (a file created and deleted) before any work: a folder
     * that cannot be written is found now, not once the job has run.
     */
    static void checkWritable(Path folder, String what) throws UsageException {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".crosscheck-", ".probe"));
        } catch (IOException | SecurityException e) {
            throw new UsageException(what + " " + folder + " cannot be written (" + reason(e) + ")");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException failed && failed.getReason() != null) {
            return failed.getReason() + ": " + failed.getFile();
        }
        return ExitCode.oneLine(e);
    }

    /** A wrong command line, said in one line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
