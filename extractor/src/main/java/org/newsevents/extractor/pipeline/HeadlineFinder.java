package org.newsevents.extractor.pipeline;

import java.util.List;
import java.util.Optional;
import org.newsevents.extractor.boilerplate.LineShape;
import org.newsevents.extractor.boilerplate.LineText;
import org.newsevents.extractor.text.Paragraph;

/**
 * The article's headline: the first content paragraph that is title-like (see
 * {@link LineShape#isTitleLike}) before the story body starts. Date lines, bylines and captions
 * above the headline are skipped; when body prose comes first (wire copy that starts with its
 * dateline), the article has no headline.
 */
final class HeadlineFinder {
    private static final int BODY_PROSE_WORDS = 12;
    private static final int BODY_WORDS = 25;

    private HeadlineFinder() {
    }

    static Optional<Paragraph> find(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (p.boilerplate()) {
                continue;
            }
            LineText line = new LineText(p.text());
            if (LineShape.isTitleLike(line)) {
                return Optional.of(p);
            }
            if (LineShape.isProse(line, BODY_PROSE_WORDS) || line.wordCount() >= BODY_WORDS) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
