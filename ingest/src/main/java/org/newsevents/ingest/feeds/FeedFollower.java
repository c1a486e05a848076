package org.newsevents.ingest.feeds;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.newsevents.common.metrics.Health;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows feeds until stopped: each feed is polled at once, then every {@code feed.interval.ms} plus up to
 * {@code feed.jitter.ms} at random. A failing feed (HTTP error, timeout, redirect loop, invalid XML, refused
 * address) is logged, counted and retried after a wait that doubles with each failure in a row (from the
 * interval, up to {@code feed.backoff.max.ms}); it never stops the others. {@code /health} stays UP and names
 * the failing feeds; it goes DOWN only when Kafka did not acknowledge a record, which stops the follower
 * ({@link #awaitTermination()} then throws {@link PublishFailedException}), as it does the folder watcher.
 */
public final class FeedFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);

    private final List<URI> feeds;
    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final FeedOptions options;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final Map<URI, Tracked> tracked = new ConcurrentHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private volatile boolean running;
    private volatile Throwable failure;
    private ScheduledThreadPoolExecutor executor;

    public FeedFollower(List<URI> feeds, ArticleIntake intake, ArticlePublisher publisher, FeedOptions options, MeterRegistry meters) {
        this.feeds = List.copyOf(feeds);
        this.intake = intake;
        this.publisher = publisher;
        this.options = options;
        this.meters = meters;
    }

    /** Loads every feed's state (an unreadable one fails here) and starts polling in background threads. */
    public synchronized void start() throws IOException {
        if (executor != null) {
            throw new IllegalStateException("already started");
        }
        SafeFetcher fetcher = new SafeFetcher(options.fetch());
        FeedParser parser = new FeedParser();
        EntryPublisher entries = new EntryPublisher(intake, publisher, fetcher, options.pageMaxBytes());
        for (URI feed : feeds) {
            FeedState state = FeedState.load(options.stateDir(), feed, options.seenMax());
            Tracked t = new Tracked(new FeedPoller(feed, fetcher, parser, entries, state));
            t.metrics = new FeedMetrics(meters, feed.toString(), t.failures::get);
            tracked.put(feed, t);
        }
        executor = new ScheduledThreadPoolExecutor(options.threads(), r -> {
            Thread thread = new Thread(r, "feed-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        running = true;
        tracked.values().forEach(t -> schedule(t, Duration.ZERO));
        LOG.info("following {} feeds every {} s (+ up to {} s), state in {}", feeds.size(), options.interval().toSeconds(),
            options.jitter().toSeconds(), options.stateDir());
    }

    private void schedule(Tracked t, Duration delay) {
        t.nextPoll = clock.instant().plus(delay);
        executor.schedule(() -> poll(t), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll(Tracked t) {
        if (!running) {
            return;
        }
        URI feed = t.poller.feed();
        Duration next;
        try {
            FeedPoller.Result result = t.poller.poll();
            t.polls.incrementAndGet();
            t.items.addAndGet(result.newItems());
            t.metrics.polled(result);
            if (t.failures.getAndSet(0) > 0) {
                LOG.info("feed {} works again", feed);
            }
            t.lastError = null;
            if (result.newItems() > 0) {
                LOG.info("feed {}: {} new items of {} ({} pages fetched)", feed, result.newItems(), result.entries(), result.pagesFetched());
            }
            next = options.interval();
        } catch (FetchException | InvalidFeedException | IOException | RuntimeException e) {
            if (e instanceof PublishFailedException p) {
                fail(p);
                return;
            }
            String kind = e instanceof FetchException f ? f.kind().name() : e instanceof InvalidFeedException ? "INVALID_FEED"
                : e instanceof IOException ? "STATE" : "ERROR";
            t.polls.incrementAndGet();
            int failures = t.failures.incrementAndGet();
            t.lastError = kind + ": " + e.getMessage();
            t.metrics.failed(kind);
            next = backoff(failures);
            LOG.warn("feed {} failed ({} in a row), next try in {} s: {}", feed, failures, next.toSeconds(), t.lastError);
        }
        if (running) {
            schedule(t, withJitter(next));
        }
    }

    /** The interval doubled for each failure in a row, capped. */
    Duration backoff(int failures) {
        long millis = options.interval().toMillis();
        for (int i = 0; i < failures && millis < options.backoffMax().toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, options.backoffMax().toMillis()));
    }

    private Duration withJitter(Duration wait) {
        long jitter = options.jitter().toMillis();
        return jitter == 0 ? wait : wait.plusMillis(ThreadLocalRandom.current().nextLong(jitter + 1));
    }

    private void fail(PublishFailedException e) {
        failure = e;
        LOG.error("feed follower stopped: {}", e.getMessage());
        stop();
    }

    /** Stops after the polls in progress are acknowledged and recorded. */
    public void stop() {
        running = false;
        ScheduledThreadPoolExecutor e;
        synchronized (this) {
            e = executor;
        }
        if (e != null) {
            e.shutdown();
            if (!e.isTerminated() && !Thread.currentThread().getName().equals("feed-poller")) {
                try {
                    e.awaitTermination(5, TimeUnit.MINUTES);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        stopped.countDown();
    }

    /** Blocks until stopped; throws what stopped it if Kafka failed. */
    public void awaitTermination() throws InterruptedException {
        stopped.await();
        if (failure instanceof PublishFailedException p) {
            throw p;
        }
    }

    /** Every feed's status, in the order given. */
    public List<FeedStatus> statuses() {
        List<FeedStatus> out = new ArrayList<>();
        for (URI feed : feeds) {
            Tracked t = tracked.get(feed);
            if (t != null) {
                out.add(new FeedStatus(feed.toString(), t.failures.get(), t.lastError, t.polls.get(), t.items.get(), t.nextPoll));
            }
        }
        return out;
    }

    /** UP while polling, naming failing feeds; DOWN once stopped, with the reason. */
    public Health health() {
        if (!running) {
            Throwable f = failure;
            return Health.down(f != null ? "failed: " + f.getMessage() : executor == null ? "not started" : "stopped");
        }
        List<FeedStatus> failing = statuses().stream().filter(FeedStatus::failing).toList();
        if (failing.isEmpty()) {
            return Health.up();
        }
        return new Health(true, failing.size() + " of " + feeds.size() + " feeds failing: " + failing.stream()
            .map(s -> s.feed() + " (" + s.consecutiveFailures() + " in a row, " + s.lastError() + ")")
            .collect(Collectors.joining("; ")));
    }

    @Override
    public void close() {
        stop();
    }

    /** A feed's poller and counters; each feed is polled by one task at a time. */
    private static final class Tracked {
        final FeedPoller poller;
        final AtomicInteger failures = new AtomicInteger();
        final AtomicLong polls = new AtomicLong();
        final AtomicLong items = new AtomicLong();
        FeedMetrics metrics;
        volatile String lastError;
        volatile Instant nextPoll;

        Tracked(FeedPoller poller) {
            this.poller = poller;
        }
    }
}
