package org.newsevents.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.boilerplate.HeuristicBoilerplateClassifier;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.sanctions.SanctionsExtractor;
import org.newsevents.extractor.sanctions.SanctionsFinding;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.schemas.SanctionsAction;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

class ArticleExtractorTest {
    private static final NlpPipeline NLP = new NlpPipeline();
    private static final String TEXT = "Follow us:\n"
            + "US vows more sanctions on North Korea\n"
            + "By Staff | August 1, 2023\n"
            + "Matthew Miller said on Monday the US imposed sanctions on three entities.\n"
            + "In July, Miller said the pressure would continue.\n"
            + "Related Stories\n"
            + "Seoul said sanctions on Monday were a mistake.\n";

    private static ArticleExtractor extractor(String version, ExtractionLimits limits, LongSupplier clock) {
        return new ArticleExtractor(NLP, new HeuristicBoilerplateClassifier(), Doubles.resolver(), Doubles.dates(),
                Doubles.statements(), Doubles.sanctions(), version, limits, clock);
    }

    private static ArticleExtractor extractor() {
        return extractor("1.0-test", ExtractionLimits.DEFAULT, System::nanoTime);
    }

    private static Article article(String text) {
        return Article.newBuilder().setId("article-1").setSource("test.txt").setReceivedAt(Instant.parse("2024-01-02T10:00:00Z"))
                .setText(text).build();
    }

    @Test
    void sameArticleAndVersionGiveTheSameEventIds() {
        Extraction a = extractor().extract(article(TEXT));
        Extraction b = extractor().extract(article(TEXT));
        assertThat(a).isEqualTo(b);
        assertThat(a.dates()).extracting(DateMention::getEventId).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[0-9a-f]{32}"));
    }

    @Test
    void anotherVersionGivesOtherEventIds() {
        Extraction a = extractor().extract(article(TEXT));
        Extraction b = extractor("2.0-test", ExtractionLimits.DEFAULT, System::nanoTime).extract(article(TEXT));
        assertThat(b.dates().get(0).getEventId()).isNotEqualTo(a.dates().get(0).getEventId());
        assertThat(b.summary().getExtractorVersion()).isEqualTo("2.0-test");
    }

    @Test
    void eventsAreSortedByStartAndNoneComesFromBoilerplate() {
        Extraction x = extractor().extract(article(TEXT));
        int related = TEXT.indexOf("Related Stories");
        assertThat(x.dates()).extracting(DateMention::getStart).isSorted().allMatch(s -> s < related);
        assertThat(x.statements()).extracting(Statement::getStart).isSorted().allMatch(s -> s < related);
        assertThat(x.sanctions()).extracting(SanctionsMention::getStart).isSorted().allMatch(s -> s < related);
        assertThat(x.dates()).extracting(DateMention::getText).containsExactly("Monday", "July");
        assertThat(x.sanctions()).hasSize(2);
        assertThat(x.sanctions().get(0).getText()).isEqualTo(TEXT.substring(x.sanctions().get(0).getStart(), x.sanctions().get(0).getEnd()));
    }

    @Test
    void summaryCarriesCountsHeadlineAndPublishedDate() {
        Extraction x = extractor().extract(article(TEXT));
        assertThat(x.summary().getArticleId()).isEqualTo("article-1");
        assertThat(x.summary().getSource()).isEqualTo("test.txt");
        assertThat(x.summary().getHeadline()).isEqualTo("US vows more sanctions on North Korea");
        assertThat(x.summary().getPublished()).isEqualTo("2023-08-01");
        assertThat(x.summary().getPublishedFrom()).isEqualTo(PublishedFrom.TEXT);
        assertThat(x.summary().getDateCount()).isEqualTo(x.dates().size()).isEqualTo(2);
        assertThat(x.summary().getStatementCount()).isEqualTo(x.statements().size()).isEqualTo(2);
        assertThat(x.summary().getSanctionsCount()).isEqualTo(x.sanctions().size()).isEqualTo(2);
    }

    @Test
    void feedPublishedDateWins() {
        Article a = Article.newBuilder(article(TEXT)).setPublished("2023-07-30").build();
        Extraction x = extractor().extract(a);
        assertThat(x.summary().getPublished()).isEqualTo("2023-07-30");
        assertThat(x.summary().getPublishedFrom()).isEqualTo(PublishedFrom.FEED);
    }

