package news.crosscheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * High-water marks while something runs, sampled every 20 ms: the used heap, the largest heap left after a garbage
 * collection (what was really live), read from the pools' collection usage, and the size of one file on disk (the
 * database, which is at its largest during the run, not after it).
 */
final class ResourceSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;
    private volatile long peakFile;

    ResourceSampler(Path file) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        thread = new Thread(() -> {
            while (running) {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                peakLive = Math.max(peakLive, liveAfterGcBytes());
                peakFile = Math.max(peakFile, sizeOf(file));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakUsedBytes() {
        return peakUsed;
    }

    /** The largest heap a collection left behind while sampling. */
    long peakLiveBytes() {
        return peakLive;
    }

    /** The largest size the file reached while sampling. */
    long peakFileBytes() {
        return peakFile;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // deleted between the two calls: not there
        }
    }

    private static long liveAfterGcBytes() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
