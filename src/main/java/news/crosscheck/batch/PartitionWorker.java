package news.crosscheck.batch;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.PollableChannel;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A worker JVM's side of remote partitioning ({@link RemotePartitioning}): takes the partition requests of the worker
 * steps' queues, one at a time per queue, and hands each to Spring Batch's handler, which runs the step execution it
 * names. Around that it does three things the handler does not:
 * <ul>
 *   <li>it skips a request whose step execution no longer waits to start, or whose run no longer runs: a request
 *       left in the queue by a run that timed out or was killed, whose partition a later execution runs again (run
 *       twice at once, it would write the same rows twice);</li>
 *   <li>it prints one line as each partition starts and one as it ends, with its outcome;</li>
 *   <li>{@link #stop()} stops taking requests and waits until the partitions in hand have finished, so a stopped
 *       worker (SIGTERM) leaves no partition half done. The steps must not be interrupted instead: Spring Batch 6's
 *       chunk step ends an interrupted step as COMPLETED without reading the rest of its items.</li>
 * </ul>
 * It is the advice of the queues' pollers, around each whole poll (taking a request and running it), which is how it
 * knows what is in hand.
 */
final class PartitionWorker implements MethodInterceptor {

    /** How often an idle worker looks for a request in each queue. */
    static final Duration POLL = Duration.ofSeconds(1);

    private final JobRepository jobRepository;
    private final IntegrationFlowContext flows;
    private final PrintStream out;
    private boolean stopping;
    private int polling;

    PartitionWorker(JobRepository jobRepository, IntegrationFlowContext flows, PrintStream out) {
        this.jobRepository = jobRepository;
        this.flows = flows;
        this.out = out;
    }

    /**
     * Takes the requests of {@code queue} from the moment the application context has started, and returns the
     * channel it hands them on to, the worker step's input channel.
     */
    MessageChannel listen(String workerStep, PollableChannel queue) {
        DirectChannel handOver = new DirectChannel();
        IntegrationFlow flow = IntegrationFlow.from(queue)
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    take(request, handOver);
                    return null;
                }, endpoint -> endpoint.poller(Pollers.fixedDelay(POLL).maxMessagesPerPoll(1).advice(this)))
                .get();
        // started with the context, as the worker step's own flow is, once every bean it needs is there
        flows.registration(flow).id(workerStep + "Requests").autoStartup(false).register();
        return handOver;
    }

    private void take(StepExecutionRequest request, MessageChannel handOver) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        String name = partition == null ? request.getStepName() + " (step execution "
                + request.getStepExecutionId() + ")" : partition.getStepName() + " (job execution "
                + partition.getJobExecutionId() + ")";
        if (partition == null || partition.getStatus() != BatchStatus.STARTING
                || !partition.getJobExecution().isRunning()) {
            out.println("crosscheck worker: skipped " + name + ": its run no longer waits for it ("
                    + (partition == null ? "no such step execution" : partition.getStatus() + ", run "
                    + partition.getJobExecution().getStatus()) + ")");
            return;
        }
        out.println("crosscheck worker: started " + name);
        long start = System.nanoTime();
        handOver.send(MessageBuilder.withPayload(request).build());
        StepExecution done = jobRepository.getStepExecution(request.getStepExecutionId());
        out.printf("crosscheck worker: finished %s: %s in %.1f s (%d read, %d written)%n", name, done.getStatus(),
                (System.nanoTime() - start) / 1e9, done.getReadCount(), done.getWriteCount());
    }

    /** Around each poll of a queue: none once stopping, and counted while one runs. */
    @Override
    public Object invoke(MethodInvocation poll) throws Throwable {
        synchronized (this) {
            if (stopping) {
                return null;
            }
            polling++;
        }
        try {
            return poll.proceed();
        } finally {
            synchronized (this) {
                polling--;
                notifyAll();
            }
        }
    }

    /** Takes no more requests and returns once the partitions in hand have finished. */
    synchronized void stop() throws InterruptedException {
        stopping = true;
        while (polling > 0) {
            wait();
        }
    }
}
