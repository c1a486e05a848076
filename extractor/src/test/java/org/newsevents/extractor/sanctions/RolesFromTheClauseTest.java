package org.newsevents.extractor.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.testing.Articles;

/** Imposer and target classes read from the clause and its article (one sentence articles here). */
class RolesFromTheClauseTest {
    private static final RuleBasedSanctionsExtractor EXTRACTOR = RuleBasedSanctionsExtractor.withDefaults();

    private static SanctionsFinding only(String text) {
        List<SanctionsFinding> found = EXTRACTOR.extract(Articles.analyze(text, "2024-03-04"));
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static String imposer(String text) {
        SanctionsFinding f = only(text);
        return f.imposer() == null ? null : f.imposer().code();
    }

    private static TreeSet<String> targets(String text) {
        return new TreeSet<>(only(text).targets().stream().map(ActorRef::code).toList());
    }

    @Test
    void aCompanyBreakingSanctionsOnAStateIsNotItselfATarget() {
        assertThat(targets("Investigators say a Norwegian shipping firm violated sanctions on Belarus.")).containsExactly("BLR");
    }

    @Test
    void anAgreementEasingSanctionsHasNoSingleImposer() {
        assertThat(imposer("The deal reached on Sunday would ease sanctions on Myanmar.")).isNull();
    }

    @Test
    void aStateWithUnnamedPartnersAfterAFrontedPhraseIsAJointImposer() {
        assertThat(imposer("Under the accord, Japan and other countries agreed to remove sanctions on Eritrea.")).isNull();
    }

    @Test
    void unnamedStatesAsSubjectGiveNoImposer() {
        assertThat(imposer("Five other nations guarantee no new sanctions for six months.")).isNull();
    }

    @Test
    void sanctionsOfSeveralImposersHaveNoSingleImposer() {
        assertThat(imposer("The bank said it complies with the sanctions of Japan, Norway and Australia.")).isNull();
    }

    @Test
    void aStateThatDoesNotImposeSanctionsDemandingReliefIsTheTarget() {
        SanctionsFinding f = only("Belarus demanded complete sanctions relief.");
        assertThat(f.imposer()).isNull();
        assertThat(f.targets()).extracting(ActorRef::code).containsExactly("BLR");
    }

    @Test
    void europeanAsAnImposerIsTheEu() {
        assertThat(imposer("European governments imposed sanctions on Belarus.")).isEqualTo("EU");
    }
}
