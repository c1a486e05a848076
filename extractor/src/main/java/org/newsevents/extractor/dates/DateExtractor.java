package org.newsevents.extractor.dates;

import java.util.List;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Finds TimeML DATE expressions in an article's content and normalizes them to its publication date. */
public interface DateExtractor {
    List<DateFinding> extract(AnalyzedArticle article);
}
