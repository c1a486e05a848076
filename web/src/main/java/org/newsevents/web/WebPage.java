package org.newsevents.web;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a news page gives the pipeline: the article body (blank lines between paragraphs) and the page's metadata.
 * Absent metadata is empty, never guessed.
 */
public record WebPage(String body, Optional<String> headline, Optional<LocalDate> published, Optional<String> canonicalUrl,
                      Optional<String> author, Optional<String> language) {
    /**
     * Fewer words than this is no article: what is left of a script-only page, a paywall stub ("Subscribe to read"),
     * an error or index page. The shortest news briefs run to a few sentences, well above it.
     */
    public static final int MIN_WORDS = 25;

    public boolean hasArticleText() {
        return words(body) >= MIN_WORDS;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
