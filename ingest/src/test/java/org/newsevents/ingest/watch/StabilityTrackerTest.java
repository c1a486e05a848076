package org.newsevents.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StabilityTrackerTest {
    private final Path file = Path.of("/w/a.txt");

    @Test
    void fileIsStableOnlyAfterItsStampHeldForTheWholePeriod() {
        StabilityTracker tracker = new StabilityTracker(1000);
        assertThat(tracker.isStable(file, new FileStamp(10, 1), 0)).isFalse();
        assertThat(tracker.isStable(file, new FileStamp(10, 1), 999)).isFalse();
        assertThat(tracker.isStable(file, new FileStamp(10, 1), 1000)).isTrue();
    }

    @Test
    void growingFileRestartsTheWait() {
        StabilityTracker tracker = new StabilityTracker(1000);
        tracker.isStable(file, new FileStamp(10, 1), 0);
        assertThat(tracker.isStable(file, new FileStamp(20, 2), 900)).isFalse();
        assertThat(tracker.isStable(file, new FileStamp(20, 2), 1500)).isFalse();
        assertThat(tracker.isStable(file, new FileStamp(20, 2), 1900)).isTrue();
    }

    @Test
    void zeroPeriodMeansReadAtOnce() {
        assertThat(new StabilityTracker(0).isStable(file, new FileStamp(1, 1), 0)).isTrue();
    }

    @Test
    void forgottenAndVanishedFilesAreNoLongerPending() {
        StabilityTracker tracker = new StabilityTracker(1000);
        tracker.isStable(file, new FileStamp(1, 1), 0);
        assertThat(tracker.hasPending()).isTrue();
        tracker.retainOnly(java.util.Set.of());
        assertThat(tracker.hasPending()).isFalse();
    }
}
