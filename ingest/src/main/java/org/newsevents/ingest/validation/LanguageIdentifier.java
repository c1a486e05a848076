package org.newsevents.ingest.validation;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects an article's language (ISO 639-3, e.g. {@code eng}) with OpenNLP's language detector and its
 * published 103-language model ({@code /langdetect-183.bin} from opennlp-models-langdetect). The model is
 * loaded once and shared; detectors are per thread because {@link LanguageDetectorME} is not thread-safe.
 * Non-English articles are accepted and flagged through {@code Article.language}: the extractor skips them.
 */
public final class LanguageIdentifier {
    public static final String ENGLISH = "eng";
    /** ISO 639-3 "undetermined": too little text to tell (the model calls "Hello" Waray). */
    public static final String UNDETERMINED = "und";
    /** Below this many letters the detector's answer is noise. */
    static final int MIN_LETTERS = 20;
    public static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** The language of a long article is settled by its beginning; this keeps detection cost bounded. */
    static final int MAX_CHARS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(LanguageIdentifier.class);
    private static volatile LanguageIdentifier shared;

    private final ThreadLocal<LanguageDetectorME> detectors;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The process-wide instance; loads the model on first use and fails fast when it is missing. */
    public static LanguageIdentifier get() {
        LanguageIdentifier instance = shared;
        if (instance == null) {
            synchronized (LanguageIdentifier.class) {
                instance = shared;
                if (instance == null) {
                    instance = load();
                    shared = instance;
                }
            }
        }
        return instance;
    }

    private static LanguageIdentifier load() {
        long start = System.nanoTime();
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE
                    + " is not on the class path (dependency org.apache.opennlp:opennlp-models-langdetect)");
            }
            LanguageDetectorModel model = new LanguageDetectorModel(in);
            LOG.info("language model {} loaded in {} ms", MODEL_RESOURCE, (System.nanoTime() - start) / 1_000_000);
            return new LanguageIdentifier(model);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load language model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The most likely language of {@code text} as an ISO 639-3 code, or {@value #UNDETERMINED} for fewer than 20 letters. */
    public String detect(String text) {
        if (!hasLetters(text, MIN_LETTERS)) {
            return UNDETERMINED;
        }
        CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
        Language best = detectors.get().predictLanguage(sample);
        return best.getLang();
    }

    private static boolean hasLetters(String text, int wanted) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < wanted; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= wanted;
    }
}
