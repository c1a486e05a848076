package org.newsevents.extractor.discourse.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegimeRegistryTest {
    private static LocalRoles named(int sentence, String imposer, String... targets) {
        return new LocalRoles(sentence, false, sentence <= 1, imposer, imposer != null, Set.of(targets), false, Set.of());
    }

    private static LocalRoles referringBack(int sentence) {
        return new LocalRoles(sentence, false, false, null, false, Set.of(), true, Set.of());
    }

    private static LocalRoles newSanctions(int sentence) {
        return new LocalRoles(sentence, false, false, null, false, Set.of(), false, Set.of());
    }

    @Test
    void theSanctionsTakeImposerAndTargetsOfTheLeadRegime() {
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(named(1, "CAN", "MMR"), referringBack(5))).resolved();
        assertThat(r.get(1).imposer()).isEqualTo("CAN");
        assertThat(r.get(1).targets()).containsExactly("MMR");
    }

    @Test
    void aMentionNamingOnlyTheTargetJoinsTheRegimeOfThatTarget() {
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(
                named(1, "CAN", "MMR"), named(3, "JPN", "BLR"), named(6, null, "BLR"))).resolved();
        assertThat(r.get(2).imposer()).isEqualTo("JPN");
        assertThat(r.get(2).regime().members()).containsExactly(1, 2);
    }

    @Test
    void aMentionNamingOnlyTheImposerTakesTheTargetsOfItsRegimeWhenItRefersBack() {
        LocalRoles theirSanctions = new LocalRoles(4, false, false, "AUS", true, Set.of(), true, Set.of());
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(
                named(1, "AUS", "OTHER"), theirSanctions, named(6, "AUS"))).resolved();
        assertThat(r.get(1).targets()).containsExactly("OTHER");
        assertThat(r.get(2).targets()).as("new sanctions name their own targets or none").isEmpty();
    }

    @Test
    void organisationsOfAStateAgreeWithTheStateAndTheLatestMemberGivesTheTargets() {
        // "sanctions on Myanmar" then "sanctions on its generals" then "the new sanctions"
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(
                named(0, "GBR", "MMR"), named(2, "GBR", "OTHER"), referringBack(4))).resolved();
        assertThat(r.get(0).regime()).isSameAs(r.get(1).regime());
        assertThat(r.get(2).targets()).containsExactly("OTHER");
    }

    @Test
    void aClauseThatSettlesNoImposerKeepsItEvenInsideARegime() {
        LocalRoles twoImposers = new LocalRoles(4, false, false, null, true, Set.of("BLR"), false, Set.of());
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(named(1, "EU", "BLR"), twoImposers)).resolved();
        assertThat(r.get(1).imposer()).isNull();
    }

    @Test
    void aJointRegimeInTheLeadHasNoSingleImposer() {
        LocalRoles joint = new LocalRoles(1, false, true, null, true, Set.of("ZWE"), false, Set.of("EU", "USA"));
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(joint, referringBack(6))).resolved();
        assertThat(r.get(1).imposer()).isNull();
        assertThat(r.get(1).regime().imposers()).containsExactlyInAnyOrder("EU", "USA");
        assertThat(r.get(1).targets()).containsExactly("ZWE");
    }

    @Test
    void newSanctionsTakeTheHeadlinesSideOnlyWhenItNamesOne() {
        List<LocalRoles> mentions = List.of(named(1, "NZL"), newSanctions(3));
        assertThat(RegimeRegistry.of(Set.of("FJI"), mentions).resolved().get(1).targets()).containsExactly("FJI");
        assertThat(RegimeRegistry.of(Set.of("FJI", "TON"), mentions).resolved().get(1).targets()).isEmpty();
    }

    @Test
    void withoutAnyRegimeAMentionKeepsWhatItsClauseSays() {
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(List.of(referringBack(2))).resolved();
        assertThat(r.get(0).imposer()).isNull();
        assertThat(r.get(0).targets()).isEmpty();
        assertThat(r.get(0).regime()).isNull();
    }

    @Test
    void underAHeadlineNamingNoSanctionedSideNewSanctionsTakeTheSingleTargetOfTheirRegime() {
        LocalRoles demand = new LocalRoles(6, false, false, null, false, Set.of("MMR"), true, Set.of());
        List<RegimeRegistry.Resolved> r = RegimeRegistry.withHeadline(Set.of(), List.of(newSanctions(3), demand)).resolved();
        assertThat(r.get(0).targets()).containsExactly("MMR");
    }

    @Test
    void withoutAHeadlineNewSanctionsTakeNoTargetFromTheStory() {
        LocalRoles demand = new LocalRoles(6, false, false, null, false, Set.of("MMR"), true, Set.of());
        List<RegimeRegistry.Resolved> r = RegimeRegistry.of(Set.of(), List.of(newSanctions(3), demand)).resolved();
        assertThat(r.get(0).targets()).isEmpty();
    }
}
