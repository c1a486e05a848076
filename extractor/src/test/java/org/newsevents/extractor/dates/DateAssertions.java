package org.newsevents.extractor.dates;

import java.util.List;
import org.newsevents.extractor.testing.Articles;

/** Runs the extractor on invented text and renders findings as "span=value" for compact assertions. */
final class DateAssertions {
    private static final RuleBasedDateExtractor EXTRACTOR = RuleBasedDateExtractor.load();

    private DateAssertions() {
    }

    static List<String> dates(String text, String published) {
        return EXTRACTOR.extract(Articles.analyze(text, published)).stream()
                .map(f -> f.text() + "=" + f.value()).toList();
    }
}
