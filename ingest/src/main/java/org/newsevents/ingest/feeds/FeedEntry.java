package org.newsevents.ingest.feeds;

import java.time.Instant;

/**
 * One item of a feed as ingest uses it.
 *
 * @param key       what dedupes it within its feed: {@code guid:<guid or Atom id>}, else {@code link:<url>}, else
 *                  {@code hash:<SHA-256 of title and text>}
 * @param link      absolute URL of the article page, or null
 * @param title     plain title, or null
 * @param published the item's {@code pubDate} (Atom {@code published}), else its {@code updated}; null when absent or unreadable
 * @param content   full text ({@code content:encoded}, Atom {@code content}), or null
 * @param summary   {@code description} (Atom {@code summary}), or null
 * @param html      whether {@code content} (or, without content, {@code summary}) is HTML rather than plain text
 */
public record FeedEntry(String key, String link, String title, Instant published, String content, String summary, boolean html) {
    public boolean hasContent() {
        return content != null && !content.isBlank();
    }
}
