package news.crosscheck.claim.casualty;

import news.crosscheck.claim.text.Sentence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionFinderTests {

    private final AttributionFinder finder = new AttributionFinder();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "At least 28 people were killed, according to the regional governor.|regional governor",
            "According to the United Nations monitoring mission, 41 civilians died in the shelling.|United Nations monitoring mission",
            "The Defence Ministry said 12 soldiers were wounded in the attack.|Defence Ministry",
            "Officials said 20 people died when the roof collapsed.|Officials",
            "Twenty people were killed in the blast, the regional health ministry said on Sunday.|regional health ministry",
            "Nine miners remain missing, said Governor Ivan Petrov.|Governor Ivan Petrov",
            "Police said a gunman killed four people and wounded two others.|Police",
            "The mayor told reporters that 15 residents had been taken to hospital.|mayor",
            "Kyiv's emergency service reported 7 injured.|Kyiv's emergency service",
            "A rebel spokesman said they had killed 40 soldiers, who would be treated according to the laws of war.|rebel spokesman"})
    void aSentenceThatNamesItsSourceGivesIt(String sentence, String source) {
        assertThat(finder.sourceOf(new Sentence(1, sentence))).isEqualTo(source);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "At least 28 people were killed in the strike on Saturday.",
            "Another 15 people were injured, he said.",
            "Three people died in the blast, and seven were injured.",
            "The number of people killed has risen to 31.",
            "A house fire, a highway pileup and a shooting claimed at least 14 lives across the province.",
            "No group has claimed responsibility for the bombing, which killed 12."})
    void aSentenceWithoutASourceGivesNone(String sentence) {
        assertThat(finder.sourceOf(new Sentence(1, sentence))).isEmpty();
    }
}
