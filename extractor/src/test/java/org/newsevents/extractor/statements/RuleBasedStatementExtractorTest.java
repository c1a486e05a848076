package org.newsevents.extractor.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;

class RuleBasedStatementExtractorTest {
    private static final RuleBasedStatementExtractor EXTRACTOR = RuleBasedStatementExtractor.withDefaultLexicons(new FakeActorResolver());

    /** The statements of a text whose lines are paragraphs (shared by the statement tests). */
    static List<StatementFinding> extract(String text) {
        return EXTRACTOR.extract(Articles.analyze(text, "2024-03-05"));
    }

    static StatementFinding only(String text) {
        List<StatementFinding> found = extract(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void attributesStraightQuoteToSpeakerAfterIt() {
        StatementFinding f = only("\"We will not negotiate under pressure,\" Iranian Foreign Minister Abbas Araghchi said on Monday.");
        assertThat(f.quote()).isEqualTo("We will not negotiate under pressure");
        assertThat(f.direct()).isTrue();
        assertThat(f.speakerName()).isEqualTo("Abbas Araghchi");
        assertThat(f.speakerTitle()).isEqualTo("Iranian Foreign Minister");
        assertThat(f.cue()).isEqualTo("said");
    }

    @Test
    void attributesCurlyQuoteWithInvertedSaid() {
        StatementFinding f = only("“The measures target the regime’s revenue streams,” said Treasury spokesperson Anna Kelly.");
        assertThat(f.quote()).isEqualTo("The measures target the regime’s revenue streams");
        assertThat(f.speakerName()).isEqualTo("Anna Kelly");
    }

    @Test
    void attributesQuoteAfterColonAttribution() {
        StatementFinding f = only("EU foreign policy chief Kaja Kallas said: \"The package will hit the shadow fleet hard.\"");
        assertThat(f.quote()).isEqualTo("The package will hit the shadow fleet hard");
        assertThat(f.speakerName()).isEqualTo("Kaja Kallas");
    }

    @Test
    void attributesQuoteAfterPronounAndComma() {
        List<StatementFinding> found = extract("UN envoy Geir Pedersen spoke to reporters in Geneva.\n"
                + "He said, \"All parties must return to the table without preconditions.\"");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerName()).isEqualTo("Geir Pedersen");
        assertThat(found.get(0).quote()).isEqualTo("All parties must return to the table without preconditions");
    }

    @Test
    void splitsQuoteInterruptedByItsAttributionIntoTwoStatements() {
        List<StatementFinding> found = extract("\"The election was not free,\" Venezuelan opposition leader Maria Corina Machado said, "
                + "\"and the world knows it.\"");
        assertThat(found).extracting(StatementFinding::quote)
                .containsExactly("The election was not free", "and the world knows it");
        assertThat(found).extracting(StatementFinding::speakerName).containsOnly("Maria Corina Machado");
    }

    @Test
    void continuesUnclosedQuoteIntoNextQuotedParagraph() {
        List<StatementFinding> found = extract("Syrian envoy Bassam Sabbagh addressed the council.\n"
                + "\"The sanctions are collective punishment of our people.\n"
                + "\"They must be lifted now,\" he said.");
        assertThat(found).extracting(StatementFinding::quote)
                .containsExactly("The sanctions are collective punishment of our people", "They must be lifted now");
        assertThat(found).extracting(StatementFinding::speakerName).containsOnly("Bassam Sabbagh");
    }

    @Test
    void runsUnclosedQuoteToParagraphEnd() {
        List<StatementFinding> found = extract("Cuban Foreign Minister Bruno Rodriguez said: \"The blockade is an act of economic war");
        assertThat(found).extracting(StatementFinding::quote).containsExactly("The blockade is an act of economic war");
    }

    @Test
    void givesUnattributedQuotedParagraphToPreviousSpeaker() {
        List<StatementFinding> found = extract("\"We are ready to talk,\" Venezuelan President Nicolas Maduro said.\n"
                + "\"But we will never accept threats from Washington.\"");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speakerName()).isEqualTo("Nicolas Maduro");
        assertThat(found.get(1).quote()).isEqualTo("But we will never accept threats from Washington");
    }

    @Test
    void resolvesLastNameToFullNameGivenEarlier() {
        List<StatementFinding> found = extract("British Foreign Secretary David Lammy visited Kyiv on Monday.\n"
                + "\"Russia must pay for this war,\" Lammy said.");
        assertThat(found).extracting(StatementFinding::speakerName).containsExactly("David Lammy");
    }

