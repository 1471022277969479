package news.crosscheck.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** Every partition on a thread of the job's own JVM, {@link #PARTITIONS} at a time: the single-machine default. */
final class ThreadPartitioning implements Partitioning {

    private final JobRepository jobRepository;

    ThreadPartitioning(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public Step manager(String name, Step worker, Partitioner partitioner) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(name + "-");
        threads.setConcurrencyLimit(PARTITIONS);
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(PARTITIONS)
                .taskExecutor(threads)
                .build();
    }

    @Override
    public StepBuilder worker(String name) {
        return new StepBuilder(name, jobRepository);
    }
}
