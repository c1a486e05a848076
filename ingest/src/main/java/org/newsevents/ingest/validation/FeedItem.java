package org.newsevents.ingest.validation;

/**
 * One article as a source delivers it: the text plus the optional fields a feed may give
 * ({@code id}, {@code source}, {@code url}, {@code title}, {@code published}); plain text has only the text.
 */
public record FeedItem(String text, String id, String source, String url, String title, String published) {
    public static FeedItem ofText(String text) {
        return new FeedItem(text, null, null, null, null, null);
    }
}
