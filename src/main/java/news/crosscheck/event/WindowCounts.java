package news.crosscheck.event;

import java.util.Arrays;

/**
 * Counts of articles within the time window of an article: how many articles were published within
 * {@code ± windowDays} of it, and how many of those hold a given term. The weights of the pair score are made from
 * these counts, never from the whole index, so an article's events do not change when articles from other weeks or
 * years are read in the same run: an auditor who reruns one night together with its archive gets that night's
 * events.
 */
final class WindowCounts {

    private final int[] days;
    private final int windowDays;
    private final int backgroundArticles;
    private final int[] sortedDays;

    /**
     * @param days               each article's publication day (epoch day), by document number
     * @param windowDays         how many days either side of an article count as its window
     * @param backgroundArticles the fewest articles a window counts as holding: a quiet night's window is taken as
     *                           part of a larger stream of news that holds none of its words. Without it a night
     *                           of ten articles, five of one event, would weigh that event's own words as common
     *                           and its pairs would score lower than the same pairs on a busy night.
     */
    WindowCounts(int[] days, int windowDays, int backgroundArticles) {
        this.days = days;
        this.windowDays = windowDays;
        this.backgroundArticles = backgroundArticles;
        this.sortedDays = days.clone();
        Arrays.sort(sortedDays);
    }

    /**
     * How many articles the window of article {@code doc} counts as holding: those published within it, itself
     * included, or the background's number when that is more.
     */
    int articles(int doc) {
        return Math.max(backgroundArticles, within(sortedDays, sortedDays.length, days[doc]));
    }

    /**
     * For each of {@code holders[0..count)} (documents that hold one term), how many of the holders lie within its
     * window, itself included; written into {@code frequencies}. {@code scratch} holds at least {@code count} ints.
     */
    void frequencies(int[] holders, int count, int[] scratch, int[] frequencies) {
        boolean sorted = true;
        for (int k = 0; k < count; k++) {
            scratch[k] = days[holders[k]];
            sorted &= k == 0 || scratch[k - 1] <= scratch[k];
        }
        if (!sorted) {
            Arrays.sort(scratch, 0, count);
        }
        for (int k = 0; k < count; k++) {
            frequencies[k] = within(scratch, count, days[holders[k]]);
        }
    }

    /** How many of {@code sorted[0..count)} lie within the window around {@code day}. */
    private int within(int[] sorted, int count, int day) {
        return firstAtLeast(sorted, count, day + windowDays + 1) - firstAtLeast(sorted, count, day - windowDays);
    }

    private static int firstAtLeast(int[] sorted, int count, int value) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
