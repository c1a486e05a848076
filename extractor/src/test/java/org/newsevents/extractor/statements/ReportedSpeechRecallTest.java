package org.newsevents.extractor.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported speech in the shapes news writes it: subjects with modifiers, quoted fragments, asides. */
class ReportedSpeechRecallTest {
    private static List<StatementFinding> extract(String text) {
        return RuleBasedStatementExtractorTest.extract(text);
    }

    private static StatementFinding only(String text) {
        return RuleBasedStatementExtractorTest.only(text);
    }

    @Test
    void readsSpeakerPastHonorificAndPartyStateLabel() {
        StatementFinding f = only("\"The sanctions are insufficient for the occupation,\" Sen. Anna Lee, R-N.H., said in a statement.");
        assertThat(f.speakerName()).endsWith("Anna Lee");
        assertThat(f.quote()).isEqualTo("The sanctions are insufficient for the occupation");
        assertThat(f.direct()).isTrue();
    }

    @Test
    void reportedClauseSubjectMayHoldPrepositionalPhraseAndQuotedWords() {
        StatementFinding f = only("Finance Minister Anna Lee said the tariffs on her country are \"more damaging than ever.\"");
        assertThat(f.direct()).isFalse();
        assertThat(f.quote()).startsWith("the tariffs on her country are \"more damaging than ever");
        StatementFinding g = only("Finance Minister Anna Lee said the country’s “reckless” conduct in the region “demands a firm answer.”");
        assertThat(g.quote()).startsWith("the country’s “reckless” conduct in the region “demands a firm answer");
    }

    @Test
    void reportedClauseWithOpenQuotationRunsToTheClosingMark() {
        StatementFinding f = only("Foreign Secretary Anna Lee said the ship “was unlawfully seized” and that the seizure was "
                + "“part of a pattern. We are working with our partners to protect shipping.”");
        assertThat(f.quote()).endsWith("We are working with our partners to protect shipping");
        assertThat(f.direct()).isFalse();
    }

    @Test
    void propositionBeforeItsAttributionMayHoldQuotedWords() {
        StatementFinding f = only("The new rules will “hurt ordinary families” across the country, Finance Minister Anna Lee said.");
        assertThat(f.quote()).isEqualTo("The new rules will “hurt ordinary families” across the country");
        assertThat(f.speakerName()).isEqualTo("Anna Lee");
    }

    @Test
    void butWithASecondSpeechVerbStartsAnotherStatement() {
        List<StatementFinding> found = extract("President Anna Lee said her country is willing to talk \"right now,\" "
                + "but pointed out that the offer would expire in a week.");
        assertThat(found).extracting(StatementFinding::quote)
                .containsExactly("her country is willing to talk \"right now,\"", "the offer would expire in a week");
    }

    @Test
    void addresseeAndSettingMayComeBetweenVerbAndThat() {
        StatementFinding f = only("Governor Anna Lee told the party's annual convention in Dallas on Friday that she had toned down her rhetoric.");
        assertThat(f.quote()).isEqualTo("she had toned down her rhetoric");
    }

    @Test
    void multiWordSpeechVerbs() {
        assertThat(only("Governor Anna Lee made clear that the status quo will continue.").quote())
                .isEqualTo("the status quo will continue");
        assertThat(only("Governor Anna Lee expressed concerns that the bill could face delays.").quote())
                .isEqualTo("the bill could face delays");
        assertThat(only("Governor Anna Lee has expressed willingness to continue talks at a lower level.").quote())
                .isEqualTo("to continue talks at a lower level");
    }

    @Test
    void accusingAndBlamingReportTheTargetWithItsCharge() {
        assertThat(only("Finance Minister Anna Lee accused the company of hiding its losses.").quote())
                .isEqualTo("the company of hiding its losses");
        assertThat(only("Finance Minister Anna Lee blamed Moscow for the delays in payments.").quote())
                .isEqualTo("Moscow for the delays in payments");
        assertThat(extract("Finance Minister Anna Lee blamed Moscow.")).isEmpty();
        assertThat(extract("Finance Minister Anna Lee criticized proposals for new taxes.")).isEmpty();
    }

    @Test
    void dashPairInsideReportedClauseIsAnAside() {
        StatementFinding f = only("Governor Anna Lee warned that the plan — seeking so many concessions — would be difficult to achieve.");
        assertThat(f.quote()).isEqualTo("the plan — seeking so many concessions — would be difficult to achieve");
    }

    @Test
    void characterisingParticipleEndsReportedClause() {
        List<StatementFinding> found = extract("Governor Anna Lee threatened to take “firm action”, describing the vote as a crime.");
        assertThat(found).extracting(StatementFinding::quote).first().asString().startsWith("to take “firm action");
        assertThat(found.get(0).quote()).doesNotContain("describing");
    }

    @Test
    void embeddedPostIsItsAuthorsDirectStatement() {
        StatementFinding f = only("The new tariffs take effect today. Nobody will trade with them! \u2014 Anna Lee (@annalee) May 3, 2024");
        assertThat(f.direct()).isTrue();
        assertThat(f.speakerName()).isEqualTo("Anna Lee");
        assertThat(f.quote()).isEqualTo("The new tariffs take effect today. Nobody will trade with them!");
    }
}
