package org.newsevents.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.Consumer;
import org.newsevents.schemas.Topics;

/**
 * The sink's meters: records taken by the target per type, offset commits, dead letters by reason, retries of
 * an unavailable target, whether the target is unavailable now, and the consumer's own metrics (lag).
 */
public final class SinkMetrics implements AutoCloseable {
    static final String RECORDS = "newsevents.sink.records";
    static final String COMMITS = "newsevents.sink.commits";
    static final String DEAD_LETTERS = "newsevents.sink.dead.letters";
    static final String RETRIES = "newsevents.sink.retries";
    static final String TARGET_UNAVAILABLE = "newsevents.sink.target.unavailable";

    private final MeterRegistry registry;
    private final Counter commits;
    private final Counter retries;
    private final AtomicInteger unavailable = new AtomicInteger();
    private KafkaClientMetrics consumerMetrics;

    public SinkMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String topic : Topics.EVENT_TOPICS) {
            records(topic);
        }
        commits = Counter.builder(COMMITS).description("Offset commits after the target made records durable").register(registry);
        retries = Counter.builder(RETRIES).description("Batches the target could not take, each followed by a backoff")
            .register(registry);
        Gauge.builder(TARGET_UNAVAILABLE, unavailable, AtomicInteger::get)
            .description("1 while the target (database, directory or registry) is unavailable, else 0").register(registry);
    }

    /** Meters nobody reads (tests, embedded use). */
    public static SinkMetrics none() {
        return new SinkMetrics(new SimpleMeterRegistry());
    }

    /** Binds the consumer's client metrics (records-lag, fetch rates...); released on {@link #close()}. */
    public void bindConsumer(Consumer<?, ?> consumer) {
        consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(registry);
    }

    /** statements, dates, sanctions or articles: the last part of the topic name. */
    static String typeOf(String topic) {
        return topic.substring(topic.lastIndexOf('.') + 1);
    }

    private Counter records(String topic) {
        return Counter.builder(RECORDS).description("Records taken by the target, by event type")
            .tag("type", typeOf(topic)).register(registry);
    }

    void written(List<SinkRecord> batch) {
        for (SinkRecord r : batch) {
            records(r.topic()).increment();
        }
    }

    void committed() {
        commits.increment();
    }

    void deadLetters(List<Rejected> rejected) {
        for (Rejected r : rejected) {
            Counter.builder(DEAD_LETTERS).description("Records sent to news.articles.dlq, by reason")
                .tag("reason", r.reason()).register(registry).increment();
        }
    }

    void retrying() {
        retries.increment();
        unavailable.set(1);
    }

    void available() {
        unavailable.set(0);
    }

    @Override
    public void close() {
        if (consumerMetrics != null) {
            consumerMetrics.close();
        }
    }
}
