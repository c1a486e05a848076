package org.newsevents.extractor.pipeline;

import java.util.Optional;
import org.newsevents.schemas.Article;
import org.newsevents.web.WebPage;
import org.newsevents.web.WebPages;

/**
 * The text the extractor analyses and the event offsets refer to: the article's text as it is, or, for a web page
 * (contentType text/html), the body extracted from the raw HTML together with the page's metadata.
 */
record ArticleText(String text, Optional<WebPage> page) {
    static ArticleText of(Article article) {
        if (!WebPages.isHtmlMediaType(article.getContentType())) {
            return new ArticleText(article.getText(), Optional.empty());
        }
        WebPage page = WebPages.read(article.getText(), article.getUrl());
        if (!page.hasArticleText()) {
            throw new ArticleRejectedException(ArticleRejectedException.NO_ARTICLE_TEXT,
                "no article body found in the page (script-only, a stub or not an article)");
        }
        return new ArticleText(page.body(), Optional.of(page));
    }

    /** The body when it differs from Article.text, for the summary's {@code body} field. */
    String bodyForSummary() {
        return page.isPresent() ? text : null;
    }
}
