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

    @Test
    void tagsASentenceWhenATagIsFirstReadAndGivesTheTagsOfTheWholeSentence() {
        NlpModels models = NlpModels.get();
        NlpPipeline nlp = new NlpPipeline(models);
        String sentence = "The European Union said on Monday it would impose new sanctions on Russia.";
        java.util.List<Token> tokens = nlp.tag(sentence, 100);
        assertThat(nlp.counts()).isEqualTo(new NlpPipeline.TaggingCounts(1, 0));

        String last = tokens.get(tokens.size() - 2).pos(); // any token tags the whole sentence
        assertThat(nlp.counts()).isEqualTo(new NlpPipeline.TaggingCounts(1, 1));
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        String[] eager = new opennlp.tools.postag.POSTaggerME(models.posModel()).tag(words);
        assertThat(tokens.stream().map(Token::pos)).containsExactly(eager);
        assertThat(last).isEqualTo(eager[eager.length - 2]);
        assertThat(nlp.counts().tagged()).isEqualTo(1);
        assertThat(tokens.get(0).start()).isEqualTo(100);
    }
}
