package org.newsevents.web;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a news page gives the pipeline: the article body (blank lines between paragraphs) and the page's metadata.
 * Absent metadata is empty, never guessed.
 */
public record WebPage(String body, Optional<String> headline, Optional<LocalDate> published, Optional<String> canonicalUrl,
                      Optional<String> author, Optional<String> language) {
    public boolean hasArticleText() {
        return !body.isBlank();
    }
}
