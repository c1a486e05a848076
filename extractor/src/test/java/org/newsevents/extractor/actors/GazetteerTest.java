package org.newsevents.extractor.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.Sentence;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static List<String> codesIn(String sentence) {
        Sentence s = Articles.analyze(sentence, "2024-01-01").sentences().get(0);
        return GAZETTEER.find(s.tokens(), 0, s.tokens().size()).stream()
                .map(m -> m.actor().code()).toList();
    }

    private static List<String> namesIn(String sentence) {
        Sentence s = Articles.analyze(sentence, "2024-01-01").sentences().get(0);
        return GAZETTEER.find(s.tokens(), 0, s.tokens().size()).stream()
                .map(m -> sentence.substring(m.start(), m.end())).toList();
    }

    @Test
    void knowsEveryUnMemberStateAndTheCommonObservers() {
        Set<String> states = GAZETTEER.aliasesByCode().keySet().stream()
                .filter(c -> c.length() == 3 && !Set.of("UNSC", "EU", "G7", "G20", "AU", "UN").contains(c))
                .filter(c -> c.chars().allMatch(Character::isUpperCase))
                .collect(Collectors.toSet());
        states.removeAll(Set.of("PSE", "TWN", "XKX", "VAT"));
        assertThat(states).hasSize(193);
    }

    @Test
    void resolvesOfficialAndCommonStateNamesToIso3() {
        Map<String, String> sample = Map.ofEntries(
                Map.entry("North Korea", "PRK"), Map.entry("Democratic People's Republic of Korea", "PRK"),
                Map.entry("DPRK", "PRK"), Map.entry("South Korea", "KOR"), Map.entry("Republic of Korea", "KOR"),
                Map.entry("United States", "USA"), Map.entry("U.S.", "USA"), Map.entry("America", "USA"),
                Map.entry("Britain", "GBR"), Map.entry("U.K.", "GBR"), Map.entry("Great Britain", "GBR"),
                Map.entry("Islamic Republic of Iran", "IRN"), Map.entry("Syria", "SYR"), Map.entry("Burma", "MMR"),
                Map.entry("Myanmar", "MMR"), Map.entry("Venezuela", "VEN"), Map.entry("Cuba", "CUB"),
                Map.entry("PRC", "CHN"), Map.entry("Russian Federation", "RUS"), Map.entry("Japan", "JPN"),
                Map.entry("Australia", "AUS"), Map.entry("Germany", "DEU"), Map.entry("Ivory Coast", "CIV"),
                Map.entry("Democratic Republic of the Congo", "COD"), Map.entry("Eswatini", "SWZ"),
                Map.entry("Timor-Leste", "TLS"), Map.entry("Tuvalu", "TUV"), Map.entry("Holy See", "VAT"),
                Map.entry("Kosovo", "XKX"), Map.entry("Taiwan", "TWN"), Map.entry("Palestine", "PSE"),
                Map.entry("Saint Vincent and the Grenadines", "VCT"), Map.entry("Guinea-Bissau", "GNB"),
                Map.entry("Papua New Guinea", "PNG"), Map.entry("Türkiye", "TUR"), Map.entry("Belarus", "BLR"));
        sample.forEach((name, code) -> assertThat(GAZETTEER.resolve(name)).as(name)
                .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo(code)));
    }

    @Test
    void resolvesCapitalsDemonymsMetonymsAndBodies() {
        Map<String, String> sample = Map.ofEntries(
                Map.entry("Washington", "USA"), Map.entry("Pyongyang", "PRK"), Map.entry("Moscow", "RUS"),
                Map.entry("Tehran", "IRN"), Map.entry("Caracas", "VEN"), Map.entry("Naypyidaw", "MMR"),
                Map.entry("Havana", "CUB"), Map.entry("Damascus", "SYR"), Map.entry("Canberra", "AUS"),
                Map.entry("Brussels", "EU"), Map.entry("Iranian", "IRN"), Map.entry("North Korean", "PRK"),
                Map.entry("Burmese", "MMR"), Map.entry("British", "GBR"), Map.entry("the White House", "USA"),
                Map.entry("the State Department", "USA"), Map.entry("OFAC", "USA"), Map.entry("the Pentagon", "USA"),
                Map.entry("the Kremlin", "RUS"), Map.entry("Downing Street", "GBR"), Map.entry("Blue House", "KOR"),
                Map.entry("UN", "UN"), Map.entry("United Nations", "UN"), Map.entry("UN Security Council", "UNSC"),
                Map.entry("UNSC", "UNSC"), Map.entry("European Commission", "EU"), Map.entry("EU", "EU"),
                Map.entry("G7", "G7"), Map.entry("G-7", "G7"), Map.entry("NATO", "NATO"), Map.entry("ASEAN", "ASEAN"),
                Map.entry("African Union", "AU"), Map.entry("the North", "PRK"));
        sample.forEach((name, code) -> assertThat(GAZETTEER.resolve(name)).as(name)
                .hasValueSatisfying(a -> assertThat(a.code()).isEqualTo(code)));
    }

    @Test
    void findsMentionsInTextOrderWithCoordinationAndPossessives() {
        assertThat(codesIn("Washington said it would impose sanctions on North Korea and Russia’s defence firms."))
                .containsExactly("USA", "PRK", "RUS");
        assertThat(namesIn("Pyongyang’s missile tests angered Tokyo and Seoul."))
                .containsExactly("Pyongyang", "Tokyo", "Seoul");
    }

    @Test
    void prefersTheLongestMatch() {
        assertThat(codesIn("The United Nations Security Council met as the United Nations watched."))
                .containsExactly("UNSC", "UN");
        assertThat(namesIn("The North Korean leader met South Korean officials."))
                .containsExactly("North Korean", "South Korean");
    }

    @Test
    void matchesShortAcronymsOnlyInTheirExactCase() {
        assertThat(codesIn("Let us hope the US and the UK agree.")).containsExactly("USA", "GBR");
    }

    @Test
    void ignoresLowerCaseCommonWordsAndBlockedPhrases() {
        assertThat(codesIn("The turkey was served on fine china in Latin America during the Korean War."))
                .isEmpty();
        assertThat(codesIn("Ships crossed the north of the North Sea.")).isEmpty();
    }

    @Test
    void readsNamesInsideHyphenatedCompounds() {
        assertThat(codesIn("The U.S.-led drills followed anti-US protests over the Russia-Ukraine war."))
                .containsExactly("USA", "USA", "RUS", "UKR");
    }

    @Test
    void resolvesAbbreviatedKoreaNames() {
        assertThat(codesIn("N.Korea pledges ties with Russia and the DPRK rejects ROK talks.")).containsExactly("PRK", "RUS", "PRK", "KOR");
    }

    @Test
    void resolvesAPhraseDescribingOneActor() {
        assertThat(GAZETTEER.resolve("Russia's Foreign Ministry")).map(ActorRef::code).hasValue("RUS");
        assertThat(GAZETTEER.resolve("Interfax news agency")).isEmpty();
    }
}
