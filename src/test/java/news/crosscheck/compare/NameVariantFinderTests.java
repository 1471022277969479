package news.crosscheck.compare;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.claim.text.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static news.crosscheck.compare.ClaimsFixture.article;
import static news.crosscheck.compare.ClaimsFixture.person;
import static news.crosscheck.compare.ClaimsFixture.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NameVariantFinderTests {

    private final NameVariantFinder finder = new NameVariantFinder(new SpellingVariants(), HouseStyle.NONE);

    private static ArticleClaims gazette(Mention... mentions) {
        return article("gazette/1.txt", "Harbor Gazette", "2024-05-04", List.of(), List.of(mentions));
    }

    private static ArticleClaims courier(Mention... mentions) {
        return article("courier/1.txt", "Valley Courier", "2024-05-04", List.of(), List.of(mentions));
    }

    private static Mention role(String name, String role, int sentence, String text) {
        return new Mention(MentionKind.PERSON, name, name, role, new Sentence(sentence, text));
    }

    private static List<String> values(List<Discrepancy> found) {
        return found.stream().flatMap(d -> d.statements().stream().map(Discrepancy.Statement::value)).toList();
    }

    @Nested
    class NotVariants {

        @Test
        void aSuffixIsNotASpellingOfTheSurname() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Marcus Dell Jr.", "Marcus Dell Jr.", 1,
                            "Relatives identified the boy as Marcus Dell Jr.")),
                    courier(person("Marcus Dell", "Marcus Dell", 1, "The mother of 15-year-old Marcus Dell spoke."))));
            assertThat(found).isEmpty();
        }

        @Test
        void aFamilyInThePluralIsNotASpelling() {
            List<Discrepancy> found = finder.find("E1", List.of(gazette(
                    person("Dana Hendricks", "Dana Hendricks", 1, "Dana Hendricks, 16, was charged on Friday."),
                    person("Hendrickses", "Hendrickses", 2, "Neighbors said the Hendrickses kept to themselves."))));
            assertThat(found).isEmpty();
        }

        @Test
        void twoPeopleOfOtherAgesWithNearSurnamesAreNotVariants() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Rafael Marte", "Rafael Marte", 1, "Rafael Marte, 41, was hit in the arm.")),
                    courier(person("Rafael Marine", "Rafael Marine", 1,
                            "Another man, Rafael Marine, 23, was grazed by a bullet."),
                            person("Rafael Marte", "Rafael Marte", 2, "Rafael Marte, 41, was treated and released."))));
            assertThat(found).isEmpty();
        }

        @Test
        void anAbbreviationWrittenOutOrWithoutItsPeriodIsNotAVariant() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("St. Clair County", 1, "A boy was shot in St. Clair County on Sunday.")),
                    courier(place("St Clair County", 1, "Deputies in St Clair County said the boy would live."),
                            place("Saint Clair County", 2, "Schools in Saint Clair County stay open."))));
            assertThat(found).isEmpty();
        }

        @Test
        void aTownsNameInAnotherLanguageIsNotAVariant() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("Antwerp", 1, "Two workers died in a blast in the port of Antwerp.")),
                    courier(place("Anvers", 1, "Deux ouvriers sont morts; the port of Anvers was shut."),
                            place("Antwerpen", 2, "Schools in Antwerpen stay open."))));
            assertThat(found).isEmpty();
            assertThat(finder.find("E1", List.of(gazette(place("Wrocław", 1, "A tram crashed in Wrocław.")),
                    courier(place("Wroclaw", 1, "Two died in a tram crash in Wroclaw."))))).as("an accent dropped")
                    .hasSize(1);
        }

        @Test
        void aTownsOlderNameIsAVariantOfItsNewName() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("Almaty", 1, "Five people died in a gas blast in Almaty on Tuesday.")),
                    courier(place("Alma-Ata", 1, "A gas blast in a block of flats in Alma-Ata killed five."))));
            assertThat(found).singleElement()
                    .satisfies(d -> assertThat(d.kind()).isEqualTo(DiscrepancyKind.PLACE_SPELLING));
        }

        @Test
        void aCedillaAndACommaBelowThatLookAlikeAreOneSpelling() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Ion \u021a\u0103ranu", "\u021a\u0103ranu", 1,
                            "The mayor, Ion \u021a\u0103ranu, said two houses were swept away.")),
                    courier(person("Ion \u0162\u0103ranu", "\u0162\u0103ranu", 1,
                            "Mayor Ion \u0162\u0103ranu said the village had no warning."))));
            assertThat(found).isEmpty();
        }

        @Test
        void twoPlacesOneSentenceNamesSideBySideAreNotVariants() {
            String both = "Floods swept through Ciresu and Ciresa, villages in neighbouring counties.";
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("Ciresu", 1, both), place("Ciresa", 1, both)),
                    courier(place("Ciresu", 1, "Two people drowned in Ciresu on Monday."))));
            assertThat(found).isEmpty();
        }

        @Test
        void twoTownsAConsonantApartThatOneArticleNamesAreNotVariantsButATransliterationIs() {
            assertThat(finder.find("E1", List.of(
                    gazette(place("Kesselbach", 1, "A man stabbed three people at the station in Kesselbach."),
                            place("Kesselmach", 6, "Hours earlier, two died in a pile-up near Kesselmach.")),
                    courier(place("Kesselbach", 1, "Three people were hurt in a stabbing in Kesselbach."))))).isEmpty();
            assertThat(finder.find("E1", List.of(
                    gazette(place("Vuhledar", 1, "A missile struck the centre of Vuhledar on Monday."),
                            place("Ugledar", 6, "The Russian-installed mayor of Ugledar blamed Kyiv.")),
                    courier(place("Vuhledar", 1, "Shelling hit Vuhledar overnight."))))).hasSize(1);
        }

        @Test
        void twoTownsAVowelApartThatOneArticleNamesAreNotVariantsButAVowelInAnotherArticleIs() {
            assertThat(finder.find("E1", List.of(
                    gazette(place("Shepley", 1, "Two men died when a van hit a wall in Shepley on Friday."),
                            place("Shipley", 7, "In Shipley, 20 miles away, a cyclist was hurt the same evening.")),
                    courier(place("Shepley", 1, "A van crash in Shepley killed two men."))))).isEmpty();
            assertThat(finder.find("E1", List.of(
                    gazette(place("Shepley", 1, "Two men died when a van hit a wall in Shepley on Friday.")),
                    courier(place("Shipley", 1, "A van crash in Shipley killed two men."))))).hasSize(1);
        }

        @Test
        void anAbbreviationInAHyphenatedNameIsNotAVariant() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("Sainte-Odile", 1, "Fire swept through a care home in Sainte-Odile overnight.")),
                    courier(place("Ste-Odile", 1, "Three residents of the Ste-Odile home died."),
                            place("Ste.-Odile", 2, "Ste.-Odile's volunteer brigade was first on scene."),
                            place("St. Odile", 3, "Residents were moved to a school in St. Odile."))));
            assertThat(found).isEmpty();
        }

        @Test
        void aPlaceWithAndWithoutTheWordForItsRegionIsNotAVariant() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("Co Fermanagh", 1, "The minibus left the road at a bend in Co Fermanagh.")),
                    courier(place("Fermanagh", 1, "Coroner criticises bend in Fermanagh minibus crash"))));
            assertThat(found).isEmpty();
        }

        @Test
        void aShortFormOfTheGivenNameIsNotReported() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Steven Quarles", "Steven Quarles", 1, "Lt. Steven Quarles said the road was shut.")),
                    courier(person("Steve Quarles", "Steve Quarles", 1, "Lt. Steve Quarles said no one was hurt."))));
            assertThat(found).isEmpty();
        }

        @Test
        void aContractedGivenNameIsNotReported() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(role("Mohd Rafiq", "van driver", 1, "The van driver, Mohd Rafiq, 45, of Daska, died.")),
                    courier(role("Muhammad Rafiq", "driver of the van", 1,
                            "The driver of the van, Muhammad Rafiq, 45, of Daska, died at the scene."))));
            assertThat(found).isEmpty();
        }
    }

    @Nested
    class Variants {

        @Test
        void eachStatementGivesTheSpellingItsArticleWrites() {
            // "Durazzo" is Durrës in Italian, no error; the accent dropped in "Durres" is the variant
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(place("Durres", 1, "A gas blast hit a restaurant in Durres on Friday.")),
                    courier(place("Durrës", 1, "Two died in a restaurant blast in Durrës.")),
                    article("giuliana/1.txt", "Gazzetta Giuliana", "2024-05-04", List.of(), List.of(
                            place("Durazzo", 1, "Two died in a restaurant explosion in Durazzo.")))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.statements()).extracting(Discrepancy.Statement::articleId, Discrepancy.Statement::value)
                        .containsExactlyInAnyOrder(tuple("gazette/1.txt", "Durres"), tuple("courier/1.txt", "Durrës"),
                                tuple("giuliana/1.txt", "Durazzo"));
                assertThat(d.explanation()).contains("Gazzetta Giuliana writes 'Durazzo' once");
            });
        }

        @Test
        void aGivenNameSpelledTwoWaysIsReported() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Tracy Okafor", "Tracy Okafor", 1, "Tracy Okafor, 34, was found in the kitchen.")),
                    courier(person("Tracey Okafor", "Tracey Okafor", 1,
                            "Police said 34-year-old Tracey Okafor died at the scene."))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.NAME_SPELLING);
                assertThat(values(List.of(d))).containsExactlyInAnyOrder("Tracy", "Tracey");
            });
        }

        @Test
        void aGivenNameAnArticleGivesAsTheOthersNicknameIsNoVariant() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Josue Ortega", "Josue Ortega", 1,
                            "Friends of Josue 'Joshua' Ortega, 15, gathered outside the school.")),
                    courier(person("Joshua Ortega", "Joshua Ortega", 1,
                            "A reward is offered in the death of 15-year-old Joshua Ortega."))));
            assertThat(found).isEmpty();
        }

        @Test
        void givenNamesWrittenAsOneWordOrTwoAreReported() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Abdelrahman Haddad", "Abdelrahman Haddad", 1,
                            "Among the dead was Abdelrahman Haddad, 46, a vegetable seller.")),
                    courier(person("Abdul Rahman Haddad", "Abdul Rahman Haddad", 1,
                            "Among those buried was Abdul Rahman Haddad, 46, who sold vegetables."))));
            assertThat(found).singleElement().satisfies(d ->
                    assertThat(values(List.of(d))).containsExactlyInAnyOrder("Abdelrahman", "Abdul Rahman"));
        }

        @Test
        void aMiddleNameSpelledTwoWaysIsReported() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Sher Muhammad Afridi", "Sher Muhammad Afridi", 1,
                            "The driver, Sher Muhammad Afridi, was among those killed.")),
                    courier(person("Sher Mohammed Afridi", "Sher Mohammed Afridi", 1,
                            "The bus driver, Sher Mohammed Afridi, was buried on Wednesday."))));
            assertThat(found).singleElement().satisfies(d ->
                    assertThat(values(List.of(d))).containsExactlyInAnyOrder("Sher Muhammad", "Sher Mohammed"));
        }

        @Test
        void aSurnameTwoEditsAwayIsReportedWhenGivenNameAndAgeAgree() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Idris Ramsey", "Idris Ramsey", 1, "Idris Ramsey, 29, was in critical condition.")),
                    courier(person("Idris Brumsey", "Idris Brumsey", 1, "Idris Brumsey, 29, of Elm Court (critical)"))));
            assertThat(values(found)).containsExactlyInAnyOrder("Ramsey", "Brumsey");
        }

        @Test
        void theStatementsOfASurnameVariantAreThoseOfThePersonItIsSpelledForNotOfAColleague() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Shahidul Hussain", "Shahidul Hussain", 1, "Among the dead was the cook, Shahidul Hussain."),
                            person("Belal Hossain", "Belal Hossain", 2, "Station officer Belal Hossain said the fire was out.")),
                    courier(person("Shahidul Hossain", "Shahidul Hossain", 1, "The cook, Shahidul Hossain, 38, died."),
                            person("Belal Hossain", "Belal Hossain", 2, "Belal Hossain led the first team aboard."))));
            assertThat(found).singleElement().satisfies(d -> assertThat(d.statements())
                    .extracting(Discrepancy.Statement::evidence).allMatch(e -> e.contains("Shahidul")));
        }

        @Test
        void oneManWithTwoFirstNamesOfTheSameAgeAndRoleIsAConflict() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(role("Rui Valadares", "former chief executive of the failed lender Banco Sado", 1,
                                    "A court sentenced Rui Valadares, the former chief executive of the failed lender"
                                            + " Banco Sado, to eight years."),
                            person("Valadares", "Rui Valadares", 2, "Valadares, 61, showed no reaction.")),
                    courier(role("Nuno Valadares", "bank's former chief executive", 1,
                                    "The court sentenced the bank's former chief executive, Nuno Valadares, to eight"
                                            + " years."),
                            person("Valadares", "Nuno Valadares", 2, "Valadares, 61, did not testify."))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.NAME_SPELLING);
                assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
                assertThat(values(List.of(d))).containsExactlyInAnyOrder("Rui Valadares", "Nuno Valadares");
            });
        }

        @Test
        void relativesOrPeopleOfOtherAgesOrRolesAreNotOneManWithTwoFirstNames() {
            // named together in one article: two people
            assertThat(finder.find("E1", List.of(
                    gazette(role("Omar Haddad", "shop owner", 1, "The shop owner, Omar Haddad, 40, was shot."),
                            role("Sami Haddad", "shop owner", 2, "His brother, the shop owner Sami Haddad, 40, hid.")),
                    courier(role("Omar Haddad", "shop owner", 1, "Omar Haddad, 40, the shop owner, died."))))).isEmpty();
            // other ages
            assertThat(finder.find("E1", List.of(
                    gazette(role("Omar Haddad", "shop owner", 1, "The shop owner, Omar Haddad, 40, was shot.")),
                    courier(role("Sami Haddad", "shop owner", 1, "Sami Haddad, 64, the shop owner, spoke."))))).isEmpty();
            // other roles
            assertThat(finder.find("E1", List.of(
                    gazette(role("Omar Haddad", "shop owner", 1, "The shop owner, Omar Haddad, 40, was shot.")),
                    courier(role("Sami Haddad", "taxi driver", 1, "Sami Haddad, 40, a taxi driver, was hurt."))))).isEmpty();
        }

        @Test
        void aSurnameAloneMisspelledAmongAFamilyIsReported() {
            List<Discrepancy> found = finder.find("E1", List.of(
                    gazette(person("Kofi Asante", "Kofi Asante", 1, "Kofi Asante, 16, was shot by an officer."),
                            person("Ama Asante", "Ama Asante", 2, "His sister Ama Asante was arrested at the vigil.")),
                    courier(person("Asanti", "Asanti", 1, "Asanti was hit seven times, the autopsy found."),
                            person("Asante", "Asante", 2, "A crowd gathered to remember Asante."))));
            assertThat(values(found)).containsExactlyInAnyOrder("Asante", "Asanti", "Asante");
        }
    }
}
