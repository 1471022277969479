package news.crosscheck.batch;

import news.crosscheck.article.InputFolder;
import news.crosscheck.article.Sha256;
import news.crosscheck.report.Manifest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Runs the job once from the command line and turns its outcome into the exit code. The job parameters identify a
 * run by its input folder, its input's content (SHA-256 of every file), the settings that change results, its
 * output, run date and desk: the same night's input again restarts a failed run or says a complete one is complete;
 * a new night's input, or a changed setting, is a new run.
 */
@Component
@ConditionalOnProperty(name = "crosscheck.runner.enabled", havingValue = "true", matchIfMissing = true)
class CrosscheckRunner implements ApplicationRunner, ExitCodeGenerator {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final CrosscheckProperties settings;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private ExitCode exit = ExitCode.OK;

    CrosscheckRunner(JobOperator jobOperator, JobRepository jobRepository, Job crosscheckJob,
                     CrosscheckProperties settings) {
        this.settings = settings;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = crosscheckJob;
    }

    @Override
    public void run(ApplicationArguments args) {
        RunOptions options;
        try {
            options = RunOptions.parse(args.getSourceArgs(), System.getenv());
        } catch (RunOptions.UsageException e) {
            fail(ExitCode.USAGE, e.getMessage());
            return;
        }
        if (options.verify() != null) {
            verify(options);
            return;
        }
        JobParameters parameters = null;
        try {
            parameters = parameters(options);
            recoverCrashed(parameters);
            report(jobOperator.start(job, parameters));
        } catch (JobInstanceAlreadyCompleteException e) {
            JobExecution done = jobRepository.getLastJobExecution(job.getName(), parameters);
            String where = done == null ? "" : done.getExecutionContext().getString(WriteReportsTasklet.OUTPUT_DIR, "");
            out.println("crosscheck: this run (same input, settings, output, run date and desk) is already complete; "
                    + "its reports are in " + Path.of(where).toAbsolutePath().normalize()
                    + ". Use --rerun to run it again.");
        } catch (JobExecutionAlreadyRunningException e) {
            fail(ExitCode.BUSY, "another crosscheck run of this input is in progress");
        } catch (Exception e) {
            fail(ExitCode.JOB_FAILED, "could not start the job: " + ExitCode.oneLine(e));
        }
    }

