package news.crosscheck.bench;

import java.util.List;

/**
 * A discrepancy the generator put into the corpus on purpose: the job should report a discrepancy of this kind
 * among these articles that includes all these values (figures as numbers, names as spelled).
 *
 * @param kind       {@code CASUALTY_COUNT}, {@code NAME_SPELLING} or {@code PLACE_SPELLING}, as in discrepancies.csv
 * @param subject    what it is about, for a reader of planted.csv
 * @param values     the differing values; for figures the lower bound, as a number
 * @param articleIds every article of the incident, in the job's id form
 */
record PlantedDiscrepancy(String kind, String subject, List<String> values, List<String> articleIds) {

    static final String[] COLUMNS = {"planted_id", "kind", "subject", "values", "article_ids"};

    Object[] row(int number) {
        return new Object[]{"P" + number, kind, subject, String.join("|", values), String.join("|", articleIds)};
    }
}
