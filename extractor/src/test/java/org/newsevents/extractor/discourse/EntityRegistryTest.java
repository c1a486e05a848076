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

    @Test
    void keepsHyphenatedNamesWhole() {
        EntityRegistry r = registry("Her counterpart, Pak Su-in, arrived late. Pak said the talks had failed.\n");
        assertThat(r.fullName("Pak")).contains("Pak Su-in");
    }

    @Test
    void keepsANameWhoseTitleTheSentenceSplitterCutOff() {
        EntityRegistry r = registry("U.S. Sen. Tomas Varga, a member of the committee, said the bill would pass.\n");
        assertThat(r.persons()).extracting(Person::name).contains("Tomas Varga");
    }

    @Test
    void findsTheSubjectAfterAnOpeningClause() {
        String text = "Trade Minister Carla Brenner met Jonas Petrov, an adviser. "
                + "After the talks broke down in Oslo, Petrov left the hall.\n\n\"We will return,\" he said.\n";
        EntityRegistry r = registry(text);
        assertThat(r.pronounAntecedent(text.indexOf("he said"))).map(Person::name).contains("Jonas Petrov");
    }

    @Test
    void anIndefiniteOfficialIsUnnamedAndTheOfficialAfterItToo() {
        String text = "The plan will take effect in May, an EU official said. It covers oil, the official said.\n";
        EntityRegistry r = registry(text);
        assertThat(r.roles()).extracting(r::referent).extracting(Referent::kind)
                .containsExactly(Referent.Kind.UNNAMED, Referent.Kind.UNNAMED);
    }

    @Test
    void theOfficialRefersToTheOfficialTheArticleNamed() {
        String text = "Trade official Marta Lind said talks would resume. The official said the date was open.\n";
        EntityRegistry r = registry(text);
        RoleMention later = r.roleIn(text.indexOf("The official"), text.length()).orElseThrow();
        assertThat(r.referent(later).named()).map(Person::name).contains("Marta Lind");
    }

    @Test
    void linksAnAppositiveRoleButNotAnInvertedAttribution() {
        String text = "Paul Sandor, a spokesman for the ministry, declined to comment. "
                + "The cuts were aimed at Sandor, the official said.\n";
        EntityRegistry r = registry(text);
        assertThat(r.roles()).extracting(RoleMention::head, RoleMention::named)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("spokesman", true),
                        org.assertj.core.groups.Tuple.tuple("official", false));
        assertThat(r.isSpokesperson("spokesman")).isTrue();
    }
}
