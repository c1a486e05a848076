package org.newsevents.ingest.watch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a file is complete: its {@link FileStamp} (size and modification time) has been seen unchanged
 * for at least {@code stableMillis} of this process's clock. Two observations are needed (except with 0), so
 * a file that a writer is still appending to is not read half-way. Not thread-safe (one watcher thread).
 */
final class StabilityTracker {
    private record Observation(FileStamp stamp, long since) {
    }

    private final long stableMillis;
    private final Map<Path, Observation> observed = new HashMap<>();

    StabilityTracker(long stableMillis) {
        this.stableMillis = stableMillis;
    }

    /** Records the file's stamp at {@code nowMillis} and says whether it has been stable long enough. */
    boolean isStable(Path file, FileStamp stamp, long nowMillis) {
        Observation previous = observed.get(file);
        if (previous == null || !previous.stamp().equals(stamp)) {
            observed.put(file, new Observation(stamp, nowMillis));
            return stableMillis == 0;
        }
        return nowMillis - previous.since() >= stableMillis;
    }

    /** Stops tracking a file (published, or gone). */
    void forget(Path file) {
        observed.remove(file);
    }

    /** Keeps only the files still present. */
    void retainOnly(Set<Path> present) {
        observed.keySet().retainAll(present);
    }

    /** Whether some file is waiting to become stable (the watcher then looks again sooner). */
    boolean hasPending() {
        return !observed.isEmpty();
    }
}
