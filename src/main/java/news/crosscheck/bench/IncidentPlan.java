package news.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One incident and its reports: which outlets carry it, when, with which spellings and tolls, and the
 * discrepancies that this plants. At most one toll discrepancy per incident (a conflicting copy or a later, higher
 * toll), so what the job should report is unambiguous.
 */
final class IncidentPlan {

    private final List<Copy> copies = new ArrayList<>();
    private final List<PlantedDiscrepancy> planted = new ArrayList<>();

    IncidentPlan(Random random, NameMaker names, StoryWriter writer, List<CorpusGenerator.Outlet> outlets,
                 int reports, int day) {
        Incident.Kind[] kinds = Incident.Kind.values();
        int killed = 4 + random.nextInt(40);
        Incident incident = new Incident(kinds[random.nextInt(kinds.length)],
                Incident.TARGETS[random.nextInt(Incident.TARGETS.length)], names.place(), names.region(),
                names.firstName(), names.surname(), random.nextInt(5), day % 7, killed,
                killed + random.nextInt(60), Incident.Details.make(random, names));

        List<CorpusGenerator.Outlet> carriers = new ArrayList<>(outlets);
        for (int i = 0; i < reports; i++) {
            java.util.Collections.swap(carriers, i, i + random.nextInt(carriers.size() - i));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            ids.add(carriers.get(i).nextArticleId());
        }

        int toll = random.nextInt(100);
        int conflicting = toll < 25 ? 1 + random.nextInt(reports - 1) : -1;
        int lowered = Math.max(1, killed - 2 - random.nextInt(Math.max(1, killed / 3)));
        int rising = toll >= 25 && toll < 45 ? reports - 1 : -1;
        int risen = killed + 1 + random.nextInt(10);
        int nameVariant = random.nextInt(100) < 35 ? random.nextInt(reports) : -1;
        String surnameVariant = names.respell(incident.surname());
        int placeVariant = random.nextInt(100) < 25 ? random.nextInt(reports) : -1;
        String placeRespelt = names.respell(incident.place());
        StoryWriter.Background background = null;
        if (random.nextInt(100) < 40) {
            background = new StoryWriter.Background(random.nextInt(12),
                    kinds[random.nextInt(kinds.length)].what(Incident.TARGETS[random.nextInt(Incident.TARGETS.length)]),
                    names.place(), 5 + random.nextInt(50), 20 + random.nextInt(100));
        }
        int lowestExact = conflicting >= 0 ? lowered : killed;

        for (int i = 0; i < reports; i++) {
            int figure = i == conflicting ? lowered : i == rising ? risen : killed;
            // A lower bound below every exact figure is compatible with all of them: it must not be reported.
            boolean atLeast = i != 0 && i != conflicting && i != rising && random.nextInt(100) < 20;
            if (atLeast) {
                figure = Math.max(1, lowestExact - random.nextInt(lowestExact / 2 + 1));
            }
            StoryWriter.Background told = null;
            if (background != null && random.nextInt(100) < 60) {
                // Outlets remember an old toll slightly differently; it is about another incident, so no discrepancy.
                told = new StoryWriter.Background(background.month(), background.what(), background.place(),
                        background.killed() + random.nextInt(2), background.injured());
            }
            StoryWriter.Report report = new StoryWriter.Report(i == placeVariant ? placeRespelt : incident.place(),
                    i == nameVariant ? surnameVariant : incident.surname(), figure, atLeast,
                    i == rising ? risen : 0, told);
            int published = i == rising ? day + 1 : day;
            copies.add(new Copy(carriers.get(i), published, 6 + random.nextInt(16), random.nextInt(60),
                    writer.incident(incident, report)));
        }

        if (conflicting >= 0) {
            planted.add(new PlantedDiscrepancy("CASUALTY_COUNT", "killed: people",
                    List.of(Integer.toString(killed), Integer.toString(lowered)), ids));
        }
        if (rising >= 0) {
            planted.add(new PlantedDiscrepancy("CASUALTY_COUNT", "killed: people",
                    List.of(Integer.toString(killed), Integer.toString(risen)), ids));
        }
        if (nameVariant >= 0) {
            planted.add(new PlantedDiscrepancy("NAME_SPELLING", incident.firstName() + " " + incident.surname(),
                    List.of(incident.surname(), surnameVariant), ids));
        }
        if (placeVariant >= 0) {
            planted.add(new PlantedDiscrepancy("PLACE_SPELLING", incident.place(),
                    List.of(incident.place(), placeRespelt), ids));
        }
    }

    List<Copy> copies() {
        return copies;
    }

    List<PlantedDiscrepancy> planted() {
        return planted;
    }

    /** One outlet's copy of the incident and when it was published. */
    record Copy(CorpusGenerator.Outlet outlet, int day, int hour, int minute, StoryWriter.Story story) {
    }
}
