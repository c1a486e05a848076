package org.newsevents.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.sink.files.FileEventSink;
import org.newsevents.sink.postgres.PostgresEventSink;

/** Builds a ready-to-run {@link EventSink} from settings ({@link SinkConfig}): files or PostgreSQL by {@code sink.to}. */
public final class EventSinks {
    private EventSinks() {
    }

    public static EventSink create(Settings settings) {
        return create(settings, target(settings));
    }

    /** The target named by {@code sink.to}: a JDBC URL gives PostgreSQL (migrated on open), anything else a directory. */
    public static SinkTarget target(Settings settings) {
        String to = settings.string(SinkConfig.TO);
        if (SinkConfig.isJdbc(to)) {
            return PostgresEventSink.open(settings);
        }
        return FileEventSink.open(Path.of(to), settings.longValue(SinkConfig.ROLL_BYTES),
            Duration.ofMillis(settings.longValue(SinkConfig.ROLL_MS)));
    }

    /** A sink that counts into {@code meters} (see {@link SinkMetrics}). */
    public static EventSink create(Settings settings, MeterRegistry meters) {
        return create(settings, target(settings), meters);
    }

    /** A sink over any target (tests wrap targets to inject faults). */
    public static EventSink create(Settings settings, SinkTarget target) {
        return create(settings, target, new SimpleMeterRegistry());
    }

    /** A sink over any target, counting into {@code meters}. */
    public static EventSink create(Settings settings, SinkTarget target, MeterRegistry meters) {
        Map<String, Object> props = KafkaClients.consumer(settings, SinkConfig.groupId(settings));
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.integer(SinkConfig.BATCH_SIZE));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        KafkaProducer<String, DeadLetter> dlq = new KafkaProducer<>(KafkaClients.producer(settings, "newsevents-sink-dlq"),
            new StringSerializer(), RegistrySerdes.<DeadLetter>serializer(settings));
        EventDecoder decoder = new EventDecoder(RegistrySerdes.<SpecificRecord>deserializer(settings));
        SinkMetrics metrics = new SinkMetrics(meters);
        metrics.bindConsumer(consumer);
        return new ConsumingEventSink(consumer, decoder, new DeadLetterPublisher(dlq), target,
            Duration.ofMillis(settings.longValue(SinkConfig.POLL_MS)),
            new Backoff(settings.longValue(SinkConfig.RETRY_BACKOFF_MS), settings.longValue(SinkConfig.RETRY_BACKOFF_MAX_MS)),
            metrics);
    }
}
