package org.newsevents.cli.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;

/**
 * Starts a new consumer group (or Streams application id) at the current end of its topics, so a
 * benchmark on a cluster that already holds articles and events measures only its own records.
 * Done with committed offsets rather than {@code auto.offset.reset=latest}, which would race with
 * the first sends.
 */
public final class OffsetsAtEnd {
    private OffsetsAtEnd() {
    }

    /** Commits the current end offsets of the topics for the group (which must have no active members). */
    public static void commit(Settings settings, String groupId, List<String> topics) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        endOffsets(settings, topics).forEach((tp, offset) -> offsets.put(tp, new OffsetAndMetadata(offset)));
        try (Admin admin = Admin.create(KafkaClients.base(settings))) {
            admin.alterConsumerGroupOffsets(groupId, offsets).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot set the start offsets of " + groupId + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting start offsets", e);
        }
    }

    /** The next offset of every partition of the topics. */
    public static Map<TopicPartition, Long> endOffsets(Settings settings, List<String> topics) {
        try (Admin admin = Admin.create(KafkaClients.base(settings))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (Map.Entry<TopicPartition, ListOffsetsResultInfo> e : admin.listOffsets(latest).all().get().entrySet()) {
                ends.put(e.getKey(), e.getValue().offset());
            }
            return ends;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topics + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading end offsets", e);
        }
    }
}
