package org.newsevents.ingest.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsevents.common.json.AvroJson;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.state.AtomicFile;

/**
 * What the watcher has had acknowledged by Kafka, per file (path, size, modification time, SHA-256 of the
 * content), kept in a JSON file replaced with {@link AtomicFile}. Entries of files that
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
        AtomicFile.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries), IngestConfig.WATCH_STATE_DIR);
    }

    static Map<String, Entry> read(Path file) throws IOException {
        return load(file).entries;
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
