package org.newsevents.ingest.feeds;

import java.time.Duration;
import org.newsevents.common.config.Settings;
import org.newsevents.ingest.IngestConfig;

/**
 * The bounds of every request ingest makes for feeds: who it says it is, how long it waits, how much it reads,
 * how many redirects it follows and which addresses it may reach.
 *
 * @param userAgent      names the project to publishers
 * @param connectTimeout to open the connection
 * @param readTimeout    longest silence while reading
 * @param totalTimeout   longest time for one whole response
 * @param maxFeedBytes   largest feed document
 * @param maxRedirects   redirects followed per request
 * @param addresses      which resolved addresses may be reached
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxFeedBytes,
                          int maxRedirects, AddressPolicy addresses) {
    public static FetchPolicy of(Settings settings) {
        return new FetchPolicy(settings.string(IngestConfig.FEED_USER_AGENT),
            Duration.ofMillis(settings.integer(IngestConfig.FEED_CONNECT_TIMEOUT_MS)),
            Duration.ofMillis(settings.integer(IngestConfig.FEED_READ_TIMEOUT_MS)),
            Duration.ofMillis(settings.integer(IngestConfig.FEED_FETCH_TIMEOUT_MS)),
            settings.integer(IngestConfig.FEED_MAX_BYTES), settings.integer(IngestConfig.FEED_MAX_REDIRECTS),
            AddressPolicy.allowing(settings.list(IngestConfig.FEED_ALLOW_ADDRESSES)));
    }
}
