package org.newsevents.extractor.sanctions;

import java.util.List;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Finds sanctions mentions, clause by clause, with action, imposer and targets. */
public interface SanctionsExtractor {
    List<SanctionsFinding> extract(AnalyzedArticle article);
}
