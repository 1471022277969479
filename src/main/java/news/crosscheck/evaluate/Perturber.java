package news.crosscheck.evaluate;

import news.crosscheck.evaluate.GoldDoc.Slot;
import news.crosscheck.evaluate.PlantedChange.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plants discrepancies whose answers are known: copies of some articles as if a further outlet had published
 * them (new id {@code p<n>-<id>}, outlet {@code planted-<n>.example}, same publication date), each with one change —
 * a participant's surname respelled everywhere in the copy, one killed or injured figure replaced by another, or one
 * figure N hedged to {@code at least N-2}, which is compatible with N and must not be reported.
 * <p>
 * The changes are driven by the gold, not by what the job extracts: a surname is one of the incident's
 * participants that the article mentions; a figure is a number written just before a casualty word
 * ({@code three people were wounded}) equal to the gold figure for that slot. At most one copy per incident, so
 * two planted changes never meet in one event. Incidents are visited in a seeded random order; each kind gets at
 * most a third of the copies, the kind with fewest so far tried first. The same rows, gold and seed give the same
 * copies.
 */
public final class Perturber {

    private final long seed;
    private final int count;

    /** Plants up to {@code count} changes, chosen with the given seed. */
    public Perturber(long seed, int count) {
        this.seed = seed;
        this.count = count;
    }

    /**
     * The copies and what each changed.
     *
     * @param copies  articles to add to the originals
     * @param changes one per copy, in the same order
     */
    public record Perturbation(List<ArticleRow> copies, List<PlantedChange> changes) {
    }

    /** Plants changes in copies of the given rows (those with a gold document). */
    public Perturbation perturb(List<ArticleRow> rows, Map<String, GoldDoc> gold) {
        Random random = new Random(seed);
        Map<String, List<ArticleRow>> byIncident = new TreeMap<>();
        for (ArticleRow row : rows) {
            GoldDoc doc = gold.get(row.id());
            if (doc != null) {
                byIncident.computeIfAbsent(doc.incidentId(), i -> new ArrayList<>()).add(row);
            }
        }
        List<String> incidents = new ArrayList<>(byIncident.keySet());
        Collections.shuffle(incidents, random);
        List<ArticleRow> copies = new ArrayList<>();
        List<PlantedChange> changes = new ArrayList<>();
        for (String incident : incidents) {
            if (changes.size() >= count) {
                break;
            }
            List<ArticleRow> docs = new ArrayList<>(byIncident.get(incident));
            Collections.shuffle(docs, random);
            String copyId = "p" + (changes.size() + 1) + "-";
            for (Kind kind : kindsToTry(changes)) {
                Optional<PlantedChange> change = Optional.empty();
                for (ArticleRow doc : docs) {
                    Optional<Planted> planted = plant(kind, doc, gold.get(doc.id()), random);
                    if (planted.isPresent()) {
                        int n = changes.size() + 1;
                        ArticleRow copy = new ArticleRow(copyId + doc.id(), "planted-" + n + ".example",
                                doc.published(), planted.get().title(), planted.get().body(), "");
                        copies.add(copy);
                        change = Optional.of(new PlantedChange(copy.id(), doc.id(), kind, planted.get().before(),
                                planted.get().after(), planted.get().slot()));
                        break;
                    }
                }
                if (change.isPresent()) {
                    changes.add(change.get());
                    break;
                }
            }
        }
        return new Perturbation(copies, changes);
    }

    /**
     * The kinds still short of their share ({@code count / 3}, rounded up), fewest planted first: figures are
     * rarer in the texts than surnames, so they get every incident that has one until their share is full.
     */
    private List<Kind> kindsToTry(List<PlantedChange> changes) {
        int share = (count + Kind.values().length - 1) / Kind.values().length;
        Map<Kind, Long> planted = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            planted.put(kind, changes.stream().filter(c -> c.kind() == kind).count());
        }
        return Arrays.stream(Kind.values()).filter(k -> planted.get(k) < share)
                .sorted(Comparator.comparing(planted::get)).toList();
    }

    private record Planted(String title, String body, String before, String after, Optional<Slot> slot) {
    }

    /** A change in the body: a copy whose body is the original's is a duplicate to the job, never compared. */
    private Optional<Planted> plant(Kind kind, ArticleRow doc, GoldDoc gold, Random random) {
        Optional<Planted> planted = switch (kind) {
            case SURNAME -> respell(doc, gold, random);
            case FIGURE, HEDGE -> refigure(kind, doc, gold, random);
        };
        return planted.filter(p -> !p.body().equals(doc.body()));
    }

    private static Optional<Planted> respell(ArticleRow doc, GoldDoc gold, Random random) {
        Set<String> surnames = new LinkedHashSet<>();
        String text = doc.title() + "\n" + doc.body();
        for (String name : gold.names()) {
            String surname = NameScorer.surname(name);
            if (surname.length() >= 4 && Character.isUpperCase(surname.charAt(0))
                    && surname.chars().allMatch(Character::isLetter) && NameScorer.mentions(text, surname)) {
                surnames.add(surname);
            }
        }
        if (surnames.isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>(surnames);
        String surname = candidates.get(random.nextInt(candidates.size()));
        List<String> spellings = TextEdits.respellings(surname);
        if (spellings.isEmpty()) {
            return Optional.empty();
        }
        String respelled = spellings.get(random.nextInt(spellings.size()));
        return Optional.of(new Planted(TextEdits.replaceWord(doc.title(), surname, respelled),
                TextEdits.replaceWord(doc.body(), surname, respelled), surname, respelled, Optional.empty()));
    }

    /** The first exact figure of the title, else of the body, that equals the gold figure of its slot. */
    private static Optional<Planted> refigure(Kind kind, ArticleRow doc, GoldDoc gold, Random random) {
        for (boolean inTitle : new boolean[]{true, false}) {
            String text = inTitle ? doc.title() : doc.body();
            for (TextEdits.Figure figure : TextEdits.figures(text)) {
                OptionalInt expected = gold.figure(figure.slot());
                if (expected.isEmpty() || expected.getAsInt() != figure.value() || figure.value() < 1) {
                    continue;
                }
                Optional<String> after = kind == Kind.HEDGE ? TextEdits.hedgedFigure(figure.written(), figure.value())
                        : TextEdits.changedFigure(figure.written(), figure.value(), random);
                if (after.isEmpty()) {
                    continue;
                }
                String edited = text.substring(0, figure.start()) + after.get() + text.substring(figure.end());
                Optional<Slot> slot = Optional.of(figure.slot());
                return Optional.of(inTitle ? new Planted(edited, doc.body(), figure.written(), after.get(), slot)
                        : new Planted(doc.title(), edited, figure.written(), after.get(), slot));
            }
        }
        return Optional.empty();
    }
}
