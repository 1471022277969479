package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.text.SentenceSplitter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LeadTollTests {

    private static List<CasualtyClaim> killed(String text) {
        return LeadToll.mark(new CasualtyExtractor().extract(new SentenceSplitter().split(text))).stream()
                .filter(c -> c.kind() == CasualtyKind.KILLED).toList();
    }

    @Test
    void aSmallerFigureFurtherDownIsAPartOfTheLeadsToll() {
        String text = "3 dead in pre-dawn fire at Korvel inn\n\nThree people died when fire swept through a "
                + "traditional inn in Korvel early Sunday. The fire started in the lobby.\n\nGuests fled through "
                + "the back stairs.\n\nFirefighters found two people dead inside, in a corridor and near the desk.";
        assertThat(killed(text)).extracting(CasualtyClaim::value, CasualtyClaim::scope, CasualtyClaim::scopeReason)
                .containsExactly(tuple("3", Scope.WHOLE, ""), tuple("Three", Scope.WHOLE, ""),
                        tuple("two", Scope.SUBSET, "below the lead's '3'"));
    }

    @Test
    void aLargerFigureOrAnotherGroupStaysWhole() {
        String text = "Two soldiers killed in ambush near Dastan\n\nTwo soldiers were killed when gunmen fired on "
                + "a patrol near Dastan on Monday, the army said. The patrol was on its way back to base.\n\nThe "
                + "attackers fled.\n\nOne civilian was killed in the crossfire, a village elder said.\n\nLater, the "
                + "army said four soldiers had been killed.";
        assertThat(killed(text)).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .contains(tuple("One", Scope.WHOLE), tuple("four", Scope.WHOLE));
        String people = "30 killed in raid on Korvel camp\n\nGunmen killed 30 people in a raid on a camp in Korvel on "
                + "Sunday, the army said. Soldiers arrived an hour later.\n\nThe attackers fled.\n\nCivil society "
                + "leaders said 26 civilians had been killed.";
        assertThat(killed(people)).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .contains(tuple("26", Scope.WHOLE));
    }

    @Test
    void onePersonDescribedFurtherDownIsOneOfTheLeadsPeople() {
        String text = "Nine dead in Korvel mine blast\n\nNine miners were killed in a methane explosion at a coal mine "
                + "in Korvel on Tuesday, officials said. Rescuers worked through the night.\n\nThe mine had been "
                + "inspected in May.\n\nHis mother said she learned on Wednesday that her younger son had died.";
        assertThat(killed(text)).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .contains(tuple("her younger son", Scope.SUBSET));
    }
}
