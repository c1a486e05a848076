package org.newsevents.ingest.validation;

import org.newsevents.web.WebPages;

/**
 * One article as a source delivers it: the text plus the optional fields a feed may give
 * ({@code id}, {@code source}, {@code url}, {@code title}, {@code published}); plain text has only the text.
 * A web page has {@code contentType} text/html and the extracted {@code body} beside its raw HTML.
 */
public record FeedItem(String text, String id, String source, String url, String title, String published,
                       String contentType, String body) {
    /** Plain text or a JSON item as given; {@link #asWebPage} marks a web page. */
    public FeedItem(String text, String id, String source, String url, String title, String published) {
        this(text, id, source, url, title, published, null, null);
    }

    public static FeedItem ofText(String text) {
        return new FeedItem(text, null, null, null, null, null);
    }

    /**
     * The same item as a web page: {@code text} stays the raw HTML (what is sent, so that a replay re-extracts),
     * {@code body} is the article body found in it, used for the language check only.
     */
    public FeedItem asWebPage(String extractedBody) {
        return new FeedItem(text, id, source, url, title, published, WebPages.HTML, extractedBody);
    }

    /** The text to detect the language on: the body of a web page, else the text. */
    public String languageText() {
        return body != null ? body : text;
    }
}
