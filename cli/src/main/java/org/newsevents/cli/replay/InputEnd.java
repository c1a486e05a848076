package org.newsevents.cli.replay;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a replay stops: the end offsets of the input topic captured when it started. The replay is done
 * when its consumer group has committed at least these offsets on every partition, i.e. its lag against
 * the captured end is 0. Articles published after the start are not part of this replay (the live
 * extractor takes them).
 */
public final class InputEnd {
    private final String topic;
    private final Map<TopicPartition, Long> start;
    private final Map<TopicPartition, Long> end;

    private InputEnd(String topic, Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        this.topic = topic;
        this.start = start;
        this.end = end;
    }

    /** Captures the earliest and the (read_committed) latest offsets of every partition of {@code topic}. */
    public static InputEnd capture(Admin admin, String topic) throws ExecutionException, InterruptedException {
        var description = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        description.partitions().forEach(p -> {
            earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
        });
        ListOffsetsOptions committed = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        return new InputEnd(topic, offsets(admin.listOffsets(earliest, committed).all().get()),
            offsets(admin.listOffsets(latest, committed).all().get()));
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, ? extends org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> infos) {
        return infos.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Records between the earliest and the captured end (an upper bound: compaction leaves gaps). */
    public long records() {
        return end.entrySet().stream().mapToLong(e -> e.getValue() - start.get(e.getKey())).sum();
    }

    /**
     * Offsets still to go for {@code groupId} up to the captured end, summed over partitions (0 = done).
     * Only stable offsets count: under exactly_once_v2 offsets are committed with the outputs' transaction.
     */
    public long remaining(Admin admin, String groupId) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                Map.of(groupId, new ListConsumerGroupOffsetsSpec().topicPartitions(end.keySet())),
                new ListConsumerGroupOffsetsOptions().requireStable(true))
            .partitionsToOffsetAndMetadata(groupId).get();
        long remaining = 0;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            OffsetAndMetadata at = committed.get(e.getKey());
            long position = at == null ? start.get(e.getKey()) : at.offset();
            remaining += Math.max(0, e.getValue() - position);
        }
        return remaining;
    }

    public String topic() {
        return topic;
    }
}
