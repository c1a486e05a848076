package org.newsevents.extractor.text;

import java.util.List;

/**
 * A sentence of article content (never boilerplate). Offsets index the raw article text;
 * {@code text} equals {@code article.substring(start, end)}.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, int paragraphIndex) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
