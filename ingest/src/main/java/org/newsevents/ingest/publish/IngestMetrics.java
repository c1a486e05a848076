package org.newsevents.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsevents.ingest.validation.RejectReason;

/** Ingest's meters, counted like the summary: when Kafka acknowledged the record. Thread-safe. */
final class IngestMetrics {
    static final String ACCEPTED = "newsevents.ingest.articles.accepted";
    static final String DUPLICATES = "newsevents.ingest.articles.duplicates";
    static final String REJECTED = "newsevents.ingest.articles.rejected";
    static final String SEND = "newsevents.ingest.send";

    private final Counter accepted;
    private final Counter duplicates;
    private final Map<RejectReason, Counter> rejected = new EnumMap<>(RejectReason.class);
    private final Timer sentOk;
    private final Timer sentFailed;

    IngestMetrics(MeterRegistry registry) {
        accepted = Counter.builder(ACCEPTED).description("Articles sent to news.articles and acknowledged").register(registry);
        duplicates = Counter.builder(DUPLICATES)
            .description("Articles not sent again: this process already sent their id").register(registry);
        for (RejectReason r : RejectReason.values()) {
            rejected.put(r, Counter.builder(REJECTED).description("Inputs refused and sent to news.articles.dlq, by reason")
                .tag("reason", r.name()).register(registry));
        }
        sentOk = sendTimer(registry, "acknowledged");
        sentFailed = sendTimer(registry, "failed");
    }

    private static Timer sendTimer(MeterRegistry registry, String outcome) {
        return Timer.builder(SEND).description("From send to Kafka's acknowledgement (or failure), per record")
            .tag("outcome", outcome).publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    void accepted() {
        accepted.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void rejected(RejectReason reason) {
        rejected.get(reason).increment();
    }

    void sent(long startNanos, boolean ok) {
        (ok ? sentOk : sentFailed).record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
