package news.crosscheck.batch;

import news.crosscheck.article.Ingested;
import news.crosscheck.article.InputFolder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.Iterator;
import java.util.List;

/**
 * Reads every listed input file as {@link Ingested} outcomes: one per text file, one per row of a CSV feed or item
 * of an RSS, Atom or ninjs file (one for a file refused whole). Its position (file, and outcome within the file) is
 * saved at each commit, so a restarted step goes on from the first uncommitted outcome instead of reading the
 * night's input again.
 */
class InputItemReader implements ItemStreamReader<Ingested> {

    private static final String FILE = "input.file";
    private static final String ITEM = "input.item";

    private final InputFolder folder;
    private final List<String> files;
    private int file;
    private int item;
    private Iterator<Ingested> current;

    InputItemReader(InputFolder folder, List<String> files) {
        this.folder = folder;
        this.files = files;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        file = context.getInt(FILE, 0);
        int skip = context.getInt(ITEM, 0);
        if (file < files.size()) {
            current = folder.read(files.get(file));
            for (item = 0; item < skip && current.hasNext(); item++) {
                current.next();
            }
        }
    }

    @Override
    public Ingested read() {
        while (file < files.size()) {
            if (current == null) {
                current = folder.read(files.get(file));
                item = 0;
            }
            if (current.hasNext()) {
                item++;
                return current.next();
            }
            closeCurrent();
            file++;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt(FILE, file);
        context.putInt(ITEM, item);
    }

    @Override
    public void close() throws ItemStreamException {
        closeCurrent();
    }

    private void closeCurrent() {
        if (current instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new ItemStreamException("could not close " + files.get(file), e);
            }
        }
        current = null;
    }
}
