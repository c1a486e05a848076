package org.newsevents.cli.tail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsevents.common.json.AvroJson;

/**
 * Follows one event topic and prints each decoded event that passes the filter as a JSON line. The
 * consumer is assigned every partition (no group, nothing committed): tailing never disturbs anyone.
 * A record that cannot be decoded is reported on stderr with its position, and tailing goes on.
 */
public final class EventTail {
    private static final Duration POLL = Duration.ofMillis(200);

    private final Consumer<String, byte[]> consumer;
    private final Deserializer<SpecificRecord> decoder;
    private final WhereFilter filter;
    private final PrintWriter out;
    private final PrintWriter err;

    public EventTail(Consumer<String, byte[]> consumer, Deserializer<SpecificRecord> decoder, WhereFilter filter,
                     PrintWriter out, PrintWriter err) {
        this.consumer = consumer;
        this.decoder = decoder;
        this.filter = filter;
        this.out = out;
        this.err = err;
    }

    /**
     * @param max stop after this many printed events (0 = no limit)
     * @param timeout stop after this long (zero = never)
     * @return how many events were printed
     */
    public long run(String topic, boolean fromBeginning, long max, Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist (yet)");
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
            // Pin the positions now, so events written from here on are shown even if the first poll comes later.
            partitions.forEach(consumer::position);
        }
        long deadline = timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long printed = 0;
        try {
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (print(r)) {
                        printed++;
                        if (max > 0 && printed >= max) {
                            return printed;
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // stopped (Ctrl-C)
        }
        return printed;
    }

    private boolean print(ConsumerRecord<String, byte[]> r) {
        ObjectNode event;
        try {
            SpecificRecord value = r.value() == null ? null : decoder.deserialize(r.topic(), r.value());
            if (value == null) {
                err.printf("%s-%d@%d: record without a value (key %s)%n", r.topic(), r.partition(), r.offset(), r.key());
                err.flush();
                return false;
            }
            event = AvroJson.toNode(value);
        } catch (RuntimeException e) {
            err.printf("%s-%d@%d: cannot decode (key %s): %s%n", r.topic(), r.partition(), r.offset(), r.key(), e.getMessage());
            err.flush();
            return false;
        }
        if (!filter.matches(event)) {
            return false;
        }
        try {
            out.println(AvroJson.mapper().writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render event as JSON", e);
        }
        out.flush();
        return true;
    }

    /** Makes {@link #run} return (from another thread). */
    public void stop() {
        consumer.wakeup();
    }
}
