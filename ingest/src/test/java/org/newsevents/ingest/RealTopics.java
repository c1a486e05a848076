package org.newsevents.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.stack.testing.RealStack;

/** IT support: settings for the JVM's real stack, and reading a whole topic back (read_committed) through the registry. */
public final class RealTopics {
    private RealTopics() {
    }

    /** Ingest settings pointing at the real stack, with extra flags; the pipeline topics exist afterwards. */
    public static Settings settings(Map<String, String> extra) {
        RealStack stack = RealStack.get();
        Map<String, String> flags = new HashMap<>(extra);
        flags.put("bootstrap.servers", stack.bootstrapServers());
        flags.put("registry.url", stack.registryUrl());
        Settings settings = new SettingsLoader(IngestConfig.define(), Map.of())
            .load(IngestConfig.APP, Path.of("target/no-config-dir"), flags);
        TopicAdmin.ensureTopics(settings, 3, (short) 1);
        return settings;
    }

    /** Every record of the topic from the beginning up to its current end. */
    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> List<ConsumerRecord<String, T>> readAll(Settings settings, String topic) {
        Map<String, Object> props = KafkaClients.consumer(settings, "ingest-it-reader");
        try (KafkaConsumer<String, SpecificRecord> consumer =
                 new KafkaConsumer<>(props, new StringDeserializer(), RegistrySerdes.deserializer(settings))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, T>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add((ConsumerRecord<String, T>) (ConsumerRecord<?, ?>) r));
            }
            return records;
        }
    }

    /** Polls until the condition holds (condition-based, not a timing assertion). */
    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
