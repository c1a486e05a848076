package org.newsevents.extractor.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.newsevents.extractor.boilerplate.BoilerplateClassifier;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;

/**
 * Turns raw text into an {@link AnalyzedArticle}: paragraphs classified, content paragraphs split
 * into POS-tagged sentences, the headline chosen by {@link HeadlineFinder}. Sentences never cross
 * a paragraph boundary; a paragraph longer than {@code maxChunkChars} is analyzed chunk by chunk
 * (see {@link ExtractionLimits}) so that the sentence detector and the tagger never see an
 * unbounded input. Not thread-safe (owns an {@link NlpPipeline}).
 */
public final class ArticleAnalyzer {
    private final NlpPipeline nlp;
    private final BoilerplateClassifier boilerplate;
    private final int maxChunkChars;

    public ArticleAnalyzer(NlpPipeline nlp, BoilerplateClassifier boilerplate) {
        this(nlp, boilerplate, ExtractionLimits.DEFAULT.maxChunkChars());
    }

    public ArticleAnalyzer(NlpPipeline nlp, BoilerplateClassifier boilerplate, int maxChunkChars) {
        this.nlp = nlp;
        this.boilerplate = boilerplate;
        this.maxChunkChars = maxChunkChars;
    }

    public List<Paragraph> paragraphs(String text) {
        return boilerplate.classify(text);
    }

    public AnalyzedArticle analyze(String text, List<Paragraph> paragraphs, LocalDate published) {
        return analyze(text, paragraphs, published, Deadline.none());
    }

    /** As {@link #analyze(String, List, LocalDate)}, checking {@code deadline} after every sentence. */
    public AnalyzedArticle analyze(String text, List<Paragraph> paragraphs, LocalDate published, Deadline deadline) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.boilerplate()) {
                continue;
            }
            int chunkStart = p.start();
            while (chunkStart < p.end()) {
                int chunkEnd = chunkEnd(text, chunkStart, p.end());
                String chunk = text.substring(chunkStart, chunkEnd);
                for (Span s : nlp.sentences(chunk)) {
                    int start = chunkStart + s.getStart();
                    int end = chunkStart + s.getEnd();
                    String sentence = text.substring(start, end);
                    sentences.add(new Sentence(sentences.size(), start, end, sentence, nlp.tag(sentence, start), p.index()));
                    deadline.check("sentence analysis");
                }
                chunkStart = chunkEnd;
            }
        }
        return new AnalyzedArticle(text, paragraphs, sentences, published, HeadlineFinder.find(paragraphs));
    }

    /**
     * End of the chunk starting at {@code from}: the whole rest when it fits, else just after the
     * last sentence end (". ", "? ", "! ") in the second half of the window, else after its last
     * space, else the window's end (never between the halves of a surrogate pair).
     */
    int chunkEnd(String text, int from, int paragraphEnd) {
        if (paragraphEnd - from <= maxChunkChars) {
            return paragraphEnd;
        }
        int limit = from + maxChunkChars;
        int half = from + maxChunkChars / 2;
        int space = -1;
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '?' || before == '!') {
                    return i + 1;
                }
                if (space < 0) {
                    space = i + 1;
                }
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
