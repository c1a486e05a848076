package org.newsevents.sink;

import org.newsevents.common.metrics.Health;

/**
 * A running sink: consumes the event topics and writes them to its target until stopped.
 *
 * <pre>{@code
 * EventSink sink = EventSinks.create(settings);
 * sink.addCommitListener(summaries -> ...);   // after each durable commit
 * Thread t = new Thread(sink::run); t.start();
 * ... sink.caughtUp() ...
 * sink.stop(); t.join();
 * }</pre>
 */
public interface EventSink {
    /** Consumes until {@link #stop()}; publishes what it holds, commits and closes on the way out. */
    void run();

    /** Asks {@link #run()} to finish; returns at once (thread-safe). */
    void stop();

    /** Called on the sink's thread after each durable commit. */
    void addCommitListener(CommitListener listener);

    /** True when every assigned partition has lag 0 and everything read is durable and committed. */
    boolean caughtUp();

    /** UP while running with its target reachable; DOWN before start, after stop, or while retrying the target. */
    Health health();
}
