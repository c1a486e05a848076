package org.newsevents.ingest.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.common.metrics.Health;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.PublishFailedException;
import org.newsevents.ingest.publish.PublishOutcome;
import org.newsevents.ingest.source.FileSelector;
import org.newsevents.ingest.source.InputReader;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.ingest.validation.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder (recursively) until stopped and publishes each new or completed file once.
 *
 * <p>When a file counts as complete: writers either write under an in-progress name ({@code *.part},
 * {@code *.tmp}, dotfiles; see {@link InProgressNames}) and rename when done, or write in place, in which case
 * the file is read only after its size and modification time have been stable for {@code watch.stable.ms}
 * (default 1 s; 0 when every writer renames). A file whose content later changes is published again (a new
 * text is a new article); a file touched, renamed or copied with content already acknowledged is not.
 *
 * <p>Restart-safe: after the records of a batch of files are acknowledged by Kafka, the files' path, size,
 * mtime and SHA-256 are written to a state file in {@code watch.state.dir} (atomically). On start the whole
 * folder is scanned against that state, so what arrived while the watcher was down is published and what
 * was acknowledged before is not sent again. A crash between the acknowledgement and the state write
 * re-sends that batch; the same text has the same id, so the extractor's dedupe by id absorbs it.
 *
 * <p>java.nio's {@link WatchService} wakes the watcher early; a full rescan every {@code watch.rescan.ms}
 * covers the events it can miss (overflow, some file systems). A send that fails after retries stops the
 * watcher; {@link #awaitTermination()} then throws {@link PublishFailedException}.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** Back-to-back events (a file being appended to) must not turn into a busy loop of rescans. */
    private static final long MIN_SCAN_GAP_MILLIS = 50;

    private final Path folder;
    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final WatchOptions options;
    private final InputReader reader;
    private final FolderScanner scanner;
    private final Path stateFile;
    private final Clock clock;
    private final AtomicLong filesPublished = new AtomicLong();
    private final Map<Path, FileStamp> reportedUnreadable = new HashMap<>();

    private volatile boolean running;
    private volatile Throwable failure;
    private WatchService watchService;
    private WatchState state;
    private Thread thread;

    public FolderWatcher(Path folder, ArticleIntake intake, ArticlePublisher publisher, WatchOptions options) {
        this.folder = folder.toAbsolutePath().normalize();
        this.intake = intake;
        this.publisher = publisher;
        this.options = options;
        this.reader = new InputReader(intake.maxBytes());
        this.scanner = new FolderScanner(this.folder, new FileSelector(options.includes()), new StabilityTracker(options.stableMillis()));
        this.stateFile = stateFile(options.stateDir(), this.folder);
        this.clock = Clock.systemUTC();
    }

    /** The state file of a watched folder: one per folder, so folders can share a state directory. */
    public static Path stateFile(Path stateDir, Path folder) {
        String id = ContentHash.sha256Hex(folder.toAbsolutePath().normalize().toString()).substring(0, 16);
        return stateDir.resolve("watch-" + id + ".json");
    }

    /** Loads the state and starts watching in a background thread (the first thing it does is a full scan). */
    public synchronized void start() throws IOException {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a directory");
        }
        state = WatchState.load(stateFile);
        watchService = FileSystems.getDefault().newWatchService();
        registerTree(folder);
        running = true;
        thread = new Thread(this::loop, "folder-watcher");
        thread.start();
        LOG.info("watching {} (state {}, {} files acknowledged before, stable after {} ms)", folder, stateFile, state.size(),
            options.stableMillis());
    }

    /** Stops after the batch in progress is acknowledged and recorded; waits until the thread has ended. */
    public void stop() {
        running = false;
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.warn("closing the watch service: {}", e.toString());
            }
        }
        joinQuietly();
    }

    /** Blocks until the watcher stops; throws what stopped it if it was a failure. */
    public void awaitTermination() throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join();
        }
        Throwable f = failure;
        if (f instanceof PublishFailedException e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException("the folder watcher of " + folder + " failed: " + f, f);
        }
    }

    public boolean isRunning() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    /** For {@code GET /health}: UP while the watching thread runs; DOWN with what stopped it otherwise. */
    public Health health() {
        if (isRunning()) {
            return Health.up();
        }
        Throwable f = failure;
        return Health.down(f != null ? "failed: " + f : thread == null ? "not started" : "stopped");
    }

    /** Files whose records Kafka acknowledged (and that were recorded in the state) since start. */
    public long filesPublished() {
        return filesPublished.get();
    }

    public Path stateFile() {
        return stateFile;
    }

    @Override
    public void close() {
        stop();
    }

    private void loop() {
        try {
            processScan();
            while (running) {
                long wait = scanner.hasPending()
                    ? Math.max(MIN_SCAN_GAP_MILLIS, Math.min(options.rescanMillis(), options.stableMillis() / 2))
                    : options.rescanMillis();
                WatchKey key = watchService.poll(wait, TimeUnit.MILLISECONDS);
                long woke = System.nanoTime();
                while (key != null) {
                    drain(key);
                    key = watchService.poll();
                }
                if (!running) {
                    break;
                }
                long gap = MIN_SCAN_GAP_MILLIS - (System.nanoTime() - woke) / 1_000_000;
                if (gap > 0) {
                    Thread.sleep(gap);
                }
                processScan();
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // stop() closes the service to wake the loop.
        } catch (Throwable t) {
            failure = t;
            running = false;
            LOG.error("folder watcher of {} stopped: {}", folder, t.toString());
        }
    }

    private void processScan() throws IOException {
        FolderScanner.Scan scan = scanner.scan(state, clock.millis());
        scan.unreadable().forEach((path, why) -> {
            if (reportedUnreadable.put(path, new FileStamp(-1, -1)) == null) {
                LOG.warn("cannot list {}: {}", path, why);
            }
        });
        if (scan.ready().isEmpty()) {
            return;
        }
        List<Batched> batch = new ArrayList<>();
        boolean stateChanged = false;
        for (FolderScanner.ReadyFile ready : scan.ready()) {
            Path file = ready.path();
            String sha256;
            try {
                sha256 = sha256(file);
            } catch (NoSuchFileException gone) {
                scanner.handled(file);
                continue;
            } catch (IOException e) {
                reportUnreadable(file, ready.stamp(), e);
                continue;
            }
            WatchState.Entry before = state.get(file);
            if ((before != null && before.sha256().equals(sha256)) || state.hasContent(sha256)) {
                // Touched, copied or renamed: the content was acknowledged before.
                LOG.info("{} has content acknowledged before; not sent again", file);
                state.put(file, new WatchState.Entry(ready.stamp().size(), ready.stamp().modifiedMillis(), sha256));
                scanner.handled(file);
                stateChanged = true;
                continue;
            }
            List<CompletableFuture<PublishOutcome>> sends = new ArrayList<>();
            try {
                reader.read(file, input -> sends.add(publisher.submit(intake.process(input))));
            } catch (NoSuchFileException gone) {
                scanner.handled(file);
                continue;
            } catch (IOException e) {
                reportUnreadable(file, ready.stamp(), e);
                continue;
            }
            batch.add(new Batched(file, ready.stamp(), sha256, sends));
        }
        awaitAcknowledged(batch);
        for (Batched done : batch) {
            state.put(done.file(), new WatchState.Entry(done.stamp().size(), done.stamp().modifiedMillis(), done.sha256()));
            scanner.handled(done.file());
            LOG.info("published {} ({} records)", done.file(), done.sends().size());
        }
        if (!batch.isEmpty() || stateChanged) {
            state.save();
            filesPublished.addAndGet(batch.size());
        }
    }

    private void awaitAcknowledged(List<Batched> batch) {
        CompletableFuture<?>[] all = batch.stream().flatMap(b -> b.sends().stream()).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(all).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PublishFailedException p) {
                throw p;
            }
            throw e;
        }
    }

    /** An unreadable file is rejected once per stamp, not on every rescan. */
    private void reportUnreadable(Path file, FileStamp stamp, IOException e) {
        if (!stamp.equals(reportedUnreadable.put(file, stamp))) {
            publisher.reject(new Rejection(RejectReason.UNREADABLE, "cannot read: " + e, file.toString(), null));
        }
        scanner.handled(file);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    registerTree(created);
                }
            }
        }
        key.reset();
    }

    private void joinQuietly() {
        Thread t = thread;
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private record Batched(Path file, FileStamp stamp, String sha256, List<CompletableFuture<PublishOutcome>> sends) {
    }
}
