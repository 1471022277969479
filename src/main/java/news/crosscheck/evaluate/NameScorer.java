package news.crosscheck.evaluate;

import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.compare.SpellingVariants;
import news.crosscheck.evaluate.JobReports.ClaimRow;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recall of the gold participants' names among the person names the job extracted.
 * <p>
 * A gold participant counts for a document only when the document mentions the surname (the last word of the gold
 * name, as a whole word, case as written): the gold lists every participant of the incident, and a short report
 * may name none. The participant is found when a {@code PERSON} claim of that document is the same name by
 * {@link SpellingVariants#isSameName} (surname variants, compatible given names); {@code Smith} alone matches
 * {@code John Smith}, since the extractor links a bare surname to the full name it saw first.
 */
public final class NameScorer {

    private static final List<String> SUFFIXES = List.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private final SpellingVariants variants = new SpellingVariants();

    /**
     * The result.
     *
     * @param mentioned (document, gold participant) pairs whose surname the document mentions
     * @param found     of those, the pairs the job extracted a matching person name for
     */
    public record Result(int mentioned, int found) {

        /** {@code found / mentioned}, 0 when nothing was mentioned. */
        public double recall() {
            return mentioned == 0 ? 0 : (double) found / mentioned;
        }
    }

    /** Scores the documents against their texts (by document id) and the job's claims. */
    public Result score(List<GoldDoc> docs, Map<String, ArticleRow> texts, JobReports reports) {
        Map<String, List<ClaimRow>> claims = reports.claimsByDoc();
        int mentioned = 0;
        int found = 0;
        for (GoldDoc doc : docs) {
            ArticleRow article = texts.get(doc.id());
            if (article == null) {
                continue;
            }
            String text = article.title() + "\n" + article.body();
            List<String> persons = claims.getOrDefault(reports.claimsOf(doc.id()), List.of()).stream()
                    .filter(c -> c.kind().equals("PERSON")).map(ClaimRow::subject).toList();
            for (String name : doc.names()) {
                String surname = surname(name);
                if (surname.length() < 2 || !mentions(text, surname)) {
                    continue;
                }
                mentioned++;
                if (persons.stream().anyMatch(p -> variants.isSameName(MentionKind.PERSON, name, p))) {
                    found++;
                }
            }
        }
        return new Result(mentioned, found);
    }

    /** The last word of a full name that is not a suffix such as {@code Jr.}. */
    static String surname(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        int last = words.length - 1;
        while (last > 0 && SUFFIXES.contains(words[last].toLowerCase(java.util.Locale.ROOT).replace(",", ""))) {
            last--;
        }
        return words[last].replaceAll("[^\\p{L}'-]", "");
    }

    static boolean mentions(String text, String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find();
    }
}