    @Test
    void resolvesDescriptionToLastCompatibleNamedSpeaker() {
        List<StatementFinding> found = extract("\"The designations are only the beginning,\" Treasury spokesperson Anna Kelly said.\n"
                + "The spokesperson said the department would act against any bank that helps Tehran.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).speakerName()).isEqualTo("Anna Kelly");
        assertThat(found.get(1).direct()).isFalse();
        assertThat(found.get(1).quote()).isEqualTo("the department would act against any bank that helps Tehran");
    }

    @Test
    void readsTitleFromAppositive() {
        StatementFinding f = only("Iran's ambassador to the United Nations, Amir Saeid Iravani, told the Security Council that "
                + "the snapback mechanism was legally void.");
        assertThat(f.speakerName()).isEqualTo("Amir Saeid Iravani");
        assertThat(f.speakerTitle()).isEqualTo("Iran's ambassador to the United Nations");
        assertThat(f.quote()).isEqualTo("the snapback mechanism was legally void");
        assertThat(f.direct()).isFalse();
    }

    @Test
    void readsStateAsSpeakerWithActorCode() {
        StatementFinding f = only("The United States said on Tuesday it would impose new sanctions on Venezuelan officials.");
        assertThat(f.speakerName()).isEqualTo("United States");
        assertThat(f.speakerCode()).isEqualTo("USA");
        assertThat(f.quote()).isEqualTo("it would impose new sanctions on Venezuelan officials");
    }

    @Test
    void expandsAbbreviatedStateName() {
        StatementFinding f = only("Meanwhile, the US warned it would respond to any attack on its forces in Syria.");
        assertThat(f.speakerName()).isEqualTo("United States");
    }

    @Test
    void readsMetonymAsSpeaker() {
        StatementFinding f = only("Beijing has said the sanctions are illegal and unilateral.");
        assertThat(f.speakerName()).isEqualTo("Beijing");
        assertThat(f.speakerCode()).isEqualTo("CHN");
    }

    @Test
    void readsNamedInstitutionAfterPossessive() {
        StatementFinding f = only("Japan's Ministry of Finance said that the asset freeze would take effect on Friday.");
        assertThat(f.speakerName()).contains("Ministry");
        assertThat(f.quote()).isEqualTo("the asset freeze would take effect on Friday");
    }

    @Test
    void dropsUnnamedPeopleAsSpeakers() {
        assertThat(extract("Senior officials said the talks had stalled over the sequencing of sanctions relief.")).isEmpty();
        assertThat(extract("Diplomats said the vote could come as early as next week.")).isEmpty();
        assertThat(extract("\"He did nothing wrong,\" his lawyer said.")).isEmpty();
    }

    @Test
    void readsReportedSpeechWithBareComplement() {
        StatementFinding f = only("Venezuelan Vice President Delcy Rodriguez said Caracas was ready to resume oil exports "
                + "to Europe, amid a dispute over licences.");
        assertThat(f.quote()).isEqualTo("Caracas was ready to resume oil exports to Europe");
        assertThat(f.direct()).isFalse();
        assertThat(f.cueStart()).isGreaterThan(0);
    }

    @Test
    void stopsReportedSpeechBeforeSourceTrailer() {
        StatementFinding f = only("Myanmar's military government said it would hold elections in December, state media reported.");
        assertThat(f.quote()).isEqualTo("it would hold elections in December");
    }

    @Test
    void readsInfinitiveComplementOfVow() {
        StatementFinding f = only("Iran vowed on Sunday to retaliate against any strike on its nuclear sites.");
        assertThat(f.quote()).isEqualTo("to retaliate against any strike on its nuclear sites");
        assertThat(f.speakerName()).isEqualTo("Iran");
    }

    @Test
    void ignoresSpeechVerbWithPlainNounPhrase() {
        assertThat(extract("The European Union announced new sanctions on Belarusian officials.")).isEmpty();
        assertThat(extract("Cuba denied any involvement in the incident.")).isEmpty();
    }

    @Test
    void readsGerundComplementOfDeny() {
        StatementFinding f = only("Venezuela has denied sending troops to the border with Guyana.");
        assertThat(f.quote()).isEqualTo("sending troops to the border with Guyana");
    }

    @Test
    void readsContentNounWithThatClause() {
        StatementFinding f = only("Syria rejected claims that it had used chemical weapons in Douma.");
        assertThat(f.quote()).isEqualTo("claims that it had used chemical weapons in Douma");
    }

    @Test
    void keepsMixedQuotationAsOneReportedStatement() {
        StatementFinding f = only("EU envoy Josep Borrell said the bloc's response would be \"swift and firm\" if Minsk "
                + "kept pushing migrants to the border.");
        assertThat(f.direct()).isFalse();
        assertThat(f.quote()).isEqualTo("the bloc's response would be \"swift and firm\" if Minsk kept pushing migrants to the border");
    }

    @Test
    void readsCharacterisationAsDirectQuoteAlone() {
        StatementFinding f = only("Chinese Foreign Ministry spokesperson Mao Ning called the measures \"typical unilateral bullying\".");
        assertThat(f.direct()).isTrue();
        assertThat(f.quote()).isEqualTo("typical unilateral bullying");
        assertThat(f.speakerName()).isEqualTo("Mao Ning");
    }

    @Test
    void readsQuotedAsSayingByAgency() {
        StatementFinding f = only("\"The West has lost,\" Russian Deputy Foreign Minister Sergei Ryabkov was quoted as saying by RIA Novosti.");
        assertThat(f.speakerName()).isEqualTo("Sergei Ryabkov");
        List<StatementFinding> g = extract("\"Pressure will not work,\" the TASS news agency quoted Lavrov as saying.");
        assertThat(g).extracting(StatementFinding::speakerName).containsExactly("Lavrov");
    }

    @Test
    void readsAgencyCitingSpeakerAsSaying() {
        StatementFinding f = only("Interfax quoted Russian Foreign Minister Sergei Lavrov as saying Moscow would not accept the price cap.");
        assertThat(f.speakerName()).isEqualTo("Sergei Lavrov");
        assertThat(f.quote()).isEqualTo("Moscow would not accept the price cap");
    }

    @Test
    void readsAccordingToWhenItAttributesQuotedWords() {
        StatementFinding f = only("\"We have frozen assets worth 2 billion euros,\" according to EU Commissioner Mairead McGuinness.");
        assertThat(f.speakerName()).isEqualTo("Mairead McGuinness");
    }

    @Test
    void ignoresScareQuotesAndQuotedNames() {
        assertThat(extract("The tanker, known as \"Grace 1\", was seized off Gibraltar.")).isEmpty();
        assertThat(extract("Analysts describe the network as a 'shadow fleet' of ageing tankers.")).isEmpty();
    }

    @Test
    void keepsSingleQuotedTermsInsideReportedSpeech() {
        StatementFinding f = only("The Kremlin has said the talks will continue in 'a constructive spirit' next month.");
        assertThat(f.speakerName()).isEqualTo("Kremlin");
        assertThat(f.quote()).isEqualTo("the talks will continue in 'a constructive spirit' next month");
    }

    @Test
    void doesNotReportSpeechNestedInsideAQuote() {
        StatementFinding f = only("\"I told them that we would never give up our right to enrichment,\" Iranian President Masoud Pezeshkian said.");
        assertThat(f.direct()).isTrue();
    }

    @Test
    void readsHeadlineWithSpeechVerb() {
        StatementFinding f = only("Iran says US sanctions are economic terrorism");
        assertThat(f.speakerName()).isEqualTo("Iran");
        assertThat(f.quote()).isEqualTo("US sanctions are economic terrorism");
    }

    @Test
    void ignoresRemarksCameInResponse() {
        assertThat(extract("The UN spokesperson Stephane Dujarric's remarks came in response to a question about Myanmar.")).isEmpty();
    }

    @Test
    void readsPropositionBeforeTrailingAttribution() {
        List<StatementFinding> found = extract("Sanctions on Syria will be eased for six months, a State Department spokesperson has said.\n"
                + "\"This is a humanitarian step,\" State Department spokesperson Vedant Patel told reporters.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).quote()).isEqualTo("Sanctions on Syria will be eased for six months");
        assertThat(found.get(0).speakerName()).isEqualTo("Vedant Patel");
    }

    @Test
    void letsUnnamedSpokespersonOfNamedInstitutionSpeakAsIt() {
        StatementFinding f = only("A Treasury spokesperson said the designations were coordinated with the United Kingdom.");
        assertThat(f.speakerName()).isEqualTo("Treasury");
    }

    @Test
    void resolvesInstitutionPronoun() {
        List<StatementFinding> found = extract("Japan imposed export curbs on 12 Chinese entities it accused of supplying Russia's military.");
        assertThat(found).extracting(StatementFinding::speakerName).containsExactly("Japan");
        assertThat(found.get(0).quote()).isEqualTo("supplying Russia's military");
    }

    @Test
    void readsAddingThatAsSecondStatementOfSameSpeaker() {
        List<StatementFinding> found = extract("\"We see no basis for talks,\" Kremlin spokesman Dmitry Peskov told reporters, "
                + "adding that Moscow would study the proposal.");
        assertThat(found).extracting(StatementFinding::quote)
                .containsExactly("We see no basis for talks", "Moscow would study the proposal");
        assertThat(found).extracting(StatementFinding::speakerName).containsOnly("Dmitry Peskov");
    }

    @Test
    void readsHeadlineQuoteFollowedByColonAndSpeaker() {
        StatementFinding f = only("‘We will not bow to pressure’: Iran rejects new EU sanctions");
        assertThat(f.speakerName()).isEqualTo("Iran");
        assertThat(f.quote()).isEqualTo("We will not bow to pressure");
    }

    @Test
    void finishesQuicklyOnPathologicalQuoteMarks() {
        // speed is measured in benchmarks; this prints the split between POS tagging and the rules
        String text = "He said \"a\" and \"b,\" she said. ".repeat(300) + "\n" + "\"".repeat(10_000)
                + "\n" + "\" x ".repeat(3_000);
        long t0 = System.nanoTime();
        var article = Articles.analyze(text, "2024-03-05");
        long t1 = System.nanoTime();
        List<StatementFinding> found = EXTRACTOR.extract(article);
        long t2 = System.nanoTime();
        System.out.printf("pathological article: analysis %d ms, statement rules %d ms, %d statements%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, found.size());
        assertThat(found).isNotNull();
    }

    @Test
    void rejectsMissingActorResolver() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleBasedStatementExtractor(null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
