package news.crosscheck.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.store.MessageGroupQueue;

import java.time.Duration;

/**
 * Partitions run by worker JVMs ({@code crosscheck worker}) on this or other machines, with Spring Batch's remote
 * partitioning: the manager step saves one step execution per partition in the shared job repository and sends a
 * request for each ({@code StepExecutionRequest}: job and step execution ids, step name) into a queue of its worker
 * step; a worker takes a request, runs that step execution and records its outcome in the job repository, which the
 * manager reads every {@link #MANAGER_POLL} until every partition has finished or {@code crosscheck.worker-timeout}
 * has passed. The queues are rows of a table in the job repository's own PostgreSQL database
 * ({@code CC_CHANNEL_MESSAGE}, Spring Integration's JDBC channel message store), so manager and workers need nothing
 * but that database; a worker takes a request with one {@code DELETE ... RETURNING ... FOR UPDATE SKIP LOCKED}, so
 * two workers never take the same one.
 *
 * <p>No reply travels back: the step executions in the job repository are the outcome, as they are for a restart.
 * Each partition commits its chunks with its step execution, whose version the job repository checks, so a worker
 * whose partition was given up (timed out, or marked failed when its run restarted) cannot commit anything more.
 */
final class RemotePartitioning implements Partitioning {

    /** How often the manager reads the job repository to see whether its partitions have finished. */
    static final Duration MANAGER_POLL = Duration.ofSeconds(2);

    private final JobRepository jobRepository;
    private final JdbcChannelMessageStore queues;
    private final Duration timeout;
    private final PartitionWorker worker;
    private final BeanFactory beanFactory;

    /**
     * @param worker      this JVM's worker, which takes requests and runs the worker steps, or null in the
     *                    manager's JVM, which runs none
     * @param beanFactory where the worker steps find the integration flows they register
     */
    RemotePartitioning(JobRepository jobRepository, JdbcChannelMessageStore queues, Duration timeout,
                       PartitionWorker worker, BeanFactory beanFactory) {
        this.jobRepository = jobRepository;
        this.queues = queues;
        this.timeout = timeout;
        this.worker = worker;
        this.beanFactory = beanFactory;
    }

    @Override
    public Step manager(String name, Step workerStep, Partitioner partitioner) {
        return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                .partitioner(workerStep.getName(), partitioner)
                .gridSize(PARTITIONS)
                .outputChannel(queue(workerStep.getName()))
                .pollInterval(MANAGER_POLL.toMillis())
                .timeout(timeout.toMillis())
                .build();
    }

    /** In a worker's JVM, a step that runs the requests of its queue; in the manager's, the plain step (unused). */
    @Override
    public StepBuilder worker(String name) {
        if (worker == null) {
            return new StepBuilder(name, jobRepository);
        }
        return new RemotePartitioningWorkerStepBuilder(name, jobRepository)
                .inputChannel(worker.listen(name, queue(name)))
                .beanFactory(beanFactory);
    }

    /** The queue of the requests for the worker step {@code name}: a message group of its own in the table. */
    private QueueChannel queue(String workerStep) {
        return new QueueChannel(new MessageGroupQueue(queues, workerStep));
    }
}
