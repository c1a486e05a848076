package org.newsevents.extractor.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;
import org.newsevents.schemas.SanctionsAction;

class RuleBasedSanctionsExtractorTest {
    private static final RuleBasedSanctionsExtractor EXTRACTOR = RuleBasedSanctionsExtractor.withDefaults();

    private static List<SanctionsFinding> extract(String text) {
        return EXTRACTOR.extract(Articles.analyze(text, "2024-03-04"));
    }

    private static SanctionsFinding only(String text) {
        List<SanctionsFinding> found = extract(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static String imposer(SanctionsFinding f) {
        return f.imposer() == null ? null : f.imposer().code();
    }

    private static Set<String> targets(SanctionsFinding f) {
        return new TreeSet<>(f.targets().stream().map(ActorRef::code).toList());
    }

    private static void expect(String text, SanctionsAction action, String imposer, String... targets) {
        SanctionsFinding f = only(text);
        assertThat(f.action()).as("action of: " + text).isEqualTo(action);
        assertThat(imposer(f)).as("imposer of: " + text).isEqualTo(imposer);
        assertThat(targets(f)).as("targets of: " + text).isEqualTo(new TreeSet<>(List.of(targets)));
    }

    @Test
    void euAssetFreezeOnMyanmarGeneralsIsAnImposition() {
        expect("The European Union on Monday imposed an asset freeze on Myanmar generals.", SanctionsAction.IMPOSE, "EU", "OTHER");
    }

    @Test
    void treasuryOfficeSanctioningVenezuelanOfficialsImposesOnIndividuals() {
        expect("The Treasury's OFAC sanctioned five Venezuelan officials on Friday.", SanctionsAction.IMPOSE, "USA", "OTHER");
    }

    @Test
    void japanLiftingSanctionsOnIranIsALift() {
        expect("Japan lifted sanctions on Iran after the nuclear deal.", SanctionsAction.LIFT, "JPN", "IRN");
    }

    @Test
    void securityCouncilCommitteeMonitoringIsEnforcement() {
        expect("The UN Security Council sanctions committee is monitoring shipments to North Korea.",
                SanctionsAction.ENFORCE, "UNSC");
    }

    @Test
    void accusedEvasionIsAViolationByTheTarget() {
        expect("Iran was accused of evading oil sanctions through ship-to-ship transfers.", SanctionsAction.VIOLATE, null, "IRN");
    }

    @Test
    void australiaThreateningTheJuntaIsAThreatAgainstTheState() {
        expect("Australia threatened sanctions against Myanmar's military junta.", SanctionsAction.THREATEN, "AUS", "MMR");
    }

    @Test
    void conditionalFutureImpositionIsAThreat() {
        expect("Britain said it would impose further sanctions on Russia if the attacks continued.",
                SanctionsAction.THREATEN, "GBR", "RUS");
    }

    @Test
    void callingForSanctionsIsOther() {
        expect("Human rights groups called for sanctions on the Syrian regime.", SanctionsAction.OTHER, null, "SYR");
    }

    @Test
    void advocatingLiftingIsOtherNotLift() {
        expect("Beijing urged Washington to lift its sanctions on Cuba.", SanctionsAction.OTHER, "USA", "CUB");
    }

    @Test
    void scheduledExpiryIsALift() {
        expect("The EU sanctions on Venezuela are set to expire on Saturday.", SanctionsAction.LIFT, "EU", "VEN");
    }

    @Test
    void refusingToExtendIsALift() {
        expect("Washington refused to extend the sanctions waiver for Iraq.", SanctionsAction.LIFT, "USA");
    }

    @Test
    void notRemovingSanctionsKeepsThemInForce() {
        expect("The deal does not remove the sanctions on North Korea.", SanctionsAction.IMPOSE, null, "PRK");
    }

    @Test
    void unSanctionsImplementedByAStateHaveTheCouncilAsImposer() {
        expect("Japan is implementing UN sanctions against North Korea.", SanctionsAction.ENFORCE, "UNSC", "PRK");
    }

    @Test
    void twoImposersNamedLeaveTheImposerOpen() {
        expect("The US and the EU imposed sanctions on Belarus.", SanctionsAction.IMPOSE, null, "BLR");
    }

    @Test
    void westernSanctionsHaveNoSingleImposer() {
        expect("Russia's economy has shrunk under Western sanctions.", SanctionsAction.IMPOSE, null, "RUS");
    }

    @Test
    void modifierNamingTheTargetIsATarget() {
        expect("Chinese refiners kept buying oil despite Iran sanctions.", SanctionsAction.IMPOSE, null, "IRN");
    }

    @Test
    void passiveDesignationTakesTheSubjectAsTarget() {
        expect("Three Chinese firms were sanctioned by the United States for supplying drones.", SanctionsAction.IMPOSE, "USA", "OTHER");
    }

    @Test
    void targetWarningAgainstSanctionsIsOther() {
        expect("Moscow warned against new sanctions on its oil exports.", SanctionsAction.OTHER, null, "RUS");
    }

    @Test
    void splitsCoordinatedClausesIntoOneMentionEach() {
        List<SanctionsFinding> found = extract(
                "\"We have enforced our sanctions on Syria, and we will impose new sanctions if needed,\" the British foreign secretary said.");
        assertThat(found).extracting(SanctionsFinding::action)
                .containsExactly(SanctionsAction.ENFORCE, SanctionsAction.THREATEN);
        assertThat(found).extracting(SanctionsFinding::text)
                .containsExactly("We have enforced our sanctions on Syria", "we will impose new sanctions if needed");
        assertThat(found).extracting(f -> imposer(f)).containsExactly("GBR", "GBR");
    }

    @Test
    void quotedWeIsTheSpeakersInstitution() {
        SanctionsFinding f = extract("Australian Foreign Minister Penny Wong spoke on Tuesday.\n"
                + "\"We have imposed targeted sanctions on Iranian individuals,\" Wong said.").get(0);
        assertThat(imposer(f)).isEqualTo("AUS");
        assertThat(f.action()).isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void thoseSanctionsReferBackToTheEarlierTargets() {
        List<SanctionsFinding> found = extract("Canada imposed sanctions on Venezuelan officials last year.\n"
                + "Ottawa will continue to enforce those sanctions.");
        assertThat(found).hasSize(2);
        assertThat(targets(found.get(1))).containsExactly("OTHER");
        assertThat(found.get(1).action()).isEqualTo(SanctionsAction.ENFORCE);
        assertThat(imposer(found.get(1))).isEqualTo("CAN");
    }

    @Test
    void breachOfCouncilResolutionsIsAViolationOfUnSanctions() {
        expect("Any arms transfer from North Korea to Syria would be in breach of Security Council resolutions.",
                SanctionsAction.VIOLATE, "UNSC", "PRK");
    }

    @Test
    void theSanctionsLaterInTheArticleTakeTheLeadsImposerAndTargets() {
        List<SanctionsFinding> found = extract("Canada imposed sanctions on Myanmar's military leaders on Tuesday.\n\n"
                + "The sanctions freeze their assets and bar them from entering the country.");
        assertThat(found).hasSize(2);
        assertThat(imposer(found.get(1))).isEqualTo("CAN");
        assertThat(targets(found.get(1))).containsExactly("OTHER");
    }

    @Test
    void theTargetSpeakingAboutSanctionsIsNotTheirImposer() {
        List<SanctionsFinding> found = extract("Britain imposed sanctions on Belarus on Monday.\n\n"
                + "Belarus vowed revenge over the sanctions.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).action()).isEqualTo(SanctionsAction.IMPOSE);
        assertThat(imposer(found.get(1))).isEqualTo("GBR");
        assertThat(targets(found.get(1))).containsExactly("BLR");
    }

    @Test
    void aPlainFutureImpositionIsAnImposition() {
        expect("Britain will impose sanctions on Belarus.", SanctionsAction.IMPOSE, "GBR", "BLR");
    }

    @Test
    void aFutureImpositionUnderAConditionIsAThreat() {
        expect("Switzerland will impose sanctions on Belarus if the crackdown continues.", SanctionsAction.THREATEN, "CHE", "BLR");
    }

    @Test
    void wantingTheSanctionsLiftedIsAdvocacy() {
        assertThat(only("Sudan wanted the sanctions lifted before the talks.").action()).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void sanctionsThatMustBeLiftedAreADemand() {
        assertThat(only("Officials in Damascus say all sanctions on Syria must be lifted.").action()).isEqualTo(SanctionsAction.OTHER);
    }

    @Test
    void reversingALooseningKeepsTheSanctions() {
        assertThat(only("The government decided to reverse the loosening of sanctions on Nicaragua.").action())
                .isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void callsToImplementUnSanctionsAreEnforcement() {
        expect("Australia called on Asian states to fully implement U.N. sanctions on North Korea.",
                SanctionsAction.ENFORCE, "UNSC", "PRK");
    }

    @Test
    void aNamedImposerWithUnnamedPartnersIsNoSingleImposer() {
        expect("Zimbabwe has been under sanctions from the EU, the U.S. and other countries.", SanctionsAction.IMPOSE, null, "ZWE");
    }

    @Test
    void aSanctionsBillIsAProposalUntilItIsSigned() {
        assertThat(only("Lawmakers unveiled a sanctions bill on Nicaragua.").action()).isEqualTo(SanctionsAction.OTHER);
        assertThat(only("The president signed the sanctions bill on Nicaragua into law.").action()).isEqualTo(SanctionsAction.IMPOSE);
    }

    @Test
    void peopleOfAStateAreNonStateTargets() {
        expect("Two Belarusian hackers were sanctioned by the United States.", SanctionsAction.IMPOSE, "USA", "OTHER");
    }

    @Test
    void nonTriggerPenaltiesAreNotMentions() {
        assertThat(extract("The US imposed tariffs and a visa ban on Chinese officials, and a naval blockade followed.")).isEmpty();
        assertThat(extract("The officially sanctioned rally went ahead in Havana.")).isEmpty();
    }

    @Test
    void embargoAndBlacklistAreTriggers() {
        expect("The United States has maintained a trade embargo on Cuba since 1962.", SanctionsAction.IMPOSE, "USA", "CUB");
        expect("Washington blacklisted dozens of Chinese companies on Tuesday.", SanctionsAction.IMPOSE, "USA", "OTHER");
    }

    @Test
    void aDayOrDateAfterTheTriggerIsNoTarget() {
        expect("Canada announced new sanctions on Thursday.", SanctionsAction.IMPOSE, "CAN");
        expect("Britain sanctioned Monday three shipping companies.", SanctionsAction.IMPOSE, "GBR", "OTHER");
        expect("France imposed sanctions on March 5 on Syria.", SanctionsAction.IMPOSE, "FRA", "SYR");
        expect("Japan imposed sanctions against Russia Wednesday night.", SanctionsAction.IMPOSE, "JPN", "RUS");
    }

    @Test
    void aJudgementPredicatedOfTheSanctionsIsOther() {
        expect("The minister said the sanctions were a “blatant violation of our rights” and a plot.", SanctionsAction.OTHER, null);
        expect("The president said Western sanctions on his country are \"more unstable than ever.\"", SanctionsAction.OTHER, null);
    }

    @Test
    void supportForSanctionsIsAdvocacy() {
        expect("The envoy spent the week building support for tougher sanctions.", SanctionsAction.OTHER, null);
    }

    @Test
    void aLiftingAsTheConditionOfSomethingElseIsADemand() {
        expect("The minister said talks could not start before the sanctions were lifted.", SanctionsAction.OTHER, null);
        expect("Brazil lifted its sanctions on Peru.", SanctionsAction.LIFT, "BRA", "PER");
    }

    @Test
    void twoImposersJoinedInFrontOfTheTriggerGiveNone() {
        SanctionsFinding f = only("Venezuela has been hit by a series of U.N. and U.S. sanctions in recent years.");
        assertThat(imposer(f)).isNull();
    }

    @Test
    void statementOfPrincipleHasNoTarget() {
        expect("Sanctions will not be lifted until the prisoners are freed.", SanctionsAction.IMPOSE, null);
    }

    @Test
    void repeatedTriggersInOneHugeSentenceYieldOneClause() {
        // Synthetic tags: the OpenNLP tagger is not under test, only the sanctions rules' bounded cost.
        List<SanctionsFinding> found = EXTRACTOR.extract(repeated("sanctions ", 100_000, "NOUN"));
        assertThat(found).hasSize(1);
    }

    @Test
    void aClauseBoundaryAfterEveryTriggerYieldsOneMentionEach() {
        List<SanctionsFinding> found = EXTRACTOR.extract(repeated("sanctions ; ", 50_000, "NOUN"));
        assertThat(found).hasSize(50_000);
    }

    /** One paragraph, one sentence: {@code unit} repeated, whitespace-separated words tagged {@code pos} (";" PUNCT). */
    private static AnalyzedArticle repeated(String unit, int times, String pos) {
        String text = unit.repeat(times).strip();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf(' ', i);
            end = end < 0 ? text.length() : end;
            String w = text.substring(i, end);
            tokens.add(new Token(w, i, end, w.equals(";") ? "PUNCT" : pos));
            i = end + 1;
        }
        Paragraph p = new Paragraph(0, 0, text.length(), text, false, null);
        Sentence s = new Sentence(0, 0, text.length(), text, tokens, 0);
        return new AnalyzedArticle(text, List.of(p), List.of(s), LocalDate.of(2024, 3, 4), Optional.of(p));
    }
}
