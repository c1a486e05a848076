package org.newsevents.extractor.statements;

import java.util.List;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Finds direct and reported speech attributed to a speaker. */
public interface StatementExtractor {
    List<StatementFinding> extract(AnalyzedArticle article);
}
