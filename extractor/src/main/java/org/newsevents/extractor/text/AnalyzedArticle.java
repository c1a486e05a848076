package org.newsevents.extractor.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The raw text of one article with what every rule-based extractor shares: paragraphs with their
 * boilerplate verdict, the content sentences with POS-tagged tokens, the headline and the
 * publication date against which relative dates are resolved.
 *
 * @param headline  the article's own headline paragraph, when one was recognised
 */
public record AnalyzedArticle(String text, List<Paragraph> paragraphs, List<Sentence> sentences,
                              LocalDate published, Optional<Paragraph> headline) {
    public AnalyzedArticle {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }

    /** The content sentences of one paragraph, in order. */
    public List<Sentence> sentencesOf(int paragraphIndex) {
        return sentences.stream().filter(s -> s.paragraphIndex() == paragraphIndex).toList();
    }

    /** True when the offset lies inside a paragraph classified as boilerplate. */
    public boolean inBoilerplate(int offset) {
        for (Paragraph p : paragraphs) {
            if (offset >= p.start() && offset < p.end()) {
                return p.boilerplate();
            }
        }
        return false;
    }
}
