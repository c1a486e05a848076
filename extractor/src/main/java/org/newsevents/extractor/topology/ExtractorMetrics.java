package org.newsevents.extractor.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.newsevents.extractor.pipeline.Extraction;

/**
 * The extractor's own meters, shared by every stream thread (Micrometer meters are thread-safe). Counted
 * when processed: after a task failure under exactly_once_v2 the aborted records are processed and counted
 * again, so these are processing counts, not counts of committed output.
 */
final class ExtractorMetrics {
    static final String ARTICLES_IN = "newsevents.extractor.articles.in";
    static final String ARTICLES_EXTRACTED = "newsevents.extractor.articles.extracted";
    static final String DUPLICATES = "newsevents.extractor.articles.duplicates";
    static final String DEAD_LETTERS = "newsevents.extractor.dead.letters";
    static final String EVENTS = "newsevents.extractor.events";
    static final String DURATION = "newsevents.extractor.article.duration";

    private final MeterRegistry registry;
    private final Counter articlesIn;
    private final Counter extracted;
    private final Counter duplicates;
    private final Counter statements;
    private final Counter dates;
    private final Counter sanctions;

    ExtractorMetrics(MeterRegistry registry) {
        this.registry = registry;
        articlesIn = Counter.builder(ARTICLES_IN).description("Records read from news.articles").register(registry);
        extracted = Counter.builder(ARTICLES_EXTRACTED).description("Articles extracted (summary forwarded)").register(registry);
        duplicates = Counter.builder(DUPLICATES)
            .description("Articles dropped because this extractor version already extracted them").register(registry);
        statements = events("statements");
        dates = events("dates");
        sanctions = events("sanctions");
        // Registered up front so the time series exist (at 0) before the first article.
        timer("extracted");
    }

    private Counter events(String type) {
        return Counter.builder(EVENTS).description("Events forwarded, by type").tag("type", type).register(registry);
    }

    private Timer timer(String outcome) {
        return Timer.builder(DURATION).description("Extraction time per article, by outcome")
            .tag("outcome", outcome).publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    void articleIn() {
        articlesIn.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void deadLetter(String reason) {
        Counter.builder(DEAD_LETTERS).description("Records sent to news.articles.dlq, by reason")
            .tag("reason", reason).register(registry).increment();
    }

    /** @param outcome extracted, rejected or failed */
    void timed(String outcome, long nanos) {
        timer(outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    void extracted(Extraction extraction) {
        extracted.increment();
        statements.increment(extraction.statements().size());
        dates.increment(extraction.dates().size());
        sanctions.increment(extraction.sanctions().size());
    }
}
