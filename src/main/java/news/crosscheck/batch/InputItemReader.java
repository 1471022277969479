package news.crosscheck.batch;

import news.crosscheck.article.Ingested;
import news.crosscheck.article.InputFolder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads every listed input file as {@link Ingested} outcomes: one per text file, one per row of a CSV feed or item
 * of an RSS, Atom or ninjs file (one for a file refused whole). Its position (file, and outcome within the file) is
 * saved at each commit, so a restarted step goes on from the first uncommitted outcome instead of reading the
 * night's input again.
 * <p>
 * The files are parsed a little ahead, in order, on a thread of their own, while the step stores what was read
 * before: parsing and storing each took one core in turn. The outcomes, their order and the saved positions are
 * those of reading in the step's thread.
 */
class InputItemReader implements ItemStreamReader<Ingested> {

    private static final String FILE = "input.file";
    private static final String ITEM = "input.item";
    /** Outcomes parsed ahead at the most. */
    private static final int AHEAD = 256;
    /** Marks the end of the input. */
    private static final Object END = new Object();

    private final InputFolder folder;
    private final List<String> files;
    private int file;
    private int item;
    private ReadAhead ahead;
    private boolean done;

    InputItemReader(InputFolder folder, List<String> files) {
        this.folder = folder;
        this.files = files;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        file = context.getInt(FILE, 0);
        item = context.getInt(ITEM, 0);
        ahead = new ReadAhead(file, item);
        ahead.start();
    }

    @Override
    public Ingested read() {
        if (done) {
            return null;
        }
        Object next = ahead.take();
        if (next instanceof Positioned positioned) {
            file = positioned.file();
            item = positioned.item();
            return positioned.outcome();
        }
        if (next instanceof Failure failure) {
            if (failure.cause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure.cause() instanceof Error error) {
                throw error;
            }
            throw new ItemStreamException("could not read " + failure.file(), failure.cause());
        }
        done = true;
        file = files.size();
        return null;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE, file);
        context.putInt(ITEM, item);
    }

    @Override
    public void close() throws ItemStreamException {
        if (ahead != null) {
            ahead.finish();
            ahead = null;
        }
    }

    /** An outcome, the file it is of and its number within the file, from 1. */
    private record Positioned(int file, int item, Ingested outcome) {
    }

    /** What stopped the reading of a file. */
    private record Failure(String file, Throwable cause) {
    }

    /**
     * Reads the files from a position (the outcomes before it already stored) into a bounded queue. Never interrupted:
     * it stops at its next outcome once asked to, and closes the file it had open.
     */
    private final class ReadAhead extends Thread {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        private final int firstFile;
        private final int skip;
        private volatile boolean stopped;

        ReadAhead(int firstFile, int skip) {
            super("input-reader");
            setDaemon(true);
            this.firstFile = firstFile;
            this.skip = skip;
        }

        @Override
        public void run() {
            int at = firstFile;
            try {
                for (; at < files.size() && !stopped; at++) {
                    Iterator<Ingested> outcomes = folder.read(files.get(at));
                    try {
                        int number = 0;
                        while (!stopped && outcomes.hasNext()) {
                            Ingested outcome = outcomes.next();
                            number++;
                            if (at > firstFile || number > skip) {
                                put(new Positioned(at, number, outcome));
                            }
                        }
                    } finally {
                        if (outcomes instanceof AutoCloseable closeable) {
                            closeable.close();
                        }
                    }
                }
                put(END);
            } catch (Exception | Error e) {
                put(new Failure(at < files.size() ? files.get(at) : "the input", e));
            }
        }

        private void put(Object next) {
            try {
                while (!stopped) {
                    if (queue.offer(next, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Object take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while reading the input", e);
            }
        }

        /** Stops reading ahead and waits until the file it had open is closed. */
        void finish() {
            stopped = true;
            queue.clear();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
