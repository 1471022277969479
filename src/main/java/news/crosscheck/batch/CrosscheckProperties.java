package news.crosscheck.batch;

import news.crosscheck.event.GroupingSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Settings under {@code crosscheck.*} (e.g. {@code --crosscheck.window-days=5}), checked when they are made: a value
 * that cannot work is an {@link InvalidSettingException} naming the setting, before the job starts. Those that change
 * results ({@link #resultSettings()}) are job parameters, so a changed setting is a new run, never a restart, and are
 * copied into the run manifest, so an auditor knows what a report was made with. What each means, for the usage
 * text, is in {@code settings.properties} beside this class.
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
 * @param chunkSize           articles per transaction in the chunk-oriented steps (each commit leaves H2 pages to
 *                            reclaim: at 10,000 real-length articles the file peaked at 84 MB with 50, 63 with 200)
 * @param maxRejectedShare    if more than this share of the inputs is rejected, the run fails
 * @param workers             where the partitions of extraction and comparison run: {@code local} (threads of the
 *                            job's JVM) or {@code remote} (worker JVMs, {@code crosscheck worker}, that share the
 *                            PostgreSQL job repository)
 * @param workerTimeout       seconds a manager in {@code remote} mode waits for the workers to finish all the
 *                            partitions of a step before the run fails (a worker killed mid-partition never finishes)
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
        @DefaultValue("200") int chunkSize,
        @DefaultValue("0.5") double maxRejectedShare,
        @DefaultValue(LOCAL) String workers,
        @DefaultValue("3600") int workerTimeout) {

    /** Settings that decide how the job runs, never what it finds. */
    private static final Set<String> NOT_RESULTS = Set.of("work-dir", "chunk-size", "workers", "worker-timeout");

    /** The values of {@code workers}. */
    static final String LOCAL = "local";
    static final String REMOTE = "remote";

    public CrosscheckProperties {
        if (workDir == null || workDir.isBlank()) {
            throw new InvalidSettingException("crosscheck.work-dir must name a folder");
        }
        atLeast("window-days", windowDays, 0);
        atLeast("candidates", candidates, 1);
        atLeast("background-articles", backgroundArticles, 0);
        atLeast("chunk-size", chunkSize, 1);
        atLeast("worker-timeout", workerTimeout, 1);
        if (!LOCAL.equals(workers) && !REMOTE.equals(workers)) {
            throw new InvalidSettingException("crosscheck.workers must be " + LOCAL + " or " + REMOTE + ", not '"
                    + workers + "'");
        }
        similarity("min-text-similarity", minTextSimilarity);
        similarity("min-similarity", minSimilarity);
        similarity("sure-text-similarity", sureTextSimilarity);
        similarity("min-group-similarity", minGroupSimilarity);
        similarity("copy-similarity", copySimilarity);
        similarity("min-alignment-score", minAlignmentScore);
        share("name-weight", nameWeight);
        share("max-rejected-share", maxRejectedShare);
    }

    /** The defaults, as a run without any setting gets them. */
    static CrosscheckProperties defaults() {
        return of(Map.of());
    }

    /**
     * Settings from their names ({@code window-days}) and values as written, the defaults for the others; a value
     * of the wrong type is an {@link InvalidSettingException} as an out-of-range one is.
     */
    static CrosscheckProperties of(Map<String, String> values) {
        List<Setting> settings = describe();
        Object[] arguments = new Object[settings.size()];
        Class<?>[] types = new Class<?>[settings.size()];
        for (int i = 0; i < settings.size(); i++) {
            Setting setting = settings.get(i);
            types[i] = setting.type();
            arguments[i] = setting.parse(values.getOrDefault(setting.name(), setting.defaultValue()));
        }
        try {
            return CrosscheckProperties.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof InvalidSettingException invalid ? invalid
                    : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    GroupingSettings grouping() {
        return new GroupingSettings(windowDays, candidates, minTextSimilarity, nameWeight, minSimilarity,
                sureTextSimilarity, minGroupSimilarity, backgroundArticles,
                copySimilarity);
    }

    /** The settings that affect results, by name, in declaration order: job parameters and the manifest's. */
    Map<String, Object> resultSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Setting setting : describe()) {
            if (setting.changesResults()) {
                settings.put(setting.name(), setting.valueIn(this));
            }
        }
        return settings;
    }

    /**
     * One setting: its name as written after {@code crosscheck.}, its type, default and meaning (with the default),
     * and what the usage text calls its value.
     */
    record Setting(String name, Class<?> type, String defaultValue, String description, String label,
                   RecordComponent component) {

        String property() {
            return "crosscheck." + name;
        }

        boolean changesResults() {
            return !NOT_RESULTS.contains(name);
        }

        Object valueIn(CrosscheckProperties properties) {
            try {
                return component.getAccessor().invoke(properties);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        Object parse(String value) {
            try {
                if (type == int.class) {
                    return Integer.parseInt(value.strip());
                }
                if (type == double.class) {
                    return Double.parseDouble(value.strip());
                }
                return value;
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(property() + " must be " + (type == int.class ? "a whole number"
                        : "a number") + ", not '" + value + "'");
            }
        }
    }

    /** Every setting, in declaration order. */
    static List<Setting> describe() {
        Properties descriptions = new Properties();
        try (InputStream in = CrosscheckProperties.class.getResourceAsStream("settings.properties")) {
            descriptions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RecordComponent[] components = CrosscheckProperties.class.getRecordComponents();
        // @DefaultValue is a parameter annotation: it sits on the canonical constructor's parameters
        java.lang.reflect.Parameter[] parameters;
        try {
            parameters = CrosscheckProperties.class.getDeclaredConstructor(
                    java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .getParameters();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        List<Setting> settings = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            settings.add(new Setting(name, components[i].getType(),
                    parameters[i].getAnnotation(DefaultValue.class).value()[0], descriptions.getProperty(name, "")
                    + " (default: " + descriptions.getProperty(name + ".default",
                    parameters[i].getAnnotation(DefaultValue.class).value()[0]) + ")",
                    descriptions.getProperty(name + ".label", components[i].getType() == String.class ? "DIR"
                            : components[i].getType() == int.class ? "N" : "X"), components[i]));
        }
        return List.copyOf(settings);
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new InvalidSettingException("crosscheck." + name + " must be " + least + " or more, not " + value);
        }
    }

    private static void similarity(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new InvalidSettingException("crosscheck." + name + " must be above 0 and at most 1, not " + value);
        }
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidSettingException("crosscheck." + name + " must be between 0 and 1, not " + value);
        }
    }

    /** A setting that cannot work, said in one line that names it. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        InvalidSettingException(String message) {
            super(message);
        }
    }
}
