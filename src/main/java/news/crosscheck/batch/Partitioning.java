package news.crosscheck.batch;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * Where the partitions of the partitioned steps (extraction, comparison) run: on threads of the job's own JVM
 * ({@link ThreadPartitioning}, the default), or in worker JVMs that share the PostgreSQL job repository
 * ({@link RemotePartitioning}, {@code crosscheck.workers=remote}). The job's configuration builds the same steps either
 * way through this interface, so the partitions, their readers and writers, and therefore the reports, are the same.
 */
interface Partitioning {

    /**
     * Partitions of the partitioned steps: one per core on the 2-core machines the job is sized for, and one per
     * worker in the two-worker setup the README describes. It decides how the work is split, never what it finds:
     * any number gives the same reports.
     */
    int PARTITIONS = 2;

    /**
     * The manager step {@code name}: splits the work with {@code partitioner} into {@link #PARTITIONS} step executions
     * of {@code worker} ({@code worker:partitionN}), each restartable on its own, and waits for them all.
     */
    Step manager(String name, Step worker, Partitioner partitioner);

    /** The builder of the worker step {@code name}, which runs one partition. */
    StepBuilder worker(String name);
}
