package org.newsevents.extractor.statements;

import java.util.List;
import org.newsevents.extractor.discourse.Discourse;
import org.newsevents.extractor.discourse.DiscourseBuilder;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Finds direct and reported speech attributed to a speaker. */
public interface StatementExtractor {
    /** @param discourse the article's quotation map and people, built once for all extractors */
    List<StatementFinding> extract(AnalyzedArticle article, Discourse discourse);

    /** Builds the discourse over the shipped gazetteer first (for callers outside the pipeline). */
    default List<StatementFinding> extract(AnalyzedArticle article) {
        return extract(article, DiscourseBuilder.withDefaultGazetteer().build(article));
    }
}
