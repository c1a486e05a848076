package org.newsevents.extractor.published;

import java.time.Instant;
import java.util.List;
import org.newsevents.extractor.text.Paragraph;

/**
 * Decides an article's publication date: the feed's date first; else the story's own byline,
 * dateline or date line (never a scrape/update stamp printed elsewhere); else the received time.
 */
public interface PublicationDateResolver {
    /**
     * @param feedPublished ISO date given by the feed, or null
     * @param receivedAt    when ingest received the article (the last resort, and the latest year a
     *                      dateline without one can take)
     */
    PublishedDate resolve(String text, List<Paragraph> paragraphs, String feedPublished, Instant receivedAt);
}
