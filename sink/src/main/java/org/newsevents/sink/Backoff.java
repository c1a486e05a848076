package org.newsevents.sink;

/** Exponential backoff, doubling from {@code initialMs} up to {@code maxMs}; reset after a success. */
public final class Backoff {
    private final long initialMs;
    private final long maxMs;
    private int attempt;

    public Backoff(long initialMs, long maxMs) {
        this.initialMs = initialMs;
        this.maxMs = Math.max(initialMs, maxMs);
    }

    /** The wait before the next attempt; counts the failure. */
    public long nextDelayMs() {
        long delay = initialMs << Math.min(attempt, 30);
        attempt++;
        return Math.min(delay <= 0 ? maxMs : delay, maxMs);
    }

    public int failures() {
        return attempt;
    }

    public void reset() {
        attempt = 0;
    }
}
