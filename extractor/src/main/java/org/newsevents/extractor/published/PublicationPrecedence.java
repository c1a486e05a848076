package org.newsevents.extractor.published;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.web.UrlDate;

/**
 * The publication date by precedence: the feed's date > the web page's metadata > the text's byline/dateline >
 * a date in the article's URL > the received day. {@code publishedFrom} names the source that won.
 */
public final class PublicationPrecedence {
    private final PublicationDateResolver text;

    public PublicationPrecedence(PublicationDateResolver text) {
        this.text = text;
    }

    public PublishedDate resolve(String body, List<Paragraph> paragraphs, String feedPublished, Optional<LocalDate> pageDate,
                                 String url, Instant receivedAt) {
        boolean fromFeed = feedPublished != null && !feedPublished.isBlank();
        if (!fromFeed && pageDate.isPresent()) {
            return new PublishedDate(pageDate.get(), PublishedFrom.PAGE);
        }
        PublishedDate resolved = text.resolve(body, paragraphs, feedPublished, receivedAt);
        if (resolved != null && resolved.date() != null && resolved.from() != PublishedFrom.RECEIVED) {
            return resolved;
        }
        Optional<LocalDate> inUrl = UrlDate.of(url);
        if (inUrl.isPresent()) {
            return new PublishedDate(inUrl.get(), PublishedFrom.URL);
        }
        // Relative dates need an anchor; the received day is the documented last resort.
        return new PublishedDate(LocalDate.ofInstant(receivedAt, ZoneOffset.UTC), PublishedFrom.RECEIVED);
    }
}
