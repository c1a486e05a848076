package org.newsevents.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.boilerplate.HeuristicBoilerplateClassifier;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;

class ArticleAnalyzerTest {
    private static final NlpPipeline NLP = new NlpPipeline();
    private static final HeuristicBoilerplateClassifier CLASSIFIER = new HeuristicBoilerplateClassifier();

    private static AnalyzedArticle analyze(String text, int maxChunk) {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NLP, CLASSIFIER, maxChunk);
        return analyzer.analyze(text, analyzer.paragraphs(text), LocalDate.parse("2023-09-12"));
    }

    @Test
    void longLineIsAnalyzedInChunksWithExactOffsets() {
        String text = "The minister said the talks would resume next week in the capital. ".repeat(60)
                + "word ".repeat(300);
        AnalyzedArticle a = analyze(text, 500);
        assertThat(a.sentences()).isNotEmpty();
        for (Sentence s : a.sentences()) {
            assertThat(s.end() - s.start()).isLessThanOrEqualTo(500);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            s.tokens().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        }
        // Cuts fall after sentence ends where there are some: the first sentences are whole.
        assertThat(a.sentences().get(0).text()).isEqualTo("The minister said the talks would resume next week in the capital.");
    }

    @Test
    void boilerplateParagraphsYieldNoSentences() {
        String body = "The minister said the talks with the neighbours would resume in the capital next week.";
        String text = "Minister vows response\n" + body + "\nRelated Stories\nOther story said things.\n";
        AnalyzedArticle a = analyze(text, 10_000);
        assertThat(a.sentences()).extracting(Sentence::text).containsExactly("Minister vows response", body);
    }

    @Test
    void headlineIsTheFirstTitleLikeContentLineNotADateLineOrCaption() {
        assertThat(analyze(Articles.seed("004_63df4701a077cafa.txt"), 10_000).headline()).map(Paragraph::text)
                .contains("N.Korea pledges elevated ties with Russia");
        assertThat(analyze(Articles.seed("002_0b1264241c366305.txt"), 10_000).headline()).map(Paragraph::text)
                .contains("North Korean leader Kim Jong Un arrives in Russia for summit with Vladimir Putin, US threatens sanctions");
        assertThat(analyze(Articles.seed("003_be7b42b11361cc58.txt"), 10_000).headline()).map(Paragraph::text)
                .contains("US continues to monitor N. Korea's support for Russia: Pentagon");
    }

    @Test
    void wireCopyStartingWithItsDatelineHasNoHeadline() {
        assertThat(analyze(Articles.seed("000_28892a26cdc44105.txt"), 10_000).headline()).isEmpty();
        assertThat(analyze(Articles.seed("001_1a496bfdc040521a.txt"), 10_000).headline()).isEmpty();
    }
}
