package org.newsevents.cli.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.sink.Durable;
import org.newsevents.sink.SinkRecord;
import org.newsevents.sink.SinkTarget;

/**
 * A sink target that starts no earlier than given offsets. A files target resumes from its own
 * segments and so reads an empty directory from offset 0, whatever the group committed; the bench
 * must skip the events of earlier runs (same article ids) instead of counting them as its own.
 */
final class StartingAt implements SinkTarget {
    private final SinkTarget target;
    private final Map<TopicPartition, Long> starts;

    StartingAt(SinkTarget target, Map<TopicPartition, Long> starts) {
        this.target = target;
        this.starts = Map.copyOf(starts);
    }

    @Override
    public Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>(target.assigned(partitions));
        for (TopicPartition tp : partitions) {
            Long start = starts.get(tp);
            if (start != null) {
                positions.merge(tp, start, Math::max);
            }
        }
        return positions;
    }

    @Override
    public Durable revoked(Collection<TopicPartition> partitions) {
        return target.revoked(partitions);
    }

    @Override
    public Durable write(List<SinkRecord> batch) {
        return target.write(batch);
    }

    @Override
    public Durable tick(boolean idle) {
        return target.tick(idle);
    }

    @Override
    public boolean nothingPending() {
        return target.nothingPending();
    }

    @Override
    public void close() {
        target.close();
    }
}
