package org.newsevents.extractor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.boilerplate.HeuristicBoilerplateClassifier;
import org.newsevents.extractor.pipeline.ArticleExtractor;
import org.newsevents.extractor.published.PublishedDate;
import org.newsevents.schemas.PublishedFrom;

class OfflineBenchmarkTest {
    private static final OfflineBenchmark.ExtractorFactory DOUBLES = limits -> new ArticleExtractor(
            new HeuristicBoilerplateClassifier(),
            (text, paragraphs, feed, received) -> new PublishedDate(LocalDate.parse("2024-01-01"), PublishedFrom.TEXT),
            (a, d) -> List.of(), (a, d) -> List.of(), a -> List.of(), "bench-test", limits);

    @Test
    void reportsEveryFigureOnATinyCorpus() throws InterruptedException {
        List<String> corpus = List.of("Minister vows response\nThe minister said the talks would resume next week.\n",
                "Seoul said on Monday that it would respond.\n");
        OfflineBenchmark.Options tiny = new OfflineBenchmark.Options(Duration.ZERO, Duration.ZERO, 2, 300, 3_000);
        OfflineBenchmark.Result r = OfflineBenchmark.run(corpus, DOUBLES, tiny);
        assertThat(r.corpusArticles()).isEqualTo(2);
        assertThat(r.corpusWords()).isEqualTo(20);
        assertThat(r.extraction().articles()).isGreaterThanOrEqualTo(2);
        assertThat(r.posOnly().articles()).isGreaterThanOrEqualTo(2);
        assertThat(r.multiThread()).isNotNull();
        assertThat(r.smallChars()).isBetween(150, 300);
        assertThat(r.largeChars()).isBetween(1_500, 3_000);
        assertThat(r.largeToSmallRatio()).isPositive();
        assertThat(r.rejected()).isZero();
        assertThat(OfflineBenchmark.render(r)).contains("articles/s", "overhead", "large / small cost", "2 threads");
    }

    @Test
    void syntheticArticleIsCutAtALineEnd() {
        String s = OfflineBenchmark.synthetic(List.of("aaaa bbbb\ncccc dddd\n"), 100);
        assertThat(s.length()).isBetween(50, 100);
        assertThat(s).matches("(?s).*(bbbb|dddd)");
    }
}
