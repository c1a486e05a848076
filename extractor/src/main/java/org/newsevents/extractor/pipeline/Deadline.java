package org.newsevents.extractor.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A per-article time budget, checked at points where stopping is cheap (between sentences and stages). */
public final class Deadline {
    private static final Deadline NONE = new Deadline(() -> 0L, Long.MAX_VALUE, Duration.ZERO);

    private final LongSupplier nanoClock;
    private final long deadlineNanos;
    private final Duration budget;

    private Deadline(LongSupplier nanoClock, long deadlineNanos, Duration budget) {
        this.nanoClock = nanoClock;
        this.deadlineNanos = deadlineNanos;
        this.budget = budget;
    }

    /** Starts the budget now on {@code nanoClock} (System::nanoTime in production). */
    public static Deadline start(Duration budget, LongSupplier nanoClock) {
        long now = nanoClock.getAsLong();
        return new Deadline(nanoClock, now + budget.toNanos(), budget);
    }

    public static Deadline none() {
        return NONE;
    }

    /** Throws {@code TIMEOUT} when the budget is spent; {@code stage} says where. */
    public void check(String stage) {
        if (this != NONE && nanoClock.getAsLong() - deadlineNanos > 0) {
            throw new ArticleRejectedException(ArticleRejectedException.TIMEOUT,
                    "time budget of " + budget.toMillis() + " ms spent during " + stage);
        }
    }
}
