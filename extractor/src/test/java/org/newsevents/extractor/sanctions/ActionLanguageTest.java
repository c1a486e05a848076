package org.newsevents.extractor.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.schemas.SanctionsAction;

/**
 * The action of a mention in classes of news language (GUIDELINES 3): judgements of hypothetical
 * sanctions, coordinated verbs, calls, conditions of relief, the content of decided measures. Invented
 * sentences; one mention each.
 */
class ActionLanguageTest {
    private static final RuleBasedSanctionsExtractor EXTRACTOR = RuleBasedSanctionsExtractor.withDefaults();

    private static SanctionsAction action(String text) {
        List<SanctionsFinding> found = EXTRACTOR.extract(Articles.analyze(text, "2024-03-04"));
        assertThat(found).as(text).hasSize(1);
        return found.get(0).action();
    }

    @Test
    void negatedHypotheticalEffectIsAJudgementNotAnImposition() {
        assertThat(action("The minister said any sanctions imposed by Canada and Japan on Belarus would not be effective."))
                .isEqualTo(SanctionsAction.OTHER);
        assertThat(action("He said additional sanctions would not force Belarus into negotiations.")).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void negatedLiftingAfterTheTriggerStaysInForce() {
        assertThat(action("The sanctions on Belarus would not be lifted.")).isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void objectionBeforeACoordinatedImposingVerbDoesNotGovernIt() {
        assertThat(action("The minister condemned the crackdown and imposed new sanctions on Belarus.")).isEqualTo(SanctionsAction.IMPOSE);
        assertThat(action("Prime minister slams Belarus ‘dictatorship,’ slaps new sanctions on government")).isEqualTo(SanctionsAction.IMPOSE);
        assertThat(action("Canada condemned the sanctions on Belarus.")).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void callBetweenAnImposingWordAndTheTriggerIsACall() {
        assertThat(action("Skepticism in the parliament could mean a renewed push for tougher sanctions on Belarus."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void cueNounModifyingAnotherNounIsNoCue() {
        assertThat(action("The opposition leader said Japan imposed sanctions on Myanmar.")).isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void threatWordInsideARelativeClauseOfTheSubjectIsNoThreat() {
        assertThat(action("The measures, which were prepared in coordination with Japan, include an arms embargo on Myanmar."))
                .isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void hyphenatedSoCalledIsNoObjectionAndTargetsNounIsNoImposition() {
        assertThat(action("Among the targets of those so-called sector sanctions could be the banks of Belarus."))
                .isEqualTo(SanctionsAction.THREATEN);
    }

    @Test
    void wouldBeSubjectToSanctionsWithoutConditionDescribesDecidedMeasures() {
        assertThat(action("Under the law, those firms would be subject to sanctions.")).isEqualTo(SanctionsAction.IMPOSE);
        assertThat(action("Those firms would be subject to sanctions if they trade with Belarus.")).isEqualTo(SanctionsAction.THREATEN);
    }

    @Test
    void conditionOfLiftingIsAPathToRelief() {
        assertThat(action("“Demands that are unacceptable to us are being made as a condition of lifting sanctions,” the minister said."))
                .isEqualTo(SanctionsAction.LIFT);
    }

    @Test
    void sanctionsAsAFieldOfExpertiseOrRiskIsOther() {
        assertThat(action("The firm helps banks identify sanctions risks.")).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void clauseComplementingADemandIsACall() {
        assertThat(action("The senator said the attacks “demand that we have strong sanctions enacted as soon as possible.”"))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void quotedObjectTakesTheThreatOfTheVerbBeforeTheQuote() {
        assertThat(action("The government was preparing “the strongest sanctions in history” if Belarus does not change course."))
                .isEqualTo(SanctionsAction.THREATEN);
    }

    @Test
    void shouldImposeIsACallForSanctions() {
        assertThat(action("The opposition says Japan should impose sanctions on Myanmar.")).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void billsOnSanctionsArePendingLegislation() {
        assertThat(action("The parliament is set to vote on Tuesday on a package of bills on sanctions covering Belarus."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void shieldingCompaniesFromSanctionsIsCounteractionNotImposition() {
        assertThat(action("European countries are trying to shield their companies from Canadian sanctions."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void endUpAndTheEaseWithWhichAreNoLifting() {
        assertThat(action("“These will end up being the strongest sanctions in history,” the minister said."))
                .isNotEqualTo(SanctionsAction.LIFT);
        assertThat(action("Experts worry about the ease with which sanctions are being evaded.")).isEqualTo(SanctionsAction.VIOLATE);
    }

    @Test
    void forceAsAVerbIsNoImposition() {
        assertThat(action("Japan ramped up sanctions on Belarus, seeking to force the government to negotiate."))
                .isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void describingModifierIsNoBaseSoTheLiftingDecides() {
        assertThat(action("Years of crippling sanctions will be lifted.")).isEqualTo(SanctionsAction.LIFT);
        assertThat(action("The report lists the steps, including easing sanctions on Belarus.")).isEqualTo(SanctionsAction.LIFT);
    }

    @Test
    void verbsWithParticlesEvadeOrLift() {
        assertThat(action("The report describes the measures Belarus has taken to get around these sanctions."))
                .isEqualTo(SanctionsAction.VIOLATE);
        assertThat(action("The agreement in which Canada and its allies drew down sanctions on Belarus took effect in January."))
                .isEqualTo(SanctionsAction.LIFT);
    }

    @Test
    void nounCoordinatedWithTheTriggerIsNoBase() {
        assertThat(action("Such actions -- this ship seizure, specifically, and stronger sanctions, generally -- have done little to deter Belarus."))
                .isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void sanctionsAsSubjectOfAnAvoidingVerbAreNoEvasion() {
        assertThat(action("“Sanctions to the greatest possible extent must avoid causing harm to ordinary people.”"))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void proposalsAndAttemptsAreNotTheActItself() {
        assertThat(action("A group of senators proposed new sanctions against Belarus.")).isEqualTo(SanctionsAction.OTHER);
        assertThat(action("The president tried to roll back the sanctions against Belarus.")).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void ineffectualSanctionsAreAJudgement() {
        assertThat(action("Nobody knows what else can be done, if sanctions are ineffectual and war undesirable."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void judgementBeforeADislocatedTriggerIsOther() {
        assertThat(action("“It’s inhuman, the sanctions that they’re putting on Belarus.”")).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void liftingGerundAsSubjectOfAHypotheticalIsDebate() {
        assertThat(action("He said relaxing all sanctions in return for the reactor would have meant giving up leverage."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void contentOfSignedLegislationIsNoThreat() {
        assertThat(action("The president acted after signing legislation that would pave the way for sanctions of Belarusian officials."))
                .isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void sanctionsAsTheTopicOfADisputeAreOther() {
        assertThat(action("Diplomats cited differences over the sequence of disarmament and sanctions relief."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void proposalGoverningAQuotedNounPhraseIsOther() {
        assertThat(action("Days later a group of senators proposed a law mandating “ crushing sanctions” to punish Belarus."))
                .isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void callBeforeAQuotedClauseWithItsOwnVerbDoesNotGovernTheTrigger() {
        assertThat(action("He did not ask the diplomat “to refrain from escalating the situation in response to sanctions that Canada had imposed.”"))
                .isEqualTo(SanctionsAction.IMPOSE);
    }
}
