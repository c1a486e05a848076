package org.newsevents.extractor.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link TokenizerME} with its decisions remembered per white-space-delimited chunk.
 * TokenizerME splits the text at white space and then decides, inside each chunk, where to split
 * from the characters of that chunk alone (the bundled model has the alphanumeric shortcut off, so
 * every chunk costs one model evaluation per character). The same chunk ("said", "U.S.", "Moscow's")
 * therefore always splits the same way, and news repeats its words, so each distinct chunk is
 * handed to the tokenizer once and the split is reused: the spans are those TokenizerME gives for
 * the whole text. Not thread-safe (one per {@link NlpPipeline}); the memory is bounded by clearing.
 */
final class CachingTokenizer {
    static final int MAX_ENTRIES = 50_000;
    private static final int[] WHOLE = new int[0];

    private final TokenizerME tokenizer;
    /** chunk -> offsets inside it where TokenizerME splits (empty: kept whole) */
    private final Map<String, int[]> splits = new HashMap<>();

    CachingTokenizer(TokenizerME tokenizer) {
        this.tokenizer = tokenizer;
    }

    Span[] tokenizePos(String text) {
        Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(chunks.length + chunks.length / 4);
        for (Span chunk : chunks) {
            if (chunk.length() < 2) {
                out.add(chunk); // TokenizerME never splits a single character
                continue;
            }
            int[] at = splitsOf(text.substring(chunk.getStart(), chunk.getEnd()));
            int start = chunk.getStart();
            for (int split : at) {
                out.add(new Span(start, chunk.getStart() + split));
                start = chunk.getStart() + split;
            }
            out.add(new Span(start, chunk.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    private int[] splitsOf(String chunk) {
        int[] at = splits.get(chunk);
        if (at == null) {
            Span[] parts = tokenizer.tokenizePos(chunk);
            at = parts.length <= 1 ? WHOLE : new int[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                at[i - 1] = parts[i].getStart();
            }
            if (splits.size() >= MAX_ENTRIES) {
                splits.clear();
            }
            splits.put(chunk, at);
        }
        return at;
    }
}
