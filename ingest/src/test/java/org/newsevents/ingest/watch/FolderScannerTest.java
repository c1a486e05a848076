package org.newsevents.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.ingest.source.FileSelector;

class FolderScannerTest {
    @TempDir
    Path root;
    @TempDir
    Path stateDir;

    private FolderScanner scanner(long stableMillis) {
        return new FolderScanner(root, new FileSelector(List.of("*.txt", "*.jsonl")), new StabilityTracker(stableMillis));
    }

    private static List<Path> ready(FolderScanner.Scan scan) {
        return scan.ready().stream().map(FolderScanner.ReadyFile::path).toList();
    }

    @Test
    void readsAFileOnlyOnceSizeAndMtimeAreStable() throws Exception {
        WatchState state = WatchState.load(stateDir.resolve("s.json"));
        FolderScanner scanner = scanner(1000);
        Path file = Files.writeString(root.resolve("a.txt"), "first half");

        assertThat(ready(scanner.scan(state, 0))).isEmpty();
        Files.writeString(file, " second half", StandardOpenOption.APPEND);
        assertThat(ready(scanner.scan(state, 1500))).as("grew: wait again").isEmpty();
        assertThat(ready(scanner.scan(state, 2000))).isEmpty();
        assertThat(ready(scanner.scan(state, 2500))).containsExactly(file);
    }

    @Test
    void ignoresInProgressNamesUntilRenamed() throws Exception {
        WatchState state = WatchState.load(stateDir.resolve("s.json"));
        FolderScanner scanner = scanner(0);
        Path part = Files.writeString(root.resolve("b.txt.part"), "being written");
        Files.writeString(root.resolve(".c.txt"), "hidden");
        Files.createDirectories(root.resolve(".staging"));
        Files.writeString(root.resolve(".staging/d.txt"), "staged");
        Files.writeString(root.resolve("e.tmp"), "temp");

        assertThat(ready(scanner.scan(state, 0))).isEmpty();
        Path done = Files.move(part, root.resolve("b.txt"));
        assertThat(ready(scanner.scan(state, 1))).containsExactly(done);
    }

    @Test
    void skipsFilesRecordedAsAcknowledgedWithTheSameStamp() throws Exception {
        WatchState state = WatchState.load(stateDir.resolve("s.json"));
        FolderScanner scanner = scanner(0);
        Path file = Files.writeString(root.resolve("a.txt"), "text");
        FileStamp stamp = FileStamp.of(file);
        state.put(file, new WatchState.Entry(stamp.size(), stamp.modifiedMillis(), "abc"));

        assertThat(ready(scanner.scan(state, 0))).isEmpty();
        Files.setLastModifiedTime(file, FileTime.fromMillis(stamp.modifiedMillis() + 5000));
        assertThat(ready(scanner.scan(state, 1))).as("touched: looked at again (content hash decides)").containsExactly(file);
    }

    @Test
    void stateSurvivesARestartAndIsReplacedAtomically() throws Exception {
        Path stateFile = stateDir.resolve("sub/s.json");
        Path file = Files.writeString(root.resolve("a.txt"), "text");
        Path gone = Files.writeString(root.resolve("gone.txt"), "text");
        WatchState state = WatchState.load(stateFile);
        state.put(file, new WatchState.Entry(4, 77, "h1"));
        state.put(gone, new WatchState.Entry(4, 78, "h2"));
        Files.delete(gone);
        state.save();

        WatchState reloaded = WatchState.load(stateFile);
        assertThat(reloaded.get(file)).isEqualTo(new WatchState.Entry(4, 77, "h1"));
        assertThat(reloaded.get(gone)).as("entries of vanished files are dropped").isNull();
        assertThat(reloaded.hasContent("h1")).isTrue();
        try (var files = Files.list(stateFile.getParent())) {
            assertThat(files).as("no temp file left behind").containsExactly(stateFile);
        }
    }

    @Test
    void corruptStateIsAnErrorNotAFreshStart() throws Exception {
        Path stateFile = Files.writeString(stateDir.resolve("s.json"), "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WatchState.load(stateFile))
            .hasMessageContaining("unreadable");
    }
}
