package org.newsevents.sink;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;

/** One decoded event with where it came from; {@code original} is kept for the DLQ. */
public record SinkRecord(TopicPartition partition, long offset, String key, SpecificRecord value, byte[] original) {
    public String topic() {
        return partition.topic();
    }
}
