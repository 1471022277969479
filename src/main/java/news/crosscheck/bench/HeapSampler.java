package news.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap's high-water mark while something runs: the used heap sampled every 20 ms, and the largest heap left
 * after a garbage collection (what was really live), read from the pools' collection usage.
 */
final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    HeapSampler() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        thread = new Thread(() -> {
            while (running) {
                peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                peakLive = Math.max(peakLive, liveAfterGcBytes());
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
