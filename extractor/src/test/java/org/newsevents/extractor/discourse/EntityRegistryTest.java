package org.newsevents.extractor.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;

class EntityRegistryTest {

    private static EntityRegistry registry(String text) {
        return DiscourseBuilder.withDefaultGazetteer().build(Articles.analyze(text, "2024-03-05")).entities();
    }

    @Test
    void linksASurnameToTheFullNameGivenWithATitle() {
        EntityRegistry r = registry("Trade Minister Anna Lindqvist said the talks went well.\n\n"
                + "Lindqvist later flew home.\n");
        assertThat(r.fullName("Lindqvist")).contains("Anna Lindqvist");
        assertThat(r.mentions()).extracting(Mention::linkedBy).contains("full-name", "surname");
    }

    @Test
    void learnsAPersonFromAnAppositiveRoleOrASpeechVerb() {
        EntityRegistry r = registry("The trade envoy, Marek Dvorsky, arrived on Monday. Petra Holm said nothing.\n");
        assertThat(r.persons()).extracting(Person::name).contains("Marek Dvorsky", "Petra Holm");
    }

    @Test
    void neverMergesTwoFullNamesThatShareASurname() {
        EntityRegistry r = registry("Senator Paul Okafor said the bill would pass. Governor Ruth Okafor said it would not.\n");
        assertThat(r.fullName("Okafor")).isEmpty();
    }

    @Test
    void leavesCapitalisedPlacesAndInstitutionsOut() {
        EntityRegistry r = registry("The Finance Ministry said on Monday that Germany would pay.\n");
        assertThat(r.persons()).isEmpty();
    }

    @Test
    void resolvesAPronounToThePreviousSentencesSubjectNotItsObject() {
        String text = "Foreign Minister Carla Brenner met Ambassador Jonas Petrov in the capital.\n\n"
                + "\"We agreed on a timetable,\" she said.\n";
        EntityRegistry r = registry(text);
        assertThat(r.pronounAntecedent(text.indexOf("she said"))).map(Person::name).contains("Carla Brenner");
    }

    @Test
    void ignoresNamesInsideQuotationsAsAntecedents() {
        String text = "Minister Carla Brenner spoke first. \"I told Jonas Petrov to wait,\" she said.\n";
        EntityRegistry r = registry(text);
        assertThat(r.pronounAntecedent(text.indexOf("she said"))).map(Person::name).contains("Carla Brenner");
    }

    @Test
    void keepsASingleNameIntroducedByACourtesyTitle() {
        EntityRegistry r = registry("Mr. Halvorsen declined to comment.\n");
        assertThat(r.persons()).extracting(Person::name).containsExactly("Halvorsen");
        assertThat(Honorifics.strip("Sen. Ruth Okafor")).isEqualTo("Ruth Okafor");
    }
}
