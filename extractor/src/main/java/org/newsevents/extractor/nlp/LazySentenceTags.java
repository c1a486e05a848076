package org.newsevents.extractor.nlp;

import java.util.function.Function;
import org.newsevents.extractor.text.Token;

/**
 * The POS tags of one sentence, computed by the tagger the first time any token asks for its tag
 * and kept. The tagger sees the whole sentence whenever it runs, so every tag equals the one an
 * eager tagging would have given; only sentences whose tags a rule reads pay for tagging.
 * Not thread-safe, like the tagger it calls.
 */
final class LazySentenceTags implements Token.TagSource {
    private final String[] words;
    private Function<String[], String[]> tagger;
    private String[] tags;

    LazySentenceTags(String[] words, Function<String[], String[]> tagger) {
        this.words = words;
        this.tagger = tagger;
    }

    @Override
    public String tag(int index) {
        if (tags == null) {
            tags = tagger.apply(words);
            tagger = null; // the sentence is tagged once; do not keep the pipeline reachable
        }
        return tags[index];
    }

}
