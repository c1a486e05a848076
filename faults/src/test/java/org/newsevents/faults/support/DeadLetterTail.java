package org.newsevents.faults.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;

/** Reads the DLQ from its start on a thread of its own, keeping every dead letter by key (the last one wins). */
public final class DeadLetterTail implements AutoCloseable {
    private final KafkaConsumer<String, DeadLetter> consumer;
    private final Map<String, DeadLetter> byKey = new ConcurrentHashMap<>();
    private final List<DeadLetter> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public DeadLetterTail(Settings settings) {
        consumer = new KafkaConsumer<>(KafkaClients.consumer(settings, "faults-dlq-" + UUID.randomUUID()),
            new StringDeserializer(), RegistrySerdes.<DeadLetter>deserializer(settings));
        thread = new Thread(this::run, "faults-dlq-tail");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(Topics.DLQ));
            while (running) {
                for (ConsumerRecord<String, DeadLetter> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        all.add(r.value());
                        byKey.put(r.key() == null ? "(null)@" + r.partition() + ":" + r.offset() : r.key(), r.value());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    public Map<String, DeadLetter> byKey() {
        return byKey;
    }

    /** Every dead letter read so far, in order. */
    public List<DeadLetter> all() {
        return all;
    }

    public DeadLetter get(String key) {
        return byKey.get(key);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
