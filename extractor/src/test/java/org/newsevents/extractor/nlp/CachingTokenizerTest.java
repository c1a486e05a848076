package org.newsevents.extractor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class CachingTokenizerTest {
    private final TokenizerME plain = new TokenizerME(NlpModels.get().tokenizerModel());

    @Test
    void givesTheSpansOfTokenizerMeOnEveryLineOfTheCorpusTwice() throws IOException {
        CachingTokenizer cached = new CachingTokenizer(new TokenizerME(NlpModels.get().tokenizerModel()));
        List<String> lines;
        try (Stream<Path> files = Files.list(Path.of("..", "corpus"))) {
            lines = files.filter(f -> f.toString().endsWith(".txt")).sorted()
                    .flatMap(f -> read(f).lines()).filter(l -> !l.isBlank()).toList();
        }
        assertThat(lines).hasSizeGreaterThan(50);
        for (int pass = 0; pass < 2; pass++) { // the second pass is served from memory
            for (String line : lines) {
                assertThat(cached.tokenizePos(line)).as(line).containsExactly(plain.tokenizePos(line));
            }
        }
    }

    @Test
    void splitsContractionsQuotesAndAbbreviationsAsTokenizerMeDoes() {
        CachingTokenizer cached = new CachingTokenizer(new TokenizerME(NlpModels.get().tokenizerModel()));
        String text = "\u201CWe don't know,\u201D the U.S. envoy said\u00A0on Jan. 5 -- a \"test\"\t(again)   Trump's "
                + "e-mail: x@y.org; 3.5% and 1,000.";
        for (int pass = 0; pass < 2; pass++) {
            Span[] spans = cached.tokenizePos(text);
            assertThat(spans).containsExactly(plain.tokenizePos(text));
        }
    }

    @Test
    void forgetsEverythingWhenFullAndKeepsGivingTheSameSpans() {
        CachingTokenizer cached = new CachingTokenizer(new TokenizerME(NlpModels.get().tokenizerModel()));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CachingTokenizer.MAX_ENTRIES + 10; i++) {
            b.append("w").append(i).append("'s ");
        }
        String text = b.toString();
        assertThat(cached.tokenizePos(text)).containsExactly(plain.tokenizePos(text));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
