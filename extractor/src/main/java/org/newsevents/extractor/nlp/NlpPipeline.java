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
    /**
     * Longest token run tagged in one call. OpenNLP's tagger costs more than linear time in the
     * length of one sentence (its context features look across the sentence), so an overlong
     * "sentence" (a scraped page with no full stops, 10,000 quote marks) is tagged in windows;
     * real sentences are far shorter and are tagged whole.
     */
    static final int MAX_TAGGED_TOKENS = 200;

    private final SentenceDetectorME sentenceDetector;
    private final CachingTokenizer tokenizer;
    private final POSTaggerME tagger;
    private long sentencesTokenized;
    private long sentencesTagged;

    public NlpPipeline(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new CachingTokenizer(new TokenizerME(models.tokenizerModel()));
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
     * the raw article text. The sentence is tagged when a token's {@link Token#pos()} is first read
     * (see {@link LazySentenceTags}), on the calling thread: read the tags on the thread that owns
     * this pipeline.
     */
    public List<Token> tag(String sentence, int offset) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        Token.TagSource tags = new LazySentenceTags(words, this::tagSentence);
        sentencesTokenized++;
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(words[i], offset + spans[i].getStart(), offset + spans[i].getEnd(), tags, i));
        }
        return tokens;
    }

    /** Sentences tokenized by {@link #tag} so far, and how many of them a rule had tagged (a measure of the laziness). */
    public TaggingCounts counts() {
        return new TaggingCounts(sentencesTokenized, sentencesTagged);
    }

    public record TaggingCounts(long sentences, long tagged) {
    }

    private String[] tagSentence(String[] words) {
        sentencesTagged++;
        return tagInWindows(words);
    }

    private String[] tagInWindows(String[] words) {
        if (words.length <= MAX_TAGGED_TOKENS) {
            return tagger.tag(words);
        }
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
            int to = Math.min(words.length, from + MAX_TAGGED_TOKENS);
            String[] window = java.util.Arrays.copyOfRange(words, from, to);
            System.arraycopy(tagger.tag(window), 0, tags, from, window.length);
        }
        return tags;
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
