package org.newsevents.cli.replay;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Article;

/**
 * Counts what the replay's extraction functions did: articles extracted, and articles refused or failed
 * (those become dead letters in the topology). Duplicates the dedupe store drops never reach the function.
 * Counters rather than sets of ids keep memory flat on large corpora; an article re-processed after a
 * Streams task failure is counted twice, which the summary line accepts.
 */
public final class ReplayCounts {
    private final LongAdder extracted = new LongAdder();
    private final LongAdder refused = new LongAdder();

    /** Wraps a per-thread extractor factory so every call is counted. */
    public Supplier<Function<Article, Extraction>> counting(Supplier<Function<Article, Extraction>> extractors) {
        return () -> {
            Function<Article, Extraction> extract = extractors.get();
            return article -> {
                try {
                    Extraction extraction = extract.apply(article);
                    extracted.increment();
                    return extraction;
                } catch (RuntimeException e) {
                    refused.increment();
                    throw e;
                }
            };
        };
    }

    public long extracted() {
        return extracted.sum();
    }

    public long refused() {
        return refused.sum();
    }
}