    @Test
    void statementIsDatedByADayInTheSentenceOfItsCueOnly() {
        Extraction x = extractor().extract(article(TEXT));
        assertThat(x.statements().get(0).getQuote()).isEqualTo("on Monday the US imposed sanctions on three entities");
        assertThat(x.statements().get(0).getDate()).isEqualTo("2023-07-31");
        assertThat(x.statements().get(0).getCue()).isEqualTo("said");
        assertThat(x.statements().get(0).getSpeaker().getName()).isEqualTo("Matthew Miller");
        // "In July" names a month, not a day: no date.
        assertThat(x.statements().get(1).getDate()).isNull();
        assertThat(x.sanctions().get(1).getDate()).isEqualTo("2023-07-31");
    }

    @Test
    void sanctionsActorsBecomeAvroActors() {
        SanctionsMention m = extractor().extract(article(TEXT)).sanctions().get(0);
        assertThat(m.getAction()).isEqualTo(SanctionsAction.IMPOSE);
        assertThat(m.getImposer().getCode()).isEqualTo("USA");
        assertThat(m.getTargets()).extracting(t -> t.getCode()).containsExactly("PRK");
    }

    @Test
    void articleWithoutHeadlineHasNullHeadline() {
        Extraction x = extractor().extract(article("Washington, Aug 1 Matthew Miller said on Monday the US imposed sanctions on three entities.\n"));
        assertThat(x.summary().getHeadline()).isNull();
    }

    @Test
    void rejectsEmptyArticle() {
        assertRejected(article(""), "EMPTY");
        assertRejected(article(" \n\t \n"), "EMPTY");
    }

    @Test
    void rejectsBinaryArticle() {
        assertRejected(article("Some text\u0000more"), "BINARY");
        assertRejected(article("ab\u0001\u0002\u0003\u0004cd".repeat(20)), "BINARY");
    }

    @Test
    void rejectsArticleOverTheLengthLimit() {
        ArticleExtractor small = extractor("1.0-test", ExtractionLimits.DEFAULT.withMaxChars(50), System::nanoTime);
        assertThatThrownBy(() -> small.extract(article(TEXT)))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> assertThat(e.reasonCode()).isEqualTo("TOO_LARGE"));
    }

    @Test
    void rejectsNonEnglishArticleAndAcceptsEnglishOrUnknown() {
        assertRejected(Article.newBuilder(article(TEXT)).setLanguage("deu").build(), "NOT_ENGLISH");
        assertThat(extractor().extract(Article.newBuilder(article(TEXT)).setLanguage("eng").build()).dates()).isNotEmpty();
        assertThat(extractor().extract(Article.newBuilder(article(TEXT)).setLanguage(null).build()).dates()).isNotEmpty();
    }

    @Test
    void rejectsArticleThatOutrunsItsTimeBudget() {
        AtomicLong now = new AtomicLong();
        // Every clock read advances one second: the 5 s budget is spent within the first sentences.
        LongSupplier clock = () -> now.addAndGet(1_000_000_000L);
        ArticleExtractor slow = extractor("1.0-test", ExtractionLimits.DEFAULT.withTimeBudget(Duration.ofSeconds(5)), clock);
        String many = "Miller said the talks went well on Monday. ".repeat(20);
        assertThatThrownBy(() -> slow.extract(article(many)))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("TIMEOUT");
                    assertThat(e.detail()).contains("5000 ms");
                });
    }

    @Test
    void extractorSpanOutsideTheTextFailsLoudly() {
        SanctionsExtractor broken = a -> List.of(new SanctionsFinding(0, a.text().length() + 5, "x", "x",
                SanctionsAction.OTHER, null, List.of()));
        ArticleExtractor x = new ArticleExtractor(NLP, new HeuristicBoilerplateClassifier(), Doubles.resolver(), Doubles.dates(),
                Doubles.statements(), broken, "v", ExtractionLimits.DEFAULT, System::nanoTime);
        assertThatThrownBy(() -> x.extract(article(TEXT))).isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the text");
    }

    @Test
    void versionFromTheBuildIsFiltered() {
        assertThat(ExtractorVersion.current()).isNotBlank().doesNotContain("${");
    }

    private static void assertRejected(Article a, String reason) {
        assertThatThrownBy(() -> extractor().extract(a))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> assertThat(e.reasonCode()).isEqualTo(reason));
    }
}
