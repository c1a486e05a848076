package org.newsevents.cli.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The {@code run} output directory: created, and cleared of what an earlier run wrote there (only that). */
public final class OutputDirectory {
    /** Files and folders a run writes; nothing else in the directory is touched. */
    static final List<String> RUN_OUTPUTS = List.of("segments", "articles.jsonl", "statements.jsonl",
        "dates.jsonl", "sanctions.jsonl", "rejects.jsonl");

    private OutputDirectory() {
    }

    /**
     * Segments of an earlier run are removed because they are named by Kafka offsets, which mean
     * nothing against a different cluster; the run re-reads the topics from the start instead.
     */
    public static Path prepare(Path out) {
        try {
            Files.createDirectories(out);
            for (String name : RUN_OUTPUTS) {
                deleteTree(out.resolve(name));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output directory " + out, e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
