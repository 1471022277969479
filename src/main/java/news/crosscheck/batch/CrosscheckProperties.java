package news.crosscheck.batch;

import news.crosscheck.event.GroupingSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings that change results, under {@code crosscheck.*} (e.g. {@code --crosscheck.window-days=5}). Every one is
 * copied into the run manifest, so an auditor knows what a report was made with.
 *
 * @param workDir             where per-run working files (the Lucene article index) go
 * @param windowDays          articles further apart than this many days are never one event
 * @param candidates          nearest articles each similarity query returns
 * @param minTextSimilarity   TF-IDF cosine of title and body a same-event link needs at the least
 * @param nameWeight          weight of the proper-name cosine in the pair score (text has the rest)
 * @param minSimilarity       pair score a same-event link needs
 * @param sureTextSimilarity  text and name cosines above which two articles are one event (pair score 1)
 * @param copySimilarity      text and name cosines above which two articles are near-copies of one report (wire
 *                            copies, republications): one article in group averages
 * @param minGroupSimilarity  average pair score over all their members' pairs two groups of articles need to be
 *                            joined when one has two or more (a single strong pair does not chain two events)
 * @param backgroundArticles  the fewest articles a window's term weights are counted over (a smaller night is
 *                            weighed as if among that many articles that hold none of its words)
 * @param minAlignmentScore   normalised Lucene similarity two figures' sentences need to be compared
 * @param chunkSize           articles per transaction in the chunk-oriented steps
 * @param maxRejectedShare    if more than this share of the inputs is rejected, the run fails
 */
@ConfigurationProperties("crosscheck")
public record CrosscheckProperties(
        @DefaultValue("data") String workDir,
        @DefaultValue("3") int windowDays,
        @DefaultValue("20") int candidates,
        @DefaultValue("0.10") double minTextSimilarity,
        @DefaultValue("0.5") double nameWeight,
        @DefaultValue("0.22") double minSimilarity,
        @DefaultValue("0.60") double sureTextSimilarity,
        @DefaultValue("0.25") double minGroupSimilarity,
        @DefaultValue("500") int backgroundArticles,
        @DefaultValue("0.80") double copySimilarity,
        @DefaultValue("0.10") double minAlignmentScore,
        @DefaultValue("50") int chunkSize,
        @DefaultValue("0.5") double maxRejectedShare) {

    GroupingSettings grouping() {
        return new GroupingSettings(windowDays, candidates, minTextSimilarity, nameWeight, minSimilarity,
                sureTextSimilarity, minGroupSimilarity, backgroundArticles,
                copySimilarity);
    }

    /** The settings that affect results, for the manifest. */
    Map<String, Object> resultSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("window-days", windowDays);
        settings.put("candidates", candidates);
        settings.put("min-text-similarity", minTextSimilarity);
        settings.put("name-weight", nameWeight);
        settings.put("min-similarity", minSimilarity);
        settings.put("sure-text-similarity", sureTextSimilarity);
        settings.put("min-group-similarity", minGroupSimilarity);
        settings.put("background-articles", backgroundArticles);
        settings.put("copy-similarity", copySimilarity);
        settings.put("min-alignment-score", minAlignmentScore);
        settings.put("max-rejected-share", maxRejectedShare);
        return settings;
    }
}
