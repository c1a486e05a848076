package org.newsevents.sink;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.schemas.ArticleSummary;

/**
 * What a target made durable in one step: the offsets now safe to commit, the summaries among
 * those records (for {@link CommitListener}s) and records it rejected (to be dead-lettered first).
 */
public record Durable(Map<TopicPartition, OffsetAndMetadata> offsets, List<ArticleSummary> summaries, List<Rejected> rejected) {
    public static final Durable NOTHING = new Durable(Map.of(), List.of(), List.of());

    public boolean isEmpty() {
        return offsets.isEmpty() && rejected.isEmpty();
    }
}
