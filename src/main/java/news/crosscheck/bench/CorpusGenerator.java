package news.crosscheck.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic night (or month) of news as CSV feeds, one {@code <outlet>/feed.csv} per outlet, and the
 * discrepancies planted in it as {@code planted.csv}. The same seed and sizes give the same bytes: one
 * {@link Random} drives every choice, in a fixed order, and nothing depends on the clock or the platform.
 * <p>
 * Articles are written as they are made, so memory does not grow with the corpus. As on a real night, most
 * stories are told by one outlet ({@link UnrelatedStories}: a dozen topics, each story with its own people, places,
 * organisations and themes, and numbers that are not tolls) and a minority of incidents by several (2-6 outlets,
 * about three quarters of the articles): incidents share a vocabulary but each has its own town, official, street,
 * owner, hospital and witness, and each outlet tells it in its own order and length. Per incident the generator may
 * plant a conflicting or a rising toll, a respelt official or a respelt town; background paragraphs about an earlier
 * incident elsewhere give each outlet a slightly different old toll, which must not be reported.
 */
public final class CorpusGenerator {

    /** The first day of every corpus, a Monday. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final String[] OUTLET_ADJECTIVES = {"Northern", "Southern", "Eastern", "Western", "Capital",
            "Valley", "Harbour", "Coastal", "Central", "River", "Highland", "Lakeside", "Border", "Metro", "Evening",
            "Morning"};
    private static final String[] OUTLET_NOUNS = {"Ledger", "Wire", "Courier", "Post", "Herald", "Gazette", "Times",
            "Chronicle", "Tribune", "Observer", "Dispatch", "Record"};

    private final long seed;
    private final int articles;
    private final int outletCount;
    private final int days;

    /**
     * @param days over how many days the articles are spread; the job's ±3-day window then sees a few days of news
     */
    public CorpusGenerator(long seed, int articles, int outlets, int days) {
        if (articles < 1 || outlets < 6 || outlets > OUTLET_ADJECTIVES.length * OUTLET_NOUNS.length || days < 1) {
            throw new IllegalArgumentException("need articles >= 1, 6 <= outlets <= 192, days >= 1");
        }
        this.seed = seed;
        this.articles = articles;
        this.outletCount = outlets;
        this.days = days;
    }

    /** The default spread: a night's 10k articles cover a few days, a 100k archive about a month. */
    public static int defaultDays(int articles) {
        return Math.max(3, articles / 3000);
    }

    /** The last publication day of a corpus; the job runs with it as its run date. */
    public LocalDate lastDay() {
        return FIRST_DAY.plusDays(days);
    }

    /**
     * Writes the feeds into {@code dir}, which must not hold an earlier corpus, and the planted discrepancies to
     * {@code plantedCsv} (outside {@code dir}: the job reads every file of its input).
     */
    public Summary write(Path dir, Path plantedCsv) throws IOException {
        Random random = new Random(seed);
        NameMaker names = new NameMaker(random);
        StoryWriter writer = new StoryWriter(random);
        UnrelatedStories unrelated = new UnrelatedStories(random);
        List<Outlet> outlets = outlets(random, dir);
        Files.createDirectories(dir);
        long bytes = 0;
        int written = 0;
        int planted = 0;
        try (CSVPrinter plantedRows = new CSVPrinter(Files.newBufferedWriter(plantedCsv,
                StandardCharsets.UTF_8), CSV)) {
            plantedRows.printRecord((Object[]) PlantedDiscrepancy.COLUMNS);
            for (int day = 0; day < days; day++) {
                int quota = articles / days + (day < articles % days ? 1 : 0);
                int made = 0;
                while (made < quota) {
                    int left = quota - made;
                    // Most stories of a night are told by one outlet; an incident by a handful.
                    if (left < 2 || random.nextInt(100) < 55) {
                        Outlet outlet = outlets.get(random.nextInt(outlets.size()));
                        bytes += outlet.write(day, 6 + random.nextInt(16), random.nextInt(60),
                                unrelated.story(names));
                        made++;
                        continue;
                    }
                    IncidentPlan plan = new IncidentPlan(random, names, writer, outlets,
                            Math.min(left, 2 + random.nextInt(5)), day);
                    for (IncidentPlan.Copy copy : plan.copies()) {
                        bytes += copy.outlet().write(copy.day(), copy.hour(), copy.minute(), copy.story());
                    }
                    for (PlantedDiscrepancy p : plan.planted()) {
                        plantedRows.printRecord(p.row(planted++));
                    }
                    made += plan.copies().size();
                }
                written += made;
            }
        } finally {
            for (Outlet outlet : outlets) {
                outlet.close();
            }
        }
        return new Summary(written, outlets.size(), planted, bytes);
    }

    private List<Outlet> outlets(Random random, Path dir) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < outletCount) {
            chosen.add(OUTLET_ADJECTIVES[random.nextInt(OUTLET_ADJECTIVES.length)] + " "
                    + OUTLET_NOUNS[random.nextInt(OUTLET_NOUNS.length)]);
        }
        List<Outlet> outlets = new ArrayList<>();
        for (String name : chosen) {
            outlets.add(new Outlet(name, dir));
        }
        return outlets;
    }

    /** What was written: articles, outlets, planted discrepancies, characters of title and body. */
    public record Summary(int articles, int outlets, int planted, long textChars) {
    }

    /** One outlet's feed, open while the corpus is written. */
    static final class Outlet {

        final String name;
        final String slug;
        private final Path file;
        private CSVPrinter csv;
        private int next = 1;

        Outlet(String name, Path dir) {
            this.name = name;
            this.slug = name.toLowerCase(Locale.ROOT).replace(' ', '-');
            this.file = dir.resolve(slug).resolve("feed.csv");
        }

        /** The id the next article will have, as the job names it (feed path, '#', row id). */
        String nextArticleId() {
            return slug + "/feed.csv#" + rowId(next);
        }

        private String rowId(int n) {
            return slug + "-" + String.format(Locale.ROOT, "%06d", n);
        }

        long write(int day, int hour, int minute, StoryWriter.Story story) {
            try {
                if (csv == null) {
                    Files.createDirectories(file.getParent());
                    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    csv = new CSVPrinter(out, CSV);
                    csv.printRecord("id", "outlet", "published", "title", "body");
                }
                LocalDate date = FIRST_DAY.plusDays(day);
                // Some outlets give a date without a time, as real feeds do; then only the day orders reports.
                String published = minute % 5 == 0 ? date.toString()
                        : String.format(Locale.ROOT, "%sT%02d:%02d:00Z", date, hour, minute);
                csv.printRecord(rowId(next++), name, published, story.title(), story.body());
                return story.title().length() + story.body().length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
