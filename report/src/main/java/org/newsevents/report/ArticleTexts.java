package org.newsevents.report;

import java.util.Map;

/**
 * The article texts the events' offsets refer to. The sinks store events, not texts: the caller
 * supplies them (e.g. from the inputs that were extracted); a summary's {@code body} wins over them.
 */
@FunctionalInterface
public interface ArticleTexts {
    /** The text of the article, or null when unknown. */
    String text(String articleId);

    static ArticleTexts none() {
        return id -> null;
    }

    static ArticleTexts of(Map<String, String> texts) {
        return texts::get;
    }
}
