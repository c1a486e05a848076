package org.newsevents.ingest.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsevents.common.json.AvroJson;

/**
 * What the watcher has had acknowledged by Kafka, per file (path, size, modification time, SHA-256 of the
 * content), kept in a JSON file that is replaced atomically (temp file, fsync, rename, fsync of the folder),
 * so after a crash it holds either the previous or the new state, never half of one. Entries of files that
 * have disappeared are dropped on save, which keeps the file as large as the folder. Not thread-safe.
 */
final class WatchState {
    /** One acknowledged file. */
    record Entry(long size, long modifiedMillis, String sha256) {
        boolean matches(FileStamp stamp) {
            return size == stamp.size() && modifiedMillis == stamp.modifiedMillis();
        }
    }

    private static final ObjectMapper JSON = AvroJson.mapper();
    private static final TypeReference<TreeMap<String, Entry>> TYPE = new TypeReference<>() {
    };

    private final Path file;
    private final TreeMap<String, Entry> entries;
    private final Set<String> contents = new HashSet<>();

    private WatchState(Path file, TreeMap<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
        entries.values().forEach(e -> contents.add(e.sha256()));
    }

    /** Loads the state, or an empty one when the file does not exist yet; a corrupt file is an error, not a fresh start. */
    static WatchState load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new WatchState(file, new TreeMap<>());
        }
        try {
            return new WatchState(file, JSON.readValue(file.toFile(), TYPE));
        } catch (IOException e) {
            throw new IOException("watch state " + file + " is unreadable (" + e.getMessage()
                + "); move it away to start over, which re-sends every file in the folder", e);
        }
    }

    Path file() {
        return file;
    }

    Entry get(Path path) {
        return entries.get(key(path));
    }

    /** Whether a file with this content was acknowledged (under any name). */
    boolean hasContent(String sha256) {
        return contents.contains(sha256);
    }

    void put(Path path, Entry entry) {
        entries.put(key(path), entry);
        contents.add(entry.sha256());
    }

    int size() {
        return entries.size();
    }

    /** Drops entries of files that no longer exist and writes the state atomically. */
    void save() throws IOException {
        if (entries.keySet().removeIf(p -> !Files.exists(Path.of(p)))) {
            contents.clear();
            entries.values().forEach(e -> contents.add(e.sha256()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + file + " cannot rename atomically; choose another watch.state.dir", e);
        }
        syncDirectory(file.toAbsolutePath().getParent());
    }

    /** The rename itself is durable only once the folder is synced (supported on Linux; best effort elsewhere). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory; the rename is atomic regardless.
        }
    }

    static Map<String, Entry> read(Path file) throws IOException {
        return load(file).entries;
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
