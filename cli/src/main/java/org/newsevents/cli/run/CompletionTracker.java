package org.newsevents.cli.run;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.EventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows when every article of a run is accounted for: its summary became durable at the sink, or
 * the extractor dead-lettered it (e.g. not English). Reads the DLQ from the start in its own group.
 */
public final class CompletionTracker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CompletionTracker.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final EventSink sink;
    private final Set<String> summarized = ConcurrentHashMap.newKeySet();
    private final Map<String, String> deadLettered = new ConcurrentHashMap<>();
    private final Set<String> expected = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, DeadLetter> dlq;
    private final Thread dlqReader;
    private volatile boolean running = true;

    private CompletionTracker(Settings settings, EventSink sink) {
        this.sink = sink;
        sink.addCommitListener(this::onCommitted);
        this.dlq = new KafkaConsumer<>(KafkaClients.consumer(settings, "newsevents-run-dlq-" + java.util.UUID.randomUUID()),
            new StringDeserializer(), RegistrySerdes.<DeadLetter>deserializer(settings));
        this.dlqReader = new Thread(this::readDeadLetters, "run-dlq-reader");
    }

    public static CompletionTracker start(Settings settings, EventSink sink) {
        CompletionTracker tracker = new CompletionTracker(settings, sink);
        tracker.dlqReader.start();
        return tracker;
    }

    private void onCommitted(List<ArticleSummary> summaries) {
        summaries.forEach(s -> summarized.add(s.getArticleId()));
    }

    private void readDeadLetters() {
        try {
            dlq.subscribe(List.of(Topics.DLQ));
            while (running) {
                for (ConsumerRecord<String, DeadLetter> r : dlq.poll(POLL)) {
                    if (r.key() != null && r.value() != null) {
                        deadLettered.put(r.key(), r.value().getReason());
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("dead-letter reader stopped: {}", e.toString());
        } finally {
            dlq.close();
        }
    }

    /** The article ids this run waits for. */
    public void expect(Collection<String> articleIds) {
        expected.addAll(articleIds);
    }

    public Set<String> expected() {
        return new TreeSet<>(expected);
    }

    public Set<String> pending() {
        Set<String> pending = new TreeSet<>(expected);
        pending.removeAll(summarized);
        pending.removeAll(deadLettered.keySet());
        return pending;
    }

    /** Reasons of this run's articles that the extractor refused, by article id. */
    public Map<String, String> deadLettered() {
        Map<String, String> mine = new TreeMap<>();
        deadLettered.forEach((id, reason) -> {
            if (expected.contains(id) && !summarized.contains(id)) {
                mine.put(id, reason);
            }
        });
        return mine;
    }

    /**
     * Waits until nothing is pending; false on timeout. Fails fast when {@code alive} turns false
     * (the extractor stopped), since nothing would arrive any more.
     */
    public boolean await(Duration timeout, BooleanSupplier alive) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException("the extractor stopped before every article was processed");
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    /** After the summaries: every event of those articles is in the sink once it has no lag left. */
    public void awaitSinkCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!sink.caughtUp() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void close() {
        running = false;
        dlq.wakeup();
        try {
            dlqReader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
