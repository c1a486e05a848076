package org.newsevents.ingest.publish;

import java.util.Set;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsevents.ingest.validation.RejectReason;

/**
 * What a run did, counting only what Kafka acknowledged: articles accepted (sent to {@code news.articles}),
 * duplicates (an id already sent in this run, not sent again) and rejections by reason (sent to the DLQ).
 * {@code articleIds} holds the id of every accepted or duplicate article.
 */
public record IngestSummary(long accepted, long duplicates, Map<RejectReason, Long> rejected, Set<String> articleIds) {
    public IngestSummary {
        articleIds = Set.copyOf(articleIds);
        EnumMap<RejectReason, Long> copy = new EnumMap<>(RejectReason.class);
        rejected.forEach((k, v) -> {
            if (v > 0) {
                copy.put(k, v);
            }
        });
        rejected = Collections.unmodifiableMap(copy);
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** e.g. {@code 12 accepted, 2 duplicates, 3 rejected (EMPTY 1, BINARY 2)} */
    public String toLine() {
        String line = accepted + " accepted, " + duplicates + " duplicates, " + rejectedTotal() + " rejected";
        if (!rejected.isEmpty()) {
            line += rejected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
        }
        return line;
    }
}
