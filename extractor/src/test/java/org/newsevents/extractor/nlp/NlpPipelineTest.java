package org.newsevents.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Token;

class NlpPipelineTest {
    @Test
    void tagsTokensWithOffsetsIntoTheRawText() {
        String text = "Intro line.\nMatthew Miller said the United States would impose sanctions. He left.";
        AnalyzedArticle a = Articles.analyze(text, "2023-08-01");
        assertThat(a.sentences()).hasSize(3);
        for (var s : a.sentences()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        assertThat(a.sentences().get(1).tokens().get(0).pos()).isEqualTo("PROPN");
    }
}
