package org.newsevents.extractor.pipeline;

/**
 * An article the extractor will not process, with a machine-readable reason code (the
 * {@code DeadLetter.reason} of the dead-letter topic) and a human-readable detail. Unchecked so that
 * it passes through the stream's and the evaluator's functional interfaces; callers must catch it
 * and route the article to the dead letters: a rejected article is never dropped silently.
 */
public final class ArticleRejectedException extends RuntimeException {
    public static final String EMPTY = "EMPTY";
    public static final String BINARY = "BINARY";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String NOT_ENGLISH = "NOT_ENGLISH";
    public static final String TIMEOUT = "TIMEOUT";
    /** A web page in which no article body was found (script-only, a paywall stub, an index page). */
    public static final String NO_ARTICLE_TEXT = "NO_ARTICLE_TEXT";

    private final String reasonCode;
    private final String detail;

    public ArticleRejectedException(String reasonCode, String detail) {
        super(reasonCode + ": " + detail);
        this.reasonCode = reasonCode;
        this.detail = detail;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String detail() {
        return detail;
    }
}
