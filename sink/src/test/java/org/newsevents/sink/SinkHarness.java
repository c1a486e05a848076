package org.newsevents.sink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.testing.RealStack;

/** Shared IT plumbing: settings against the real stack, producing events, running a sink on its own thread. */
public final class SinkHarness {
    private SinkHarness() {
    }

    public static RealStack stack() {
        RealStack stack = RealStack.get();
        List<String> topics = new ArrayList<>(Topics.EVENT_TOPICS);
        topics.add(Topics.DLQ);
        stack.createTopics(topics.toArray(String[]::new));
        return stack;
    }

    /** Sink settings with a fresh consumer group, small batches and quick retries. */
    public static Settings settings(String to, Map<String, String> extra) {
        RealStack stack = stack();
        Map<String, String> flags = new HashMap<>();
        flags.put(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        flags.put(CommonConfig.REGISTRY_URL, stack.registryUrl());
        flags.put(SinkConfig.TO, to);
        flags.put(SinkConfig.GROUP_ID, "sink-it-" + UUID.randomUUID());
        flags.put(SinkConfig.BATCH_SIZE, "7");
        flags.put(SinkConfig.POLL_MS, "200");
        flags.put(SinkConfig.RETRY_BACKOFF_MS, "200");
        flags.put(SinkConfig.RETRY_BACKOFF_MAX_MS, "1000");
        flags.put(SinkConfig.DB_CONNECT_TIMEOUT_MS, "1000");
        flags.putAll(extra);
        return new SettingsLoader(SinkConfig.define(), Map.of()).load(SinkConfig.APP, Path.of("no-such-config-dir"), flags);
    }

    /** Produces the records (idempotent producer, registry serializer), each to its type's topic, keyed by article. */
    public static void produce(Settings settings, List<? extends SpecificRecord> records) {
        try (KafkaProducer<String, SpecificRecord> p = new KafkaProducer<>(KafkaClients.producer(settings, "sink-it"),
                new StringSerializer(), RegistrySerdes.<SpecificRecord>serializer(settings))) {
            for (SpecificRecord r : records) {
                p.send(new ProducerRecord<>(TestEvents.topicOf(r), EventFields.articleId(r), r));
            }
            p.flush();
        }
    }

    public static void produceRaw(Settings settings, String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(KafkaClients.producer(settings, "sink-it-raw"),
                new StringSerializer(), new ByteArraySerializer())) {
            p.send(new ProducerRecord<>(topic, key, value));
            p.flush();
        }
    }

    /** Every dead letter on the DLQ so far whose key starts with {@code keyPrefix}. */
    public static List<DeadLetter> deadLetters(Settings settings, String keyPrefix) {
        Map<String, Object> props = KafkaClients.consumer(settings, "dlq-reader-" + UUID.randomUUID());
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> c = new KafkaConsumer<>(props, new StringDeserializer(),
                RegistrySerdes.<DeadLetter>deserializer(settings))) {
            c.subscribe(List.of(Topics.DLQ));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DeadLetter> r : c.poll(Duration.ofMillis(300))) {
                    if (r.key() != null && r.key().startsWith(keyPrefix)) {
                        out.add(r.value());
                    }
                }
            }
        }
        return out;
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** A sink running on its own thread, with what it reported. */
    public static final class Running implements AutoCloseable {
        public final EventSink sink;
        public final Thread thread;
        public final List<ArticleSummary> committed = new CopyOnWriteArrayList<>();
        public final AtomicReference<Throwable> failure = new AtomicReference<>();

        public Running(EventSink sink) {
            this.sink = sink;
            sink.addCommitListener(committed::addAll);
            this.thread = new Thread(() -> {
                try {
                    sink.run();
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "sink-under-test");
            thread.start();
        }

        public void awaitCaughtUp() {
            await("the sink to catch up", Duration.ofSeconds(60), () -> sink.caughtUp() || !thread.isAlive());
        }

        public void awaitDeath() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }

        @Override
        public void close() throws InterruptedException {
            sink.stop();
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
    }

    /** A target that dies like a killed process on its n-th batch: no further publish, commit or cleanup. */
    public static final class CrashingTarget implements SinkTarget {
        public enum When { BEFORE_DURABLE, AFTER_DURABLE_BEFORE_COMMIT }

        private final SinkTarget delegate;
        private final int crashOnWrite;
        private final When when;
        private int writes;
        private boolean crashed;

        public CrashingTarget(SinkTarget delegate, int crashOnWrite, When when) {
            this.delegate = delegate;
            this.crashOnWrite = crashOnWrite;
            this.when = when;
        }

        @Override
        public Map<org.apache.kafka.common.TopicPartition, Long> assigned(java.util.Collection<org.apache.kafka.common.TopicPartition> p) {
            return delegate.assigned(p);
        }

        @Override
        public Durable revoked(java.util.Collection<org.apache.kafka.common.TopicPartition> p) {
            return crashed ? Durable.NOTHING : delegate.revoked(p);
        }

        @Override
        public Durable write(List<SinkRecord> batch) {
            if (++writes == crashOnWrite) {
                crashed = true;
                delegate.write(batch);
                if (when == When.AFTER_DURABLE_BEFORE_COMMIT) {
                    delegate.tick(true);
                }
                throw new SimulatedCrash();
            }
            return delegate.write(batch);
        }

        @Override
        public Durable tick(boolean idle) {
            return delegate.tick(idle);
        }

        @Override
        public boolean nothingPending() {
            return delegate.nothingPending();
        }

        /** A killed process closes nothing: open segment files stay behind as they were. */
        @Override
        public void close() {
            if (!crashed || delegate instanceof org.newsevents.sink.postgres.PostgresEventSink) {
                delegate.close();
            }
        }
    }

    public static final class SimulatedCrash extends RuntimeException {
        public SimulatedCrash() {
            super("simulated crash");
        }
    }
}
