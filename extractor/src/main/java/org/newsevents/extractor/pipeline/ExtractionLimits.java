package org.newsevents.extractor.pipeline;

import java.time.Duration;

/**
 * Bounds on what one article may cost.
 *
 * @param maxChars      longer texts are rejected ({@code TOO_LARGE}) before any work
 * @param timeBudget    wall-clock budget per article; checked cooperatively ({@code TIMEOUT}), see
 *                      {@link ArticleExtractor}
 * @param maxChunkChars a content line longer than this is analyzed in chunks of at most this many
 *                      characters, cut after a sentence end (else at a space) in the chunk's second
 *                      half. Long lines are processed rather than rejected: some feeds deliver a
 *                      whole story as one line, and its events are real. Only a sentence longer
 *                      than a chunk is split, which no real sentence is.
 */
public record ExtractionLimits(int maxChars, Duration timeBudget, int maxChunkChars) {
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(2_000_000, Duration.ofSeconds(5), 10_000);
    /**
     * For scoring against gold: a quality figure must not depend on how busy the machine is, so the
     * per-article budget is wide (a loaded 2-core machine pushed dev-set articles past 5 s).
     */
    public static final ExtractionLimits FOR_EVALUATION = DEFAULT.withTimeBudget(Duration.ofMinutes(2));

    public ExtractionLimits {
        if (maxChars <= 0 || maxChunkChars < 100) {
            throw new IllegalArgumentException("maxChars must be > 0 and maxChunkChars >= 100, got " + maxChars + ", " + maxChunkChars);
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, got " + timeBudget);
        }
    }

    public ExtractionLimits withTimeBudget(Duration budget) {
        return new ExtractionLimits(maxChars, budget, maxChunkChars);
    }

    public ExtractionLimits withMaxChars(int max) {
        return new ExtractionLimits(max, timeBudget, maxChunkChars);
    }

    public ExtractionLimits withMaxChunkChars(int max) {
        return new ExtractionLimits(maxChars, timeBudget, max);
    }
}
