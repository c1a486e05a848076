package org.newsevents.report;

import java.util.List;
import java.util.Map;

/**
 * The article texts the events' offsets refer to. The sinks store events, not texts: the caller
 * supplies them (e.g. from the inputs that were extracted); a summary's {@code body} wins over them.
 * The caller may also say which parts of a text are boilerplate (greyed on the page).
 */
public interface ArticleTexts {
    /** A part of a text that is not the story (navigation, tickers, related stories...), and why. */
    record Boilerplate(int start, int end, String reason) {
    }

    /** The text of the article, or null when unknown. */
    String text(String articleId);

    /** The boilerplate of a text (whichever text the page shows: supplied or the summary's body). */
    default List<Boilerplate> boilerplate(String text) {
        return List.of();
    }

    static ArticleTexts none() {
        return id -> null;
    }

    static ArticleTexts of(Map<String, String> texts) {
        return texts::get;
    }
}
