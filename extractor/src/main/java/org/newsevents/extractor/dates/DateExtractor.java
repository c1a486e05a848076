package org.newsevents.extractor.dates;

import java.util.List;
import org.newsevents.extractor.discourse.Discourse;
import org.newsevents.extractor.discourse.DiscourseBuilder;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Finds TimeML DATE expressions in an article's content and normalizes them to its publication date. */
public interface DateExtractor {
    /** @param discourse the article's quotation map and people, built once for all extractors */
    List<DateFinding> extract(AnalyzedArticle article, Discourse discourse);

    /** Builds the discourse over the shipped gazetteer first (for callers outside the pipeline). */
    default List<DateFinding> extract(AnalyzedArticle article) {
        return extract(article, DiscourseBuilder.withDefaultGazetteer().build(article));
    }
}
