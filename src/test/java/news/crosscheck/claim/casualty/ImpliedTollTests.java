package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImpliedTollTests {

    private final CasualtyExtractor extractor = new CasualtyExtractor();

    private List<Sentence> article(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length).mapToObj(i -> new Sentence(i, texts[i])).toList();
    }

    private java.util.Optional<CasualtyClaim> noneKilled(String... texts) {
        List<Sentence> sentences = article(texts);
        return ImpliedToll.noneKilled(extractor.extract(sentences), sentences, String.join(" ", texts));
    }

    @Test
    void peopleHurtAndNoDeathMentionedImplyNoOneKilled() {
        CasualtyClaim zero = noneKilled("Two teens wounded in shooting near park",
                "Two teenagers were wounded on Friday night when someone fired from a passing car.",
                "Both were taken to a hospital and are expected to recover.").orElseThrow();
        assertThat(zero.kind()).isEqualTo(CasualtyKind.KILLED);
        assertThat(zero.count()).isEqualTo(Interval.exactly(0));
        assertThat(zero.implied()).isTrue();
        assertThat(zero.certainty()).isEqualTo(ImpliedToll.IMPLIED);
        assertThat(zero.sentence().index()).isZero();
    }

    @Test
    void aPersonShotInTheLeadAndAliveIsEnoughWithoutAFigure() {
        assertThat(noneKilled("Man shot in parked car at shopping mall",
                "The man was taken to a hospital and is unconscious, deputies said.")).isPresent();
    }

    @Test
    void noOneHurtAndNoDeathMentionedImplyNoOneKilled() {
        CasualtyClaim zero = noneKilled("Brush fire west of Selah destroys 14 homes",
                "A wind-driven fire burned through 1,200 acres of sagebrush on Friday, destroying at least 14 homes.",
                "No injuries had been reported by Friday evening, the county said.").orElseThrow();
        assertThat(zero.count()).isEqualTo(Interval.exactly(0));
        assertThat(zero.sentence().index()).isEqualTo(2);
        assertThat(noneKilled("Brush fire west of Selah destroys 14 homes",
                "No injuries had been reported.",
                "Last summer's fire near Naches killed a man who stayed to defend his home.")).isEmpty();
    }

    @Test
    void aPersonShotWithNothingSaidOfHisStateImpliesNothing() {
        assertThat(noneKilled("Man shot in the head on Porter Street",
                "Detectives were called to the scene; no suspect description was given.")).isEmpty();
    }

    @Test
    void aNonFatalShootingIsNoDeath() {
        assertThat(noneKilled("Gunman shot three men outside a bar, police say",
                "All three were taken to a hospital in stable condition.",
                "The suspect had been arrested in 2009 for a non-fatal shooting.")).isPresent();
        assertThat(extractor.extract(article("Gunman shot three men outside a bar, police say",
                "The suspect had been arrested in 2009 for a non-fatal shooting.")))
                .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CasualtyKind.INJURED, Interval.exactly(3)));
    }

    @Test
    void anyWordOfDeathAnywhereMeansNothingIsImplied() {
        assertThat(noneKilled("Two teens wounded in shooting near park",
                "Two teenagers were wounded on Friday night.",
                "It was the city's third homicide investigation this month.")).isEmpty();
        assertThat(noneKilled("Girl shot in the face is on life support",
                "A 4-year-old girl was shot at her home on Tuesday.")).isEmpty();
    }

    @Test
    void theNameOfTheEventAloneIsNotSomeoneHurt() {
        assertThat(noneKilled("Woman charged in factory shooting appears in court",
                "The trial of the former employee began on Monday.")).isEmpty();
    }

    @Test
    void anAttackerAmongTheDeadIsRecognised() {
        assertThat(ImpliedToll.perpetratorDied("He shot his wife before turning the gun on himself.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("Police called it a murder-suicide.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("Four people died, including the gunman, police said.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("Five people, including one of the attackers, were killed.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("In the exchange of fire, one of the gunmen was killed.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("One of the attackers was shot dead by a security guard.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("Five people died, among them one of the gunmen.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("Police said one of the gunmen had been wounded.")).isFalse();
        assertThat(ImpliedToll.perpetratorDied("\"The driver blew himself up,\" the spokesman said.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("The suspect was arrested at his home.")).isFalse();
        assertThat(ImpliedToll.perpetratorDied("Six people died, a toll not including the bomber.")).isFalse();
        assertThat(ImpliedToll.perpetratorDied("The inmate who attacked him, Tomas Reyes, 31, was shot dead moments "
                + "later by another guard.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("His attacker, a 40-year-old prisoner, was shot by a guard seconds "
                + "later and died at the scene.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("The passenger who attacked the driver was arrested.")).isFalse();
        assertThat(ImpliedToll.perpetratorShot("Two were hurt; police said the gunman hadn't shot himself.")).isFalse();
        assertThat(ImpliedToll.perpetratorShot("He shot his wife and son before shooting himself.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("A man was killed and three other people were wounded, among them the "
                + "suspected gunman, when a fight spilled into the parking lot")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Eight people are dead and 18 injured, among them the driver, after "
                + "a van fleeing troopers crashed.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Six people were shot, counting the gunman, police said.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Three people were killed and six injured, including the attacker, when "
                + "a former pupil opened fire.")).isTrue();
        assertThat(ImpliedToll.perpetratorsDead("Eleven people, including three of the attackers, were killed."))
                .isEqualTo(3);
        assertThat(ImpliedToll.perpetratorsDead("Troops pursued the attackers and neutralised two of them.")).isEqualTo(2);
        assertThat(ImpliedToll.perpetratorsDead("Four gunmen were killed in the exchange of fire.")).isEqualTo(4);
        assertThat(ImpliedToll.perpetratorsDead("Three killed at checkpoint; second gunman killed in raid"))
                .isEqualTo(2);
        assertThat(ImpliedToll.perpetratorsDead("A second suspect was arrested on Sunday.")).isZero();
        assertThat(ImpliedToll.perpetratorsDead("Ten people died in the attack, including the four gunmen who carried "
                + "it out.")).isEqualTo(4);
        assertThat(ImpliedToll.perpetratorsDead("Police called it a murder-suicide.")).isEqualTo(1);
        assertThat(ImpliedToll.perpetratorsDead("Three people were killed by the gunmen.")).isZero();
    }

    @Test
    void anAttackerWhoseClauseHasHimDeadIsAmongTheDead() {
        assertThat(ImpliedToll.perpetratorDied("The fire killed three traders, police said. The man suspected of "
                + "starting the fire also died.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("The man who allegedly fired it was then beaten to death by a crowd."))
                .isTrue();
        assertThat(ImpliedToll.perpetratorDied("The suspect, a 24-year-old from Elm Grove, died at the scene."))
                .isTrue();
        assertThat(ImpliedToll.perpetratorDied("Arson suspected in deadly market fire; suspect among the dead"))
                .isTrue();
        assertThat(ImpliedToll.perpetratorDied("The arsonist was later found dead in a stairwell.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("The gunman killed three people before fleeing.")).isFalse();
        assertThat(ImpliedToll.perpetratorDied("The man who opened fire was arrested a block away.")).isFalse();
        assertThat(ImpliedToll.perpetratorDied("The suspect was not among the dead, police said.")).isFalse();
        assertThat(ImpliedToll.perpetratorDied("The seventh body recovered from the bus is that of the man the police "
                + "suspect of starting it.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("\"The seventh person who died is the man we believe started the fire,\" "
                + "the superintendent said.")).isTrue();
        assertThat(ImpliedToll.perpetratorDied("The seventh body is that of a woman who was asleep in the rear berth."))
                .isFalse();
        assertThat(ImpliedToll.perpetratorDied("Three people were killed and six injured, including the attacker, when "
                + "a former pupil opened fire.")).isFalse();
    }

    @Test
    void anAttackerHurtHimselfIsAmongTheHurt() {
        assertThat(ImpliedToll.perpetratorShot("The gunman was shot by an officer and arrested.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("The suspect, a 31-year-old man from Dunmore, was also taken to "
                + "hospital with a head wound.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Three other men were hurt. The third, a 27-year-old, was arrested at "
                + "the scene and is being treated for cuts to his hands under police guard.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Four people are dead, and 23 others were wounded, including the man "
                + "police say opened fire, who is recovering in hospital.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Nine were wounded, including a man who opened fire on them."))
                .isTrue();
        assertThat(ImpliedToll.perpetratorShot("Six people were hurt that night, including Dragan Vukic himself, "
                + "whom officers stopped with a shot to the leg.")).isTrue();
        assertThat(ImpliedToll.perpetratorShot("Nine were wounded, including a teenager who fired back.")).isFalse();
        assertThat(ImpliedToll.perpetratorShot("Nine were wounded, including a man who was shielding his son."))
                .isFalse();
        assertThat(ImpliedToll.perpetratorShot("The suspect fled on foot after three people were injured.")).isFalse();
        assertThat(ImpliedToll.perpetratorShot("The attacker was not injured and was arrested at the scene."))
                .isFalse();
        assertThat(ImpliedToll.perpetratorShot("A man was arrested; four people were treated in hospital.")).isFalse();
    }
}
