package org.newsevents.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsevents.extractor.text.Token;

/**
 * Sentence detection, tokenization and POS tagging over one block of text. Not thread-safe
 * (OpenNLP's *ME classes keep state): one instance per thread, models shared through {@link NlpModels}.
 */
public final class NlpPipeline {
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public NlpPipeline(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel());
    }

    public NlpPipeline() {
        this(NlpModels.get());
    }

    /** Sentence spans of {@code text}, relative to it. */
    public Span[] sentences(String text) {
        return sentenceDetector.sentPosDetect(text);
    }

    /**
     * Tokens of one sentence with UPOS tags; offsets are shifted by {@code offset} so they index
     * the raw article text.
     */
    public List<Token> tag(String sentence, int offset) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i]));
        }
        return tokens;
    }

    /** Tokens without POS tags (pos = null), for cheap passes that do not need them. */
    public List<Token> tokenize(String sentence, int offset) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span s : spans) {
            tokens.add(new Token(sentence.substring(s.getStart(), s.getEnd()), offset + s.getStart(), offset + s.getEnd(), null));
        }
        return tokens;
    }
}
