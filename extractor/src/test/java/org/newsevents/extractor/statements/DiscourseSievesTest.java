package org.newsevents.extractor.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;

/** The statement rules that read the article's discourse: continuation, chains, pronouns, cues. */
class DiscourseSievesTest {
    private static final RuleBasedStatementExtractor EXTRACTOR = RuleBasedStatementExtractor.withDefaultLexicons(new FakeActorResolver());

    private static List<StatementFinding> extract(String text) {
        return EXTRACTOR.extract(Articles.analyze(text, "2024-03-05"));
    }

    @Test
    void aQuotedSentenceAfterAFinishedAttributionContinuesTheSpeaker() {
        List<StatementFinding> f = extract("\"The harvest was poor this year,\" Farm Minister Ilse Varga said. "
                + "\"We will import more grain before the winter.\"\n");
        assertThat(f).extracting(StatementFinding::quote)
                .containsExactly("The harvest was poor this year", "We will import more grain before the winter");
        assertThat(f).extracting(StatementFinding::speakerName).containsOnly("Ilse Varga");
    }

    @Test
    void aSecondCoordinatedSpeechVerbStartsItsOwnStatement() {
        List<StatementFinding> f = extract("Mayor Tomas Riedl said the bridge would reopen in May and said the repairs "
                + "had cost more than planned.\n");
        assertThat(f).extracting(StatementFinding::quote)
                .containsExactly("the bridge would reopen in May", "the repairs had cost more than planned");
        assertThat(f).extracting(StatementFinding::speakerName).containsOnly("Tomas Riedl");
    }

    @Test
    void aColonAttributionParagraphOwnsTheQuotedParagraphAfterIt() {
        List<StatementFinding> f = extract("Port director Lena Marsh says:\n\n"
                + "\"Every container will be scanned before it leaves the dock.\"\n");
        assertThat(f).singleElement().satisfies(s -> {
            assertThat(s.speakerName()).isEqualTo("Lena Marsh");
            assertThat(s.quote()).isEqualTo("Every container will be scanned before it leaves the dock");
        });
    }

    @Test
    void aQuotationOnlyCueAttributesTheQuoteButReportsNoClause() {
        List<StatementFinding> f = extract("\"The reforms are overdue,\" Senator Mia Castell continued.\n\n"
                + "Senator Mia Castell continued to press the committee for a vote.\n");
        assertThat(f).singleElement().extracting(StatementFinding::quote).isEqualTo("The reforms are overdue");
    }

    @Test
    void aHeadlineSaysAClauseWithoutAFiniteVerb() {
        List<StatementFinding> f = extract("Ruritania says border closure not linked to election\n\n"
                + "The border closed on Monday.\n");
        assertThat(f).singleElement().extracting(StatementFinding::quote)
                .isEqualTo("border closure not linked to election");
    }

    @Test
    void anAddresseeComesBetweenTheVerbAndTheReportedClause() {
        List<StatementFinding> f = extract("Judge Omar Fell told reporters the trial would resume next week.\n");
        assertThat(f).singleElement().extracting(StatementFinding::quote).isEqualTo("the trial would resume next week");
    }

    @Test
    void anAddresseeAtTheSentenceEndIsNoStatement() {
        assertThat(extract("The envoy went home after she told him.\n")).isEmpty();
    }

    @Test
    void aTitleWithAnOfComplementIntroducesTheNamedSpeaker() {
        List<StatementFinding> f = extract("The minister of agriculture, Paulo Serra, said on Monday that prices would fall.\n");
        assertThat(f).singleElement().extracting(StatementFinding::speakerName).isEqualTo("Paulo Serra");
    }

    @Test
    void aPronounResolvesToTheSubjectIntroducedJustBefore() {
        List<StatementFinding> f = extract("\"Taxes will stay as they are,\" Treasurer Ben Ashby said.\n\n"
                + "Governor Nora Quint took the stage after him.\n\n"
                + "\"We need the money for schools,\" she said.\n");
        assertThat(f).extracting(StatementFinding::speakerName).containsExactly("Ben Ashby", "Nora Quint");
    }

    @Test
    void aSurnameResolvesToTheFullNameTheArticleGave() {
        List<StatementFinding> f = extract("Health Minister Karin Oduya opened the clinic on Monday.\n\n"
                + "\"This clinic will serve ten villages,\" Oduya said.\n");
        assertThat(f).singleElement().extracting(StatementFinding::speakerName).isEqualTo("Karin Oduya");
    }

    @Test
    void aNarrativeSentenceSourcedToAnAgencyIsNoStatement() {
        List<StatementFinding> f = extract("The convoy reached the border town late on Tuesday, the agency reported.\n");
        assertThat(f).isEmpty();
    }
}
