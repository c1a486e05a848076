package org.newsevents.extractor.pipeline;

import org.newsevents.schemas.Article;

/** Rejects articles the extractor must not process, each with its reason code, before any work. */
final class InputGate {
    static final String ENGLISH = "eng";
    /** More than this share of control or replacement characters means the bytes were not text. */
    private static final double MAX_JUNK_SHARE = 0.01;

    private final ExtractionLimits limits;

    InputGate(ExtractionLimits limits) {
        this.limits = limits;
    }

    void check(Article article) {
        String language = article.getLanguage();
        if (language != null && !language.isBlank() && !ENGLISH.equalsIgnoreCase(language.strip())) {
            reject(ArticleRejectedException.NOT_ENGLISH, "language is '" + language + "', extraction runs on English (eng) only");
        }
        String text = article.getText();
        if (text == null || text.isBlank()) {
            reject(ArticleRejectedException.EMPTY, "text is empty or whitespace only");
        }
        if (text.length() > limits.maxChars()) {
            reject(ArticleRejectedException.TOO_LARGE, "text has " + text.length() + " chars, the limit is " + limits.maxChars());
        }
        int junk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                reject(ArticleRejectedException.BINARY, "text contains a NUL character at offset " + i);
            }
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000B') {
                junk++;
            }
        }
        if (junk > 0 && junk > text.length() * MAX_JUNK_SHARE) {
            reject(ArticleRejectedException.BINARY, junk + " of " + text.length()
                    + " chars are control or replacement characters: not text");
        }
    }

    private static void reject(String reason, String detail) {
        throw new ArticleRejectedException(reason, detail);
    }
}
