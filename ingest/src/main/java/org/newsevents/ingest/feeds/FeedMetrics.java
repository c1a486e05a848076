package org.newsevents.ingest.feeds;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;

/** Per-feed meters, tagged {@code feed=<url>} (a configured, bounded set). Thread-safe. */
final class FeedMetrics {
    static final String POLLS = "newsevents.ingest.feed.polls";
    static final String ITEMS = "newsevents.ingest.feed.items";
    static final String PAGES = "newsevents.ingest.feed.pages";
    static final String FAILING = "newsevents.ingest.feed.consecutive.failures";

    private final MeterRegistry registry;
    private final String feed;
    private final Counter changed;
    private final Counter notModified;
    private final Counter items;
    private final Counter pages;

    FeedMetrics(MeterRegistry registry, String feed, Supplier<Number> consecutiveFailures) {
        this.registry = registry;
        this.feed = feed;
        changed = polls("ok");
        notModified = polls("not_modified");
        items = Counter.builder(ITEMS).description("New feed items handled (published or dead-lettered) and acknowledged")
            .tag("feed", feed).register(registry);
        pages = Counter.builder(PAGES).description("Linked pages fetched for items that carry only a summary")
            .tag("feed", feed).register(registry);
        Gauge.builder(FAILING, consecutiveFailures).description("Failed polls of the feed in a row (0 = healthy)")
            .tag("feed", feed).register(registry);
    }

    private Counter polls(String outcome) {
        return Counter.builder(POLLS).description("Feed polls by outcome (failed ones by kind: HTTP_STATUS, TIMEOUT, INVALID_FEED...)")
            .tag("feed", feed).tag("outcome", outcome).register(registry);
    }

    void polled(FeedPoller.Result result) {
        (result.notModified() ? notModified : changed).increment();
        items.increment(result.newItems());
        pages.increment(result.pagesFetched());
    }

    void failed(String kind) {
        polls("failed_" + kind.toLowerCase(java.util.Locale.ROOT)).increment();
    }
}
