package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.text.Token;

class TenseLabelsTest {
    private final TenseDetector tenses = new TenseDetector(DateLexicon.get());
    private final NlpPipeline nlp = new NlpPipeline();

    @Test
    void lazyLabelsEqualTheEagerOnesInAnyOrderOfAsking() throws IOException {
        List<String> paragraphs = new ArrayList<>(List.of(
                "The talks will be held in May and the sanctions are expected to be lifted on Saturday.",
                "He said on Monday that the deal, which was signed, will be reviewed be reviewed next week."));
        try (Stream<Path> files = Files.list(Path.of("..", "corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readString(f).lines().filter(l -> !l.isBlank()).forEach(paragraphs::add);
            }
        }
        Random random = new Random(15);
        for (String text : paragraphs) {
            List<LexToken> tokens = DateLexer.lex(text, 0, text.length(), tagged(text));
            Tense[] eager = tenses.label(tokens);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            List<LexToken> fresh = DateLexer.lex(text, 0, text.length(), tagged(text));
            TenseDetector.Labels lazy = tenses.lazyLabels(fresh);
            for (int i : order) {
                assertThat(lazy.at(i)).as("token %d of: %s", i, text).isEqualTo(eager[i]);
            }
        }
    }

    private List<Token> tagged(String text) {
        List<Token> out = new ArrayList<>();
        for (Span s : nlp.sentences(text)) {
            out.addAll(nlp.tag(text.substring(s.getStart(), s.getEnd()), s.getStart()));
        }
        return out;
    }
}
