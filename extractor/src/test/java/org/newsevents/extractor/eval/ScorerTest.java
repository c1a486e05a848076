package org.newsevents.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.eval.GoldLoader.GoldSpans;
import org.newsevents.extractor.eval.Spans.DateSpan;
import org.newsevents.extractor.eval.Spans.QuoteSpan;
import org.newsevents.extractor.eval.Spans.SanctionSpan;

class ScorerTest {
    private static final String TEXT = "Miller said the US would impose sanctions on Monday. Kim said nothing about sanctions in 2023.";

    private static ArticleScore score(GoldSpans gold, SystemOutput sys) {
        return Scorer.score("a.txt", TEXT, gold, sys, null);
    }

    private static GoldSpans gold(List<DateSpan> d, List<QuoteSpan> q, List<SanctionSpan> s) {
        return new GoldSpans("2023-08-01", d, q, s);
    }

    private static SystemOutput sys(List<DateSpan> d, List<QuoteSpan> q, List<SanctionSpan> s) {
        return new SystemOutput("2023-08-01", d, q, s);
    }

    @Test
    void tokenF1CountsSharedTokensOfBothBags() {
        // 3 shared of 4 + 4 tokens: 2*3/8.
        assertThat(Scorer.tokenF1("We will impose sanctions", "we would impose sanctions")).isEqualTo(0.75);
        assertThat(Scorer.tokenF1("a a b", "a b b")).isCloseTo(2.0 * 2 / 6, within(1e-9));
        assertThat(Scorer.tokenF1("", "x")).isZero();
    }

    @Test
    void lastNameIsTheLastTokenCaseInsensitive() {
        assertThat(Scorer.sameLastName("Matthew Miller", "MILLER")).isTrue();
        assertThat(Scorer.sameLastName("Kim Yong-hyun", "Yong-hyun")).isTrue();
        assertThat(Scorer.sameLastName("Kim Jong Un", "Kim")).isFalse();
        assertThat(Scorer.sameLastName(null, "x")).isFalse();
    }

    @Test
    void datesNeedOverlapAndEqualValueForValueScoresAndOnlyOverlapForSpanScores() {
        ArticleScore s = score(
                gold(List.of(new DateSpan(45, 51, "2023-07-31"), new DateSpan(89, 93, "2023")), List.of(), List.of()),
                sys(List.of(new DateSpan(42, 51, "2023-07-30"), new DateSpan(89, 93, "2023"), new DateSpan(0, 6, "2020")), List.of(), List.of()));
        assertThat(s.datesSpan()).isEqualTo(new Counts(2, 3, 2));
        assertThat(s.datesValue()).isEqualTo(new Counts(1, 3, 2));
        assertThat(s.datesValue().precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.datesValue().recall()).isEqualTo(0.5);
        assertThat(s.datesValue().f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void matchingIsOneToOneByBestOverlap() {
        // Two system spans overlap one gold span: the larger overlap wins, the other is a false positive.
        ArticleScore s = score(gold(List.of(new DateSpan(45, 51, "d")), List.of(), List.of()),
                sys(List.of(new DateSpan(44, 46, "d"), new DateSpan(45, 51, "d")), List.of(), List.of()));
        assertThat(s.datesValue()).isEqualTo(new Counts(1, 2, 1));
        assertThat(GreedyMatcher.match(List.of(new DateSpan(45, 51, "d")), List.of(new DateSpan(44, 46, "d"), new DateSpan(45, 51, "d")),
                (g, x) -> Spans.overlapLength(g.start(), g.end(), x.start(), x.end()))).containsExactly(new GreedyMatcher.Pair(0, 1));
    }

    @Test
    void statementNeedsQuoteF1OfAHalfAndTheSpeakersLastName() {
        QuoteSpan gold = new QuoteSpan(12, 51, "the US would impose sanctions on Monday", "Matthew Miller");
        QuoteSpan wrongSpeaker = new QuoteSpan(12, 41, "the US would impose sanctions", "Kim");
        ArticleScore s = score(gold(List.of(), List.of(gold), List.of()), sys(List.of(), List.of(wrongSpeaker), List.of()));
        assertThat(s.quotes()).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.statements()).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.speakerLastName()).isEqualTo(new Ratio(0, 1));

        QuoteSpan rightSpeaker = new QuoteSpan(12, 41, "the US would impose sanctions", "Miller");
        s = score(gold(List.of(), List.of(gold), List.of()), sys(List.of(), List.of(rightSpeaker), List.of()));
        assertThat(s.statements()).isEqualTo(new Counts(1, 1, 1));
        assertThat(s.speakerLastName()).isEqualTo(new Ratio(1, 1));
        assertThat(s.speakerFullName()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void overlappingQuoteWithTokenF1BelowAHalfDoesNotMatch() {
        QuoteSpan gold = new QuoteSpan(12, 51, "the US would impose sanctions on Monday", "Miller");
        QuoteSpan tiny = new QuoteSpan(12, 15, "the", "Miller");
        ArticleScore s = score(gold(List.of(), List.of(gold), List.of()), sys(List.of(), List.of(tiny), List.of()));
        assertThat(s.statements()).isEqualTo(new Counts(0, 1, 1));
        assertThat(s.statements().f1()).isZero();
    }

    @Test
    void sanctionsMatchWithinOneSentenceAndJudgeActionImposerAndTargets() {
        SanctionSpan g1 = new SanctionSpan(16, 41, "THREATEN", "USA", Set.of("PRK"));
        SanctionSpan g2 = new SanctionSpan(57, 85, "OTHER", null, Set.of());
        SanctionSpan s1 = new SanctionSpan(25, 51, "IMPOSE", "USA", Set.of("PRK"));
        // Starts in the first sentence, overlaps the second's gold: not the same sentence.
        SanctionSpan s2 = new SanctionSpan(45, 70, "OTHER", null, Set.of());
        ArticleScore s = score(gold(List.of(), List.of(), List.of(g1, g2)), sys(List.of(), List.of(), List.of(s1, s2)));
        assertThat(s.sanctions()).isEqualTo(new Counts(1, 2, 2));
        assertThat(s.action()).isEqualTo(new Ratio(0, 1));
        assertThat(s.imposer()).isEqualTo(new Ratio(1, 1));
        assertThat(s.targets()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void publishedDateIsRightOrWrong() {
        assertThat(score(gold(List.of(), List.of(), List.of()), sys(List.of(), List.of(), List.of())).published()).isEqualTo(new Ratio(1, 1));
        assertThat(score(gold(List.of(), List.of(), List.of()), new SystemOutput("2023-08-02", List.of(), List.of(), List.of())).published())
                .isEqualTo(new Ratio(0, 1));
    }

    @Test
    void nothingToFindAndNothingFoundScoresOne() {
        ArticleScore s = score(gold(List.of(), List.of(), List.of()), SystemOutput.empty());
        assertThat(s.sanctions().f1()).isEqualTo(1.0);
        assertThat(s.action().value()).isNaN();
        assertThat(new Counts(0, 0, 3).f1()).isZero();
    }

    @Test
    void sentencesAreCountedPerLine() {
        SentenceIndex idx = new SentenceIndex("One here. Two there.\nThree.");
        assertThat(idx.sentenceOf(0)).isEqualTo(0);
        assertThat(idx.sentenceOf(10)).isEqualTo(1);
        assertThat(idx.sentenceOf(19)).isEqualTo(1);
        assertThat(idx.sentenceOf(21)).isEqualTo(2);
    }
}
