package org.newsevents.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsevents.common.config.Settings;
import org.newsevents.common.dlq.DeadLetters;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.validation.Rejection;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends accepted articles to {@link Topics#ARTICLES} keyed by id and rejections to {@link Topics#DLQ} as
 * {@link DeadLetter}s (stage {@value #STAGE}), through one idempotent producer (acks=all, compression.type).
 *
 * <p>Counts only acknowledged records: the futures complete, and the {@link #summary()} counts, in the send
 * callback. An id already sent by this process (a bounded cache of recent ids) is not sent again and counts
 * as a duplicate once the first send is acknowledged; ingest's dedupe only saves work, the extractor's state
 * store keyed by id is what makes events exactly-once across processes and restarts. A send that fails after
 * the producer's retries fails its future with {@link PublishFailedException} and makes {@link #flush()}
 * throw, so a bulk run ends non-zero. Thread-safe.
 */
public final class ArticlePublisher implements AutoCloseable {
    public static final String STAGE = "ingest";
    /** Leaves room for 8 MiB of original bytes in a dead letter; topics allow 12 MiB. */
    static final int MAX_REQUEST_BYTES = 12 * 1024 * 1024 - 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);

    private final Producer<String, SpecificRecord> producer;
    private final Map<String, CompletableFuture<?>> recentIds;
    private final IngestCounters counters = new IngestCounters();
    private final IngestMetrics metrics;
    private final AutoCloseable producerMetrics;
    private final AtomicReference<PublishFailedException> failure = new AtomicReference<>();

    public ArticlePublisher(Producer<String, SpecificRecord> producer, int dedupeCacheSize) {
        this(producer, dedupeCacheSize, new SimpleMeterRegistry());
    }

    /** A publisher that counts into {@code meters}: accepted, duplicates, rejected by reason, send latency. */
    public ArticlePublisher(Producer<String, SpecificRecord> producer, int dedupeCacheSize, MeterRegistry meters) {
        this(producer, dedupeCacheSize, meters, () -> { });
    }

    private ArticlePublisher(Producer<String, SpecificRecord> producer, int dedupeCacheSize, MeterRegistry meters,
                             AutoCloseable producerMetrics) {
        this.producer = producer;
        this.metrics = new IngestMetrics(meters);
        this.producerMetrics = producerMetrics;
        this.recentIds = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<?>> eldest) {
                return size() > dedupeCacheSize;
            }
        };
    }

    /** A publisher with its own producer built from the settings. */
    public static ArticlePublisher create(Settings settings) {
        return create(settings, new SimpleMeterRegistry());
    }

    /** A publisher with its own producer, counting into {@code meters} with the producer's client metrics. */
    public static ArticlePublisher create(Settings settings, MeterRegistry meters) {
        Map<String, Object> props = KafkaClients.producer(settings, settings.string(IngestConfig.CLIENT_ID));
        props.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        Serializer<SpecificRecord> values = RegistrySerdes.serializer(settings);
        KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(props, new StringSerializer(), values);
        KafkaClientMetrics producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(meters);
        return new ArticlePublisher(producer, settings.integer(IngestConfig.DEDUPE_CACHE_SIZE), meters, producerMetrics);
    }

    /** Publishes an accepted article or a rejection. */
    public CompletableFuture<PublishOutcome> submit(Intake intake) {
        if (intake instanceof Intake.Accepted accepted) {
            return publish(accepted.article());
        }
        return reject(((Intake.Rejected) intake).rejection());
    }

    /** Sends the article unless this process already sent its id; completes once acknowledged. */
    public CompletableFuture<PublishOutcome> publish(Article article) {
        String id = article.getId();
        CompletableFuture<PublishOutcome> sent = new CompletableFuture<>();
        CompletableFuture<?> earlier;
        synchronized (recentIds) {
            earlier = recentIds.get(id);
            if (earlier == null || earlier.isCompletedExceptionally()) {
                recentIds.put(id, sent);
                earlier = null;
            }
        }
        if (earlier != null) {
            LOG.debug("article {} from {} is a duplicate", id, article.getSource());
            return earlier.thenApply(ignored -> {
                counters.duplicate(id);
                metrics.duplicate();
                return PublishOutcome.DUPLICATE;
            });
        }
        send(Topics.ARTICLES, id, article, "article " + id + " from " + article.getSource(), sent, () -> {
            counters.accepted(id);
            metrics.accepted();
            sent.complete(PublishOutcome.ACCEPTED);
        });
        sent.whenComplete((ok, error) -> {
            if (error != null) {
                synchronized (recentIds) {
                    recentIds.remove(id, sent);
                }
            }
        });
        return sent;
    }

    /** Sends the rejection to the DLQ; completes once acknowledged. */
    public CompletableFuture<PublishOutcome> reject(Rejection rejection) {
        DeadLetter letter = DeadLetters.of(STAGE, rejection.reason().name(), rejection.detail())
            .setSource(rejection.source())
            .setKey(rejection.key())
            .setOriginal(DeadLetters.original(rejection.original()))
            .build();
        // The detail, not the input: validation details carry positions and sizes, never the text (see ArticleValidator).
        LOG.info("rejected {} from {}: {}", rejection.reason(), rejection.source(), rejection.detail());
        CompletableFuture<PublishOutcome> sent = new CompletableFuture<>();
        send(Topics.DLQ, letter.getKey(), letter, "rejection " + rejection.reason() + " of " + rejection.source(), sent, () -> {
            counters.rejected(rejection.reason());
            metrics.rejected(rejection.reason());
            sent.complete(PublishOutcome.REJECTED);
        });
        return sent;
    }

    private void send(String topic, String key, SpecificRecord value, String what, CompletableFuture<?> future, Runnable onAck) {
        long start = System.nanoTime();
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
                metrics.sent(start, error == null);
                if (error == null) {
                    onAck.run();
                } else {
                    fail(topic, what, error, future);
                }
            });
        } catch (RuntimeException e) {
            // Serialization (e.g. registry unreachable after retries) and a closed producer fail here, not in the callback.
            fail(topic, what, e, future);
        }
    }

    private void fail(String topic, String what, Throwable error, CompletableFuture<?> future) {
        PublishFailedException e = new PublishFailedException(
            "Kafka did not acknowledge " + what + " on " + topic + " after retries: " + error, error);
        failure.compareAndSet(null, e);
        LOG.error(e.getMessage());
        future.completeExceptionally(e);
    }

    /** The first send that failed, if any. */
    public Optional<PublishFailedException> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Waits until every record sent so far is acknowledged or failed; throws the first failure of this publisher. */
    public void flush() {
        producer.flush();
        PublishFailedException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Counts of acknowledged outcomes so far. */
    public IngestSummary summary() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        try {
            producerMetrics.close();
        } catch (Exception e) {
            LOG.warn("closing the producer's metrics failed: {}", e.toString());
        }
        producer.close();
    }
}
