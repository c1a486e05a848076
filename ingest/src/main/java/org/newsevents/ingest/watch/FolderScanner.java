package org.newsevents.ingest.watch;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.ingest.source.FileSelector;

/**
 * One pass over the watched folder: the included, finished files (not in progress by name, stable by
 * {@link StabilityTracker}) whose stamp differs from what {@link WatchState} recorded as acknowledged.
 */
final class FolderScanner {
    /** A file ready to be read, with the stamp it had when found stable. */
    record ReadyFile(Path path, FileStamp stamp) {
    }

    /** What a pass found: files ready now, and files that could not be listed. */
    record Scan(List<ReadyFile> ready, Map<Path, String> unreadable) {
    }

    private final Path root;
    private final FileSelector selector;
    private final StabilityTracker tracker;

    FolderScanner(Path root, FileSelector selector, StabilityTracker tracker) {
        this.root = root;
        this.selector = selector;
        this.tracker = tracker;
    }

    Scan scan(WatchState state, long nowMillis) throws IOException {
        FileSelector.Selection selection = selector.select(root);
        List<ReadyFile> ready = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        for (Path file : selection.files()) {
            if (InProgressNames.isInProgress(root, file)) {
                continue;
            }
            FileStamp stamp;
            try {
                stamp = FileStamp.of(file);
            } catch (NoSuchFileException gone) {
                continue;
            }
            WatchState.Entry done = state.get(file);
            if (done != null && done.matches(stamp)) {
                tracker.forget(file);
                continue;
            }
            present.add(file);
            if (tracker.isStable(file, stamp, nowMillis)) {
                ready.add(new ReadyFile(file, stamp));
            }
        }
        tracker.retainOnly(present);
        return new Scan(ready, selection.unreadable());
    }

    /** Whether a file is waiting to become stable. */
    boolean hasPending() {
        return tracker.hasPending();
    }

    /** A file was handled; look at it afresh if it changes again. */
    void handled(Path file) {
        tracker.forget(file);
    }
}
