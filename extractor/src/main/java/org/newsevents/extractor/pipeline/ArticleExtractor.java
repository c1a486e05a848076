package org.newsevents.extractor.pipeline;

import org.newsevents.schemas.Article;

/** PLACEHOLDER until the pipeline facade is merged. */
public class ArticleExtractor {
    public Extraction extract(Article article) {
        throw new ArticleRejectedException("UNAVAILABLE", "placeholder");
    }
}
