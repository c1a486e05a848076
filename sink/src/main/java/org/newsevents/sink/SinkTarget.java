package org.newsevents.sink;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** Where a sink writes: files or a database. Called from the sink's one thread only. */
public interface SinkTarget extends AutoCloseable {
    /**
     * Partitions just assigned. Returns positions to resume from when the target itself knows
     * better than the committed offsets (files: after the last published segment); else empty.
     */
    Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions);

    /** Partitions about to go: publish or forget what is pending for them. */
    Durable revoked(Collection<TopicPartition> partitions);

    /**
     * Takes a batch (in offset order per partition). Returns what is durable now, which may be
     * less than the batch (files publish on roll).
     *
     * @throws TargetUnavailableException when the target cannot take it now; the same batch comes again
     */
    Durable write(List<SinkRecord> batch);

    /** Called on every loop turn; {@code idle} when the consumer has caught up. Publishes what is due. */
    Durable tick(boolean idle);

    /** True when nothing read is waiting to become durable. */
    boolean nothingPending();

    @Override
    void close();
}
