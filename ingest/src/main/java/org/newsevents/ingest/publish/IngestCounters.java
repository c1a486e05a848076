package org.newsevents.ingest.publish;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsevents.ingest.validation.RejectReason;

/** Thread-safe counts of acknowledged outcomes, updated from the producer's callbacks. */
final class IngestCounters {
    private final LongAdder accepted = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    // Ids of every acknowledged article (sent or duplicate), so a caller can wait for their events.
    private final Set<String> articleIds = ConcurrentHashMap.newKeySet();
    private final Map<RejectReason, LongAdder> rejected = new EnumMap<>(RejectReason.class);

    IngestCounters() {
        for (RejectReason r : RejectReason.values()) {
            rejected.put(r, new LongAdder());
        }
    }

    void accepted(String id) {
        accepted.increment();
        articleIds.add(id);
    }

    void duplicate(String id) {
        duplicates.increment();
        articleIds.add(id);
    }

    void rejected(RejectReason reason) {
        rejected.get(reason).increment();
    }

    IngestSummary snapshot() {
        Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
        rejected.forEach((k, v) -> byReason.put(k, v.sum()));
        return new IngestSummary(accepted.sum(), duplicates.sum(), byReason, Set.copyOf(articleIds));
    }
}
