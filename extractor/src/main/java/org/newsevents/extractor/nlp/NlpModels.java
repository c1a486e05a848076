package org.newsevents.extractor.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Apache OpenNLP English models (UD EWT, from the opennlp-models-*-en jars on the classpath),
 * loaded once per process. Models are immutable and shared; the *ME classes built on them are not
 * thread-safe, so each thread builds its own {@link NlpPipeline}.
 */
public final class NlpModels {
    private static final Logger LOG = LoggerFactory.getLogger(NlpModels.class);
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile NlpModels instance;

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
    }

    /** The process-wide models, loaded on first use; throws {@link IllegalStateException} naming the missing model. */
    public static NlpModels get() {
        NlpModels local = instance;
        if (local == null) {
            synchronized (NlpModels.class) {
                local = instance;
                if (local == null) {
                    instance = local = load();
                }
            }
        }
        return local;
    }

    private static NlpModels load() {
        long t0 = System.nanoTime();
        NlpModels models = new NlpModels(
                unchecked(() -> new SentenceModel(open(SENTENCE_MODEL)), SENTENCE_MODEL),
                unchecked(() -> new TokenizerModel(open(TOKEN_MODEL)), TOKEN_MODEL),
                unchecked(() -> new POSModel(open(POS_MODEL)), POS_MODEL));
        LOG.info("OpenNLP models loaded (sentences, tokens, POS) in {} ms", (System.nanoTime() - t0) / 1_000_000);
        return models;
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath: "
                    + "the org.apache.opennlp:opennlp-models-*-en jars must be present");
        }
        return in;
    }

    // The model constructors declare IOException; a corrupt model is fatal, so it fails fast with its name.
    private static <T> T unchecked(IoSupplier<T> supplier, String what) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + what + ": " + e.getMessage(), e);
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    public SentenceModel sentenceModel() {
        return sentences;
    }

    public TokenizerModel tokenizerModel() {
        return tokens;
    }

    public POSModel posModel() {
        return pos;
    }
}
