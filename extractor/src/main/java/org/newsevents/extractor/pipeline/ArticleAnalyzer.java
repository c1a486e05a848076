package org.newsevents.extractor.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.util.Span;
import org.newsevents.extractor.boilerplate.BoilerplateClassifier;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;

/**
 * Turns raw text into an {@link AnalyzedArticle}: paragraphs classified, content paragraphs split
 * into POS-tagged sentences. Sentences never cross a paragraph boundary. Not thread-safe (owns an
 * {@link NlpPipeline}).
 */
public final class ArticleAnalyzer {
    private final NlpPipeline nlp;
    private final BoilerplateClassifier boilerplate;

    public ArticleAnalyzer(NlpPipeline nlp, BoilerplateClassifier boilerplate) {
        this.nlp = nlp;
        this.boilerplate = boilerplate;
    }

    public List<Paragraph> paragraphs(String text) {
        return boilerplate.classify(text);
    }

    public AnalyzedArticle analyze(String text, List<Paragraph> paragraphs, LocalDate published) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.boilerplate()) {
                continue;
            }
            for (Span s : nlp.sentences(p.text())) {
                int start = p.start() + s.getStart();
                int end = p.start() + s.getEnd();
                String sentence = text.substring(start, end);
                sentences.add(new Sentence(sentences.size(), start, end, sentence, nlp.tag(sentence, start), p.index()));
            }
        }
        Optional<Paragraph> headline = paragraphs.stream().filter(p -> !p.boilerplate()).findFirst();
        return new AnalyzedArticle(text, paragraphs, sentences, published, headline);
    }
}
