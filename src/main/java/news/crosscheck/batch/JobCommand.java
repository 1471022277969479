package news.crosscheck.batch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/**
 * The job's command line, read by picocli before Spring starts, so that help, version and a wrong option answer
 * at once and touch nothing. Besides the options below it takes every {@code --crosscheck.*} setting
 * ({@link CrosscheckProperties}), listed with its default, and passes {@code --spring.*} and {@code --logging.*}
 * properties on to Spring. {@link RunOptions} turns what it read into a checked run.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = JobCommand.VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true, abbreviateSynopsis = true,
        synopsisSubcommandLabel = "[bench | evaluate | worker | help]",
        description = {
                "Groups a night's news articles into events, compares their claims (casualty figures, people, "
                        + "places) and reports the discrepancies as CSV for copy desks, with each desk's history "
                        + "(NEW / ONGOING / RESOLVED).",
                "",
                "Audit an archived run (on any machine, with or without its job repository):",
                "  crosscheck --verify=PATH/manifest.json [--input=DIR] [--output=DIR]",
                "Sub-commands: 'bench' (benchmark on generated feeds), 'evaluate' (scores against a gold file), "
                        + "'worker' (runs partitions for runs with --crosscheck.workers=remote); 'crosscheck help "
                        + "bench' shows their options.",
                ""},
        optionListHeading = "Options (--name=VALUE):%n",
        footerHeading = "%nExit codes:%n")
public final class JobCommand implements Callable<Integer> {

    static final String DEFAULT_DESK = "default";

    @Option(names = "--input", paramLabel = "DIR",
            description = "folder read recursively for articles (default: input; for --verify, the folder the "
                    + "manifest names)")
    String input;

    @Option(names = "--output", paramLabel = "DIR",
            description = "where the reports go (default: reports/<run-date> beside the data folder, "
                    + "reports/<desk>/<run-date> for a desk other than 'default'); for --verify, where the rerun's "
                    + "reports and the list of differences go (default: a scratch folder, the list in the temp folder)")
    String output;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "the run's name and its place in the desk's history (default: the newest publication date "
                    + "in the input)")
    String runDate;

    @Option(names = "--desk", paramLabel = "NAME", defaultValue = DEFAULT_DESK,
            description = "whose history the run belongs to: each desk has its own NEW / ONGOING / RESOLVED "
                    + "(default: ${DEFAULT-VALUE})")
    String desk;

    @Option(names = "--data", paramLabel = "DIR",
            description = "the data folder: job repository and history (crosscheck.mv.db), log, working files "
                    + "(default: $" + DataFolder.ENVIRONMENT + ", else data in the working folder)")
    String data;

    @Option(names = "--rerun", description = "run an already completed run (same input, settings, output, run date, "
            + "desk) again as a new execution")
    boolean rerun;

    @Option(names = "--allow-empty", description = "publish an empty night (no input file, or none accepted) instead "
            + "of failing with exit code 5; it resolves nothing")
    boolean allowEmpty;

    @Option(names = "--house-style", paramLabel = "FILE",
            description = "preferred spellings, variant,preferred pairs (default: house-style.csv in the input "
                    + "folder, if any)")
    String houseStyle;

    @Option(names = "--acknowledged", paramLabel = "FILE",
            description = "fingerprints the desk has acknowledged, left out of summary.csv (default: "
                    + "acknowledged.csv in the input folder, if any)")
    String acknowledged;

    @Option(names = "--verify", paramLabel = "PATH/manifest.json",
            description = "audit an archived run: check its inputs' and settings' fingerprints, rerun it against the "
                    + "history archived with it, compare every report byte for byte")
    String verify;

    @Unmatched
    List<String> passedOn = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final ToIntFunction<String[]> job;

    /** @param job runs the job with the arguments as given (after this command has read them without error) */
    public JobCommand(ToIntFunction<String[]> job) {
        this.job = job;
    }

    /**
     * The command line of the job, settings included, with its sub-commands, one-line errors and the exit codes in
     * the usage.
     */
    public static CommandLine commandLine(ToIntFunction<String[]> job, Object... subcommands) {
        CommandLine line = new CommandLine(new JobCommand(job));
        for (Object subcommand : subcommands) {
            line.addSubcommand(subcommand);
        }
        CommandSpec spec = line.getCommandSpec();
        for (CrosscheckProperties.Setting setting : CrosscheckProperties.describe()) {
            spec.addOption(OptionSpec.builder("--" + setting.property())
                    .paramLabel(setting.label())
                    .type(String.class)
                    .description(setting.description())
                    .build());
        }
        spec.usageMessage().footer(ExitCode.table(),
                "", "Settings other than work-dir and chunk-size change results: they are part of the run's "
                        + "identity and of its manifest. --spring.* and --logging.* properties go to Spring.");
        // set once the sub-commands are in, so that theirs answer the same way
        line.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("crosscheck: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCode.USAGE.code;
        });
        return line;
    }

    @Override
    public Integer call() {
        try {
            checkPassedOn();
        } catch (RunOptions.UsageException e) {
            spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return job.applyAsInt(args.toArray(String[]::new));
    }

    private void checkPassedOn() throws RunOptions.UsageException {
        checkPassedOn(passedOn);
    }

    /** Only Spring's own properties pass on unread: anything else unknown is a mistake. */
    static void checkPassedOn(List<String> passedOn) throws RunOptions.UsageException {
        for (String argument : passedOn) {
            if (!(argument.startsWith("--spring.") || argument.startsWith("--logging.")) || !argument.contains("=")) {
                throw new RunOptions.UsageException(argument.startsWith("-") ? "unknown option '" + argument
                        + "'; try 'crosscheck --help'" : "unexpected argument '" + argument
                        + "'; try 'crosscheck --help'");
            }
        }
    }

    /** A job command line checked before Spring starts: the arguments Spring reads, and its default properties. */
    public record Launch(String[] springArgs, Map<String, Object> springDefaults) {
    }

    /**
     * Checks a job command line (options, settings, folders) and says how to start Spring for it: the data folder
     * decides where the job repository and the log are, unless Spring properties on the command line say otherwise.
     *
     * @throws IllegalArgumentException with a one-line message, when anything is wrong
     */
    public static Launch launch(String[] args) {
        try {
            RunOptions options = RunOptions.parse(args, System.getenv());
            return new Launch(options.springArgs().toArray(String[]::new), DataFolder.springDefaults(options.data()));
        } catch (RunOptions.UsageException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** What was read, checked: settings, folders, dates, desk name. */
    RunOptions options(Map<String, String> environment) throws RunOptions.UsageException {
        checkPassedOn();
        Map<String, String> settings = new LinkedHashMap<>();
        ParseResult parsed = spec.commandLine().getParseResult();
        List<String> springArgs = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!parsed.hasMatchedOption(option) || option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String name = option.longestName();
            if (option.typeInfo().isBoolean()) {
                springArgs.add(name);
                continue;
            }
            String value = String.valueOf((Object) option.getValue());
            springArgs.add(name + "=" + value);
            if (name.startsWith("--crosscheck.")) {
                settings.put(name.substring("--crosscheck.".length()), value);
            }
        }
        springArgs.addAll(passedOn);
        try {
            CrosscheckProperties.of(settings);
        } catch (CrosscheckProperties.InvalidSettingException e) {
            throw new RunOptions.UsageException(e.getMessage());
        }
        return RunOptions.of(this, environment, springArgs);
    }

    /** The crosscheck version, from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"crosscheck " + Version.CROSSCHECK};
        }
    }
}