    /**
     * Reruns an archived run's inputs against the history archived with it ({@code previous-night.csv}) into a
     * scratch folder or {@code --output}, and compares; the archive itself is never written. The differences are
     * summed up in one line and listed in full in a file.
     */
    private void verify(RunOptions options) {
        Path scratch = null;
        try {
            Manifest manifest = Manifest.read(options.verify());
            Path archive = options.verify().toAbsolutePath().getParent();
            Path input = options.input() != null ? options.input()
                    : RunOptions.readableFolder(manifest.parameters().getOrDefault(RunContext.INPUT, ""));
            List<String> differences = new ArrayList<>(AuditVerifier.inputDifferences(manifest, input));
            differences.addAll(AuditVerifier.settingDifferences(manifest, settings.resultSettings()));
            differences.addAll(AuditVerifier.previousNightDifferences(manifest, archive));
            Path reports = options.output().isEmpty() ? scratch = Files.createTempDirectory("crosscheck-verify")
                    : Path.of(options.output());
            String desk = manifest.parameters().getOrDefault(RunContext.DESK, JobCommand.DEFAULT_DESK);
            JobExecution execution = jobOperator.start(job, parameters(new RunOptions(input, reports.toString(),
                    manifest.runDate(), true, options.verify(),
                    options.houseStyle() != null ? options.houseStyle()
                            : RunOptions.settingsFile(input, "house-style.csv"),
                    options.acknowledged() != null ? options.acknowledged()
                            : RunOptions.settingsFile(input, "acknowledged.csv"),
                    desk, options.data(), true, options.springArgs())));
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                report(execution);
                return;
            }
            differences.addAll(AuditVerifier.reportDifferences(archive, reports));
            String history = Files.exists(archive.resolve(WriteReportsTasklet.PREVIOUS_NIGHT)) ? ""
                    : " (the archive has no " + WriteReportsTasklet.PREVIOUS_NIGHT + ": statuses were computed "
                    + "against this machine's history of desk " + desk + ")";
            if (differences.isEmpty()) {
                out.println("crosscheck: verified: " + manifest.inputs().size() + " inputs unchanged, reports "
                        + "identical to " + options.verify() + history);
                return;
            }
            exit = ExitCode.MISMATCH;
            Path list = (scratch == null ? reports : Path.of(System.getProperty("java.io.tmpdir")))
                    .resolve("verify-" + manifest.runDate() + "-differences-" + ProcessHandle.current().pid() + ".txt");
            Files.write(list, differences, StandardCharsets.UTF_8);
            err.println("crosscheck: verification found " + AuditVerifier.summary(differences) + history
                    + "; every difference is listed in " + list);
        } catch (RunOptions.UsageException e) {
            fail(ExitCode.USAGE, e.getMessage());
        } catch (Exception e) {
            fail(ExitCode.JOB_FAILED, "could not verify: " + ExitCode.oneLine(e));
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Folders.deleteTree(dir);
        } catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }

    private void report(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String summary = execution.getExecutionContext().getString(WriteReportsTasklet.SUMMARY, "");
            out.println("crosscheck: done\n" + summary);
            return;
        }
        RefusedNightException refused = RefusedNightException.among(execution.getAllFailureExceptions());
        if (refused != null) {
            fail(refused.exitCode, refused.getMessage());
            return;
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst().map(failure ->
                        failure instanceof TimeoutException ? "the workers did not finish every partition of "
                                + execution.getStepExecutions().stream()
                                .filter(step -> step.getFailureExceptions().contains(failure))
                                .map(StepExecution::getStepName).findFirst().orElse("a step")
                                + " within crosscheck.worker-timeout (" + settings.workerTimeout() + " s): is a "
                                + "worker running ('crosscheck worker'), or was one killed?"
                                : ExitCode.oneLine(failure))
                .orElse(execution.getExitStatus().getExitDescription());
        fail(ExitCode.JOB_FAILED, "run failed (" + execution.getStatus() + "): " + reason
                + "; run the same command again to restart it where it stopped");
    }

    /**
     * An execution of this run still marked as running was cut off (killed, power lost): this process holds the H2
     * file or the PostgreSQL lock ({@link RepositoryLock}), so no other run can be using it. Mark it failed, so that
     * starting the run restarts it where it stopped. {@code recover} marks every step execution still running failed,
     * a partitioned step's partitions included: the restart then reruns the partitions not completed, each from its
     * last committed chunk, and skips the others. A failed execution may have partitions still marked running too:
     * with remote workers, a partition whose worker was killed, or that no worker took, when the manager gave up
     * waiting ({@code crosscheck.worker-timeout}). They are marked failed the same way; a worker still running one
     * then cannot commit another chunk of it, since the job repository checks each step execution's version.
     */
    private void recoverCrashed(JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        if (last != null && (last.isRunning() || last.getStepExecutions().stream()
                .anyMatch(step -> step.getStatus().isRunning()))) {
            out.println("crosscheck: the previous execution of this run was interrupted; restarting it");
            jobOperator.recover(last);
        }
    }

    private JobParameters parameters(RunOptions options) throws IOException {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(RunContext.INPUT, options.input().toString())
                .addString(RunContext.INPUT_FINGERPRINT, fingerprint(options.input()))
                .addString(RunContext.OUTPUT, options.output())
                .addString(RunContext.RUN_DATE, options.runDate())
                .addString(RunContext.DESK, options.desk())
                .addString(RunContext.HOUSE_STYLE, SettingsFile.parameter(options.houseStyle()))
                .addString(RunContext.ACKNOWLEDGED, SettingsFile.parameter(options.acknowledged()))
                .addString(RunContext.LATEST_PUBLICATION, (options.runDate().isEmpty() ? LocalDate.now(ZoneOffset.UTC)
                        : LocalDate.parse(options.runDate())).plusDays(1).toString(), false);
        settings.resultSettings().forEach((name, value) -> builder.addString("crosscheck." + name,
                String.valueOf(value)));
        if (options.allowEmpty()) {
            builder.addString(RunContext.ALLOW_EMPTY, "true");
        }
        if (options.rerun()) {
            builder.addLong(RunContext.RERUN, System.currentTimeMillis());
        }
        if (options.verify() != null) {
            builder.addString(RunContext.AUDIT, options.verify().toAbsolutePath().normalize().toString());
        }
        return builder.toJobParameters();
    }

    /**
     * Every input file's path and SHA-256: a copy of the night's files (even one that does not keep modification
     * times) is the same run, and restarts it; changed content is a new run.
     */
    static String fingerprint(Path input) throws IOException {
        InputFolder folder = new InputFolder(input);
        StringBuilder listing = new StringBuilder();
        for (String relative : folder.list()) {
            Path file = folder.resolve(relative);
            listing.append(relative);
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.isReadable(file)) {
                listing.append('\t').append(InputInventory.sha256(file));
            }
            listing.append('\n');
        }
        return Sha256.hex(listing.toString());
    }

    private void fail(ExitCode code, String message) {
        exit = code;
        err.println("crosscheck: " + message);
    }

    @Override
    public int getExitCode() {
        return exit.code;
    }
}
