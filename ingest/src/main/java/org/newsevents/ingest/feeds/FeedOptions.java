package org.newsevents.ingest.feeds;

import java.nio.file.Path;
import java.time.Duration;
import org.newsevents.common.config.Settings;
import org.newsevents.ingest.IngestConfig;

/**
 * Options of a {@link FeedFollower} (settings {@code feed.*}; see {@link IngestConfig#define()} for each).
 *
 * @param interval   time between two polls of a healthy feed
 * @param jitter     up to this much is added at random to each wait
 * @param backoffMax longest wait after failures in a row
 * @param stateDir   where per-feed state files live
 * @param seenMax    item keys remembered per feed
 * @param threads    feeds polled at once
 * @param fetch      how feeds and pages are fetched
 * @param pageMaxBytes largest linked page ({@code ingest.max.bytes})
 */
public record FeedOptions(Duration interval, Duration jitter, Duration backoffMax, Path stateDir, int seenMax, int threads,
                          FetchPolicy fetch, int pageMaxBytes) {
    public static FeedOptions of(Settings settings) {
        return new FeedOptions(Duration.ofMillis(settings.longValue(IngestConfig.FEED_INTERVAL_MS)),
            Duration.ofMillis(settings.longValue(IngestConfig.FEED_JITTER_MS)),
            Duration.ofMillis(settings.longValue(IngestConfig.FEED_BACKOFF_MAX_MS)),
            Path.of(settings.string(IngestConfig.FEED_STATE_DIR)), settings.integer(IngestConfig.FEED_SEEN_MAX),
            settings.integer(IngestConfig.FEED_THREADS), FetchPolicy.of(settings), settings.integer(IngestConfig.MAX_BYTES));
    }

    public FeedOptions withStateDir(Path dir) {
        return new FeedOptions(interval, jitter, backoffMax, dir, seenMax, threads, fetch, pageMaxBytes);
    }
}
