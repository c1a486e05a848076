package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;
import org.newsevents.schemas.Granularity;

class RuleBasedDateExtractorTest {
    private static final RuleBasedDateExtractor EXTRACTOR = RuleBasedDateExtractor.load();

    @Test
    void reportsOffsetsIntoTheRawTextAndTheGranularity() {
        String text = "Headline\nThe EU acted last week, since 2006, in July and on Monday.";
        List<DateFinding> found = EXTRACTOR.extract(Articles.analyze(text, "2023-09-05"));
        assertThat(found).extracting(DateFinding::granularity)
                .containsExactly(Granularity.WEEK, Granularity.YEAR, Granularity.MONTH, Granularity.DAY);
        for (DateFinding f : found) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }

    @Test
    void skipsBoilerplateParagraphs() {
        String text = "February 07, 2026 09:53 am (IST)\nThe talks began on Monday.";
        List<Paragraph> paragraphs = new ArrayList<>(Articles.plainParagraphs(text));
        Paragraph stamp = paragraphs.get(0);
        paragraphs.set(0, new Paragraph(0, stamp.start(), stamp.end(), stamp.text(), true, "page stamp"));
        AnalyzedArticle analyzed = Articles.analyze(text, "2023-09-12");
        AnalyzedArticle article = new AnalyzedArticle(text, paragraphs,
                analyzed.sentences().stream().filter(s -> s.paragraphIndex() == 1).toList(), analyzed.published(), Optional.empty());
        assertThat(EXTRACTOR.extract(article)).extracting(DateFinding::text).containsExactly("Monday");
    }

    @Test
    void readsADateSplitAcrossASentenceBoundary() {
        assertThat(dates("The vote took place on Jan. 28, 2019, diplomats said.", "2019-02-01"))
                .containsExactly("Jan. 28, 2019=2019-01-28");
    }

    @Test
    void refusesAnArticleWithoutPublicationDate() {
        AnalyzedArticle a = Articles.analyze("On Monday.", "2023-01-01");
        AnalyzedArticle undated = new AnalyzedArticle(a.text(), a.paragraphs(), a.sentences(), null, a.headline());
        assertThatThrownBy(() -> EXTRACTOR.extract(undated)).hasMessageContaining("publication date");
    }

    @Test
    void givesTheSameResultsWhenSharedAcrossThreads() throws Exception {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (String seed : SeedCorpus.SEEDS) {
            articles.add(Articles.analyze(Articles.seed(seed), "2023-09-12"));
        }
        List<List<DateFinding>> expected = articles.stream().map(EXTRACTOR::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int r = 0; r < 40; r++) {
                int k = r % articles.size();
                runs.add(pool.submit(() -> EXTRACTOR.extract(articles.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void finishesOnPathologicalTokenRuns() {
        // One huge sentence of digits, separators, month names and quote marks: every rule looks at a
        // bounded number of tokens, so this completes in one pass (speed itself is a benchmark concern).
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append("\"May 2023-09-1 12/12/12/ last the and a half ");
        }
        String text = sb.toString();
        List<Token> tokens = List.of();
        AnalyzedArticle article = new AnalyzedArticle(text, List.of(new Paragraph(0, 0, text.length(), text, false, null)),
                List.of(new Sentence(0, 0, text.length(), text, tokens, 0)), LocalDate.parse("2024-01-01"), Optional.empty());
        assertThat(EXTRACTOR.extract(article)).isNotNull();
    }
}
