package news.crosscheck.claim.number;

/**
 * A count as a closed range of whole numbers: {@code at least 28} is [28, unbounded), {@code 20} is [20, 20],
 * {@code up to 40} is [0, 40]. {@code high} is {@link #UNBOUNDED} when the text gives no upper limit.
 */
public record Interval(long low, long high) {

    public static final long UNBOUNDED = Long.MAX_VALUE;

    public Interval {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("not an interval: [" + low + ", " + high + "]");
        }
    }

    public static Interval exactly(long n) {
        return new Interval(n, n);
    }

    public static Interval atLeast(long n) {
        return new Interval(n, UNBOUNDED);
    }

    public boolean isExact() {
        return low == high;
    }

    public boolean isBounded() {
        return high != UNBOUNDED;
    }

    /** Whether both ranges can hold at once: a figure compatible with this one exists. */
    public boolean overlaps(Interval other) {
        return low <= other.high && other.low <= high;
    }

    /** Whether {@code n} is in this range. */
    public boolean contains(long n) {
        return low <= n && n <= high;
    }

    /** Whether every value of this range lies above every value of {@code other}. */
    public boolean isAbove(Interval other) {
        return low > other.high;
    }

    @Override
    public String toString() {
        return isExact() ? Long.toString(low) : "[" + low + ", " + (isBounded() ? Long.toString(high) : "") + ")";
    }
}
