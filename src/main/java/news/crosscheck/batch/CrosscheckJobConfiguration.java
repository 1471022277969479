package news.crosscheck.batch;

import news.crosscheck.article.Article;
import news.crosscheck.article.Ingested;
import news.crosscheck.article.InputFolder;
import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.ClaimExtractor;
import news.crosscheck.compare.Discrepancy;
import news.crosscheck.compare.EventChecker;
import news.crosscheck.compare.HouseStyle;
import news.crosscheck.compare.SpellingVariants;
import news.crosscheck.compare.WireCopies;
import news.crosscheck.event.Event;
import news.crosscheck.event.EventGrouper;
import org.apache.lucene.store.FSDirectory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The crosscheck job, one bean per step, in pipeline order: list the input, ingest articles, group them into
 * events, extract claims, align and compare them, write the reports. Every stage is a plain class; this class only
 * decides how they run as Spring Batch steps.
 */
@Configuration
@EnableConfigurationProperties(CrosscheckProperties.class)
public class CrosscheckJobConfiguration {

    public static final String JOB_NAME = "crosscheck";

    /** Adds {@link Progress} to the job's steps when the job runs at a terminal. */
    @Bean
    static BeanPostProcessor progressAtTerminal() {
        Progress progress = Progress.atTerminal();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (progress != null && bean instanceof AbstractStep step && Progress.isJobStep(step.getName())) {
                    step.registerStepExecutionListener(progress);
                }
                return bean;
            }
        };
    }

    @Bean
    StagingRepository stagingRepository(DataSource dataSource) {
        return new StagingRepository(dataSource);
    }

    @Bean
    Job crosscheckJob(JobRepository jobRepository, Step listInputStep, Step ingestArticlesStep, Step checkRejectsStep,
                      Step groupEventsStep,
                      Step extractClaimsStep, Step compareClaimsStep, Step writeReportsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(listInputStep)
                .next(ingestArticlesStep)
                .next(checkRejectsStep)
                .next(groupEventsStep)
                .next(extractClaimsStep)
                .next(compareClaimsStep)
                .next(writeReportsStep)
                .build();
    }

    // 1. list and hash the input files, so every later step and a restart see the same list

    /**
     * Also deletes what earlier runs that can no longer restart (completed or abandoned ones) left in the staging
     * tables: their reports are written, and a nightly job would otherwise keep every night's articles and claims in
     * its H2 file. A failed run keeps its rows until it completes, so that it can restart where it stopped.
     */
    @Bean
    Step listInputStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging) {
        return new StepBuilder("listInputStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            staging.purge(staged -> staged != run.run() && isFinished(jobRepository, staged));
            staging.replaceInputFiles(run.run(), InputInventory.list(new InputFolder(Path.of(run.input()))));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** Whether a run cannot restart: its job instance is gone, or its last execution completed or was abandoned. */
    private static boolean isFinished(JobRepository jobRepository, long run) {
        JobInstance instance = jobRepository.getJobInstance(run);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        return last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED;
    }

    // 2. ingest: every file or CSV row becomes an accepted article or a rejection

    @Bean
    Step ingestArticlesStep(JobRepository jobRepository, PlatformTransactionManager tm, CrosscheckProperties settings,
                            InputItemReader inputItemReader, ItemWriter<Ingested> ingestWriter) {
        return new StepBuilder("ingestArticlesStep", jobRepository).<Ingested, Ingested>chunk(settings.chunkSize())
                .transactionManager(tm)
                .reader(inputItemReader)
                .writer(ingestWriter)
                .build();
    }

    @Bean
    @StepScope
    InputItemReader inputItemReader(@Value("#{stepExecution}") StepExecution step, StagingRepository staging) {
        RunContext run = RunContext.of(step);
        List<String> files = staging.inputFiles(run.run()).stream().map(StagingRepository.InputFile::path).toList();
        return new InputItemReader(new InputFolder(Path.of(run.input()), run.latestPublication()), files);
    }

    @Bean
    @StepScope
    ItemWriter<Ingested> ingestWriter(@Value("#{stepExecution}") StepExecution step, StagingRepository staging) {
        long run = RunContext.of(step).run();
        return chunk -> {
            List<Article> accepted = new ArrayList<>();
            List<Object[]> rejects = new ArrayList<>();
            for (Ingested item : chunk) {
                if (item instanceof Ingested.Accepted a) {
                    accepted.add(a.article());
                } else if (item instanceof Ingested.Rejected rejected) {
                    rejects.add(new Object[]{rejected.source(), rejected.reason()});
                }
            }
            // An article's source is its id (a file path, or file.csv#id), as Ingested.source() gives it.
            for (Article repeated : staging.insertArticles(run, accepted)) {
                rejects.add(new Object[]{repeated.id() + " (repeated)", "id used by an earlier row of the same feed"});
            }
            staging.rejectAll(run, rejects);
        };
    }

    // 2b. an empty or mostly broken night fails loudly instead of publishing a report on what little was readable

    /**
     * Refuses a night none of whose inputs was accepted (a failed feed download looks like this), unless
     * {@code --allow-empty}, and one with more than {@code max-rejected-share} of its inputs rejected. Both are
     * {@link RefusedNightException}s: the same input fails the same way, so the message does not advise a rerun.
     */
    @Bean
    Step checkRejectsStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging,
                          CrosscheckProperties settings) {
        return new StepBuilder("checkRejectsStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            Map<String, Long> counts = staging.counts(run.run());
            long read = counts.get("read");
            long rejected = counts.get("rejected");
            if (counts.get("accepted") == 0 && !run.allowEmpty()) {
                throw new RefusedNightException(ExitCode.EMPTY, "empty night: no article accepted from " + run.input()
                        + " (" + read + " inputs read, " + rejected + " rejected"
                        + (rejected > 0 ? "; the most common reason: " + staging.mostCommonRejectReason(run.run()) : "")
                        + "); nothing is published or resolved. Check the feed, or pass --allow-empty to publish an "
                        + "empty report");
            }
            if (read > 0 && rejected > settings.maxRejectedShare() * read) {
                throw new RefusedNightException(ExitCode.JOB_FAILED, rejected + " of " + read + " inputs were "
                        + "rejected, more than " + Math.round(settings.maxRejectedShare() * 100)
                        + "% (crosscheck.max-rejected-share); the most common reason: "
                        + staging.mostCommonRejectReason(run.run()) + ". Running again on the same input fails the "
                        + "same way: fix the input or raise crosscheck.max-rejected-share");
            }
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    // 3. group: exact duplicates set aside, the rest indexed with Lucene and linked into events

    @Bean
    Step groupEventsStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging,
                         CrosscheckProperties settings) {
        return new StepBuilder("groupEventsStep", jobRepository).tasklet((contribution, chunk) -> {
            long run = RunContext.of(contribution.getStepExecution()).run();
            staging.markDuplicates(run);
            Path indexDir = Path.of(settings.workDir(), "index", Long.toString(run));
            EventGrouper grouper = new EventGrouper(settings.grouping());
            List<Event> events;
            try (FSDirectory directory = FSDirectory.open(indexDir)) {
                try (EventGrouper.Indexer indexer = grouper.indexer(directory, staging.publicationDays(run))) {
                    staging.forEachArticle(run, indexer);
                }
                events = grouper.group(directory);
            }
            staging.assignEvents(run, events);
            Folders.deleteTree(indexDir);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /**
     * The partitions run on this JVM's threads unless {@code crosscheck.workers=remote}, where
     * {@link RemotePartitioningConfiguration} hands them to worker JVMs instead.
     */
    @Bean
    @ConditionalOnProperty(name = "crosscheck.workers", havingValue = CrosscheckProperties.LOCAL,
            matchIfMissing = true)
    Partitioning threadPartitioning(JobRepository jobRepository) {
        return new ThreadPartitioning(jobRepository);
    }

    // 4. extract claims article by article, in partitions that run side by side

    /**
     * The articles are split by the first hex digits of their SHA-256 ({@link HashRangePartitioner}), a split that
     * does not depend on the thread count or on timing. Each partition is a chunk step of its own with its own reader
     * state, so a restart resumes each partition after its last committed chunk; claims are stored per article, so the
     * reports are the same however the partitions interleave.
     */
    @Bean
    Step extractClaimsStep(Partitioning partitioning, Step extractClaimsWorkerStep) {
        return partitioning.manager("extractClaimsStep", extractClaimsWorkerStep, HashRangePartitioner.ARTICLE_HASHES);
    }

    @Bean
    Step extractClaimsWorkerStep(Partitioning partitioning, PlatformTransactionManager tm,
                                 CrosscheckProperties settings, JdbcCursorItemReader<Article> eventArticleReader,
                                 ItemProcessor<Article, ArticleClaims> claimExtractor,
                                 ItemWriter<ArticleClaims> claimsWriter) {
        return partitioning.worker("extractClaimsWorkerStep")
                .<Article, ArticleClaims>chunk(settings.chunkSize())
                .transactionManager(tm)
                .reader(eventArticleReader)
                .processor(claimExtractor)
                .writer(claimsWriter)
                .build();
    }

    /** One extractor per partition: the number-word parser (ICU) keeps state and is not shared between threads. */
    @Bean
    @StepScope
    ItemProcessor<Article, ArticleClaims> claimExtractor() {
        return new ClaimExtractor(new SpellingVariants()::isSameSurname)::extract;
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<Article> eventArticleReader(@Value("#{stepExecution}") StepExecution step,
                                                     DataSource dataSource, StagingRepository staging) {
        HashRangePartitioner.Range range = HashRangePartitioner.ARTICLE_HASHES.range(step.getExecutionContext());
        return staging.dialect().streamed(new JdbcCursorItemReaderBuilder<Article>()).name("eventArticleReader")
                .dataSource(dataSource)
                // in the order of the (RUN_ID, SHA256) index, unique once duplicates are set aside: an order H2 need
                // not sort (sorting a partition's rows, bodies included, wrote 18 GB a partition at 1,000,000)
                .sql("SELECT * FROM CC_ARTICLE A WHERE RUN_ID = ? AND SHA256 >= ? AND SHA256 < ? AND "
                        + StagingRepository.NOT_DUPLICATE + " ORDER BY RUN_ID, SHA256")
                .queryArguments(RunContext.of(step).run(), range.from(), range.to())
                .rowMapper(StagingRepository.ARTICLE)
                .build();
    }

    @Bean
    @StepScope
    ItemWriter<ArticleClaims> claimsWriter(@Value("#{stepExecution}") StepExecution step, StagingRepository staging) {
        long run = RunContext.of(step).run();
        return chunk -> staging.saveClaims(run, chunk.getItems());
    }

    // 5. align and compare claims event by event, in partitions that run side by side

    /**
     * The events are split by their id, itself a hash ({@link HashRangePartitioner#EVENT_IDS}), so the split depends
     * only on the data. An event is compared on its own: its wire copies, its alignment indexes and its discrepancies
     * (whose ids and rows are keyed by event) involve no other event, so each partition writes only the rows of its
     * own events, and the reports, read back sorted, are the same however the partitions interleave. As for
     * extraction, each partition is a chunk step restartable after its last committed chunk.
     */
    @Bean
    Step compareClaimsStep(Partitioning partitioning, Step compareClaimsWorkerStep) {
        return partitioning.manager("compareClaimsStep", compareClaimsWorkerStep, HashRangePartitioner.EVENT_IDS);
    }

    @Bean
    Step compareClaimsWorkerStep(Partitioning partitioning, PlatformTransactionManager tm,
                                 CrosscheckProperties settings, JdbcCursorItemReader<String> eventReader,
                                 ItemProcessor<String, EventFindings> eventProcessor,
                                 ItemWriter<EventFindings> discrepancyWriter) {
        return partitioning.worker("compareClaimsWorkerStep")
                .<String, EventFindings>chunk(settings.chunkSize())
                .transactionManager(tm)
                .reader(eventReader)
                .processor(eventProcessor)
                .writer(discrepancyWriter)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<String> eventReader(@Value("#{stepExecution}") StepExecution step, DataSource dataSource,
                                             StagingRepository staging) {
        HashRangePartitioner.Range range = HashRangePartitioner.EVENT_IDS.range(step.getExecutionContext());
        return staging.dialect().streamed(new JdbcCursorItemReaderBuilder<String>()).name("eventReader")
                .dataSource(dataSource)
                .sql("SELECT DISTINCT EVENT_ID FROM CC_MEMBER WHERE RUN_ID = ? AND EVENT_ID >= ? AND EVENT_ID < ? "
                        + "ORDER BY EVENT_ID")
                .queryArguments(RunContext.of(step).run(), range.from(), range.to())
                .rowMapper((rs, i) -> rs.getString(1))
                .build();
    }

    /**
     * One processor per partition, with its own wire-copy finder, checker (aligner, analyzer) and house style: the
     * number parser behind wire-copy detection (ICU number words) keeps state and is not shared between threads. What
     * the partitions do share holds no per-event state and is thread-safe: the cache of spelling forms
     * ({@code NameForms}: concurrent maps of a pure function of the spelling, already shared by the extraction
     * partitions) and stateless helpers (Double Metaphone configured once, Jaro-Winkler, Levenshtein).
     * The alignment threshold is the run's, from its job parameters (which hold every setting that changes results),
     * not this JVM's: a worker JVM ({@code crosscheck worker}) is started without the run's settings.
     */
    @Bean
    @StepScope
    ItemProcessor<String, EventFindings> eventProcessor(@Value("#{stepExecution}") StepExecution step,
                                                        StagingRepository staging, CrosscheckProperties settings) {
        long run = RunContext.of(step).run();
        double minAlignmentScore = Double.parseDouble(step.getJobExecution().getJobParameters()
                .getString("crosscheck.min-alignment-score", String.valueOf(settings.minAlignmentScore())));
        WireCopies wireCopies = new WireCopies();
        EventChecker checker = new EventChecker(minAlignmentScore, new SpellingVariants(),
                houseStyle(RunContext.of(step).houseStyle()));
        return eventId -> {
            List<ArticleClaims> claims = staging.claimsOfEvent(run, eventId);
            // an event of one article (a claims row each) holds no copies: its text is not read again
            Map<String, String> copyOf = claims.size() < 2 ? Map.of()
                    : wireCopies.copyOf(staging.articlesOfEvent(run, eventId));
            List<Discrepancy> found = checker.check(eventId, claims, copyOf);
            return found.isEmpty() && copyOf.isEmpty() ? null : new EventFindings(copyOf, found);
        };
    }

    @Bean
    @StepScope
    ItemWriter<EventFindings> discrepancyWriter(@Value("#{stepExecution}") StepExecution step,
                                                StagingRepository staging) {
        long run = RunContext.of(step).run();
        return chunk -> {
            List<Discrepancy> all = new ArrayList<>();
            for (EventFindings findings : chunk) {
                staging.saveCopies(run, findings.copyOf());
                all.addAll(findings.discrepancies());
            }
            staging.saveDiscrepancies(run, all);
        };
    }

    /** What comparing one event found: its wire copies and its discrepancies. */
    record EventFindings(Map<String, String> copyOf, List<Discrepancy> discrepancies) {
    }

    /** The house style named by the job parameter, or none. */
    private static HouseStyle houseStyle(String parameter) {
        Path file = SettingsFile.path(parameter);
        if (file == null) {
            return HouseStyle.NONE;
        }
        try {
            return HouseStyle.read(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read the house style " + file, e);
        }
    }

    // 6. reports

    @Bean
    Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager tm, StagingRepository staging,
                          CrosscheckProperties settings) {
        return new StepBuilder("writeReportsStep", jobRepository)
                .tasklet(new WriteReportsTasklet(staging, settings), tm).build();
    }

}
