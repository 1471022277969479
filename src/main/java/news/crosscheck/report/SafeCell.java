package news.crosscheck.report;

/**
 * Neutralises spreadsheet formulas in a cell, as the OWASP CSV-injection guidance says: a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so spreadsheets
 * show it as text. A plain signed number ({@code -3}, {@code +1.5}) is left alone: it is data, not a formula.
 */
public final class SafeCell {

    private SafeCell() {
    }

    public static String of(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("[+-]?\\d+(\\.\\d+)?")) {
            return cell;
        }
        return "'" + cell;
    }

    /** The cell as it was before {@link #of}: a report read back gives the values that were written. */
    public static String unguard(String cell) {
        return cell.startsWith("'") && of(cell.substring(1)).equals(cell) ? cell.substring(1) : cell;
    }
}
