package org.newsevents.ingest.feeds;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsevents.ingest.publish.PublishFailedException;

/**
 * One poll of one feed: a conditional GET, parse, publish the items not seen before (oldest first), wait for
 * Kafka's acknowledgements, then record them with the response's validators. Not thread-safe: one poll of a
 * feed at a time (the {@link FeedFollower} schedules it so).
 */
final class FeedPoller {
    static final String ACCEPT_FEED =
        "application/rss+xml, application/atom+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    /** What a poll did. */
    record Result(boolean notModified, int entries, int newItems, int pagesFetched) {
    }

    private final URI feed;
    private final SafeFetcher fetcher;
    private final FeedParser parser;
    private final EntryPublisher entries;
    private final FeedState state;

    FeedPoller(URI feed, SafeFetcher fetcher, FeedParser parser, EntryPublisher entries, FeedState state) {
        this.feed = feed;
        this.fetcher = fetcher;
        this.parser = parser;
        this.entries = entries;
        this.state = state;
    }

    URI feed() {
        return feed;
    }

    /**
     * @throws FetchException        the feed could not be fetched
     * @throws InvalidFeedException  it is not RSS or Atom
     * @throws IOException           the state could not be saved (the items are then sent again next time)
     * @throws PublishFailedException Kafka did not acknowledge a record
     */
    Result poll() throws FetchException, InvalidFeedException, IOException {
        Fetched response = fetcher.get(feed, ACCEPT_FEED, fetcher.policy().maxFeedBytes(), state.etag(), state.lastModified());
        if (response.notModified()) {
            return new Result(true, 0, 0, 0);
        }
        Map<String, FeedEntry> byKey = new LinkedHashMap<>();
        for (FeedEntry e : parser.parse(response.body(), response.contentType(), response.url())) {
            byKey.putIfAbsent(e.key(), e);
        }
        List<FeedEntry> fresh = new ArrayList<>(byKey.values().stream().filter(e -> !state.seen(e.key())).toList());
        Collections.reverse(fresh); // feeds list newest first
        List<CompletableFuture<?>> sends = new ArrayList<>();
        int pages = 0;
        for (FeedEntry e : fresh) {
            EntryPublisher.Sent sent = entries.publish(e, feed);
            sends.add(sent.outcome());
            pages += sent.pageFetched() ? 1 : 0;
        }
        awaitAcknowledged(sends);
        // An unchanged document (a server without validators) leaves the state as it is: no rewrite every poll.
        if (!fresh.isEmpty() || !Objects.equals(response.etag(), state.etag())
            || !Objects.equals(response.lastModified(), state.lastModified())) {
            state.acknowledged(byKey.keySet(), response.etag(), response.lastModified());
        }
        return new Result(false, byKey.size(), fresh.size(), pages);
    }

    private static void awaitAcknowledged(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PublishFailedException p) {
                throw p;
            }
            throw e;
        }
    }
}
