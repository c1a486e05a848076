package org.newsevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the compacted files of a file sink (or of {@code extract}): DIR/articles.jsonl, statements, dates, sanctions. */
public final class FileSinkReader {
    static final List<String> FILES = List.of("articles.jsonl", "statements.jsonl", "dates.jsonl", "sanctions.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FileSinkReader() {
    }

    public static SinkContents read(Path dir) {
        List<String> missing = FILES.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(dir + " is not a file sink directory: missing " + String.join(", ", missing));
        }
        return new SinkContents(lines(dir.resolve(FILES.get(0))), lines(dir.resolve(FILES.get(1))),
            lines(dir.resolve(FILES.get(2))), lines(dir.resolve(FILES.get(3))));
    }

    private static List<ObjectNode> lines(Path file) {
        List<ObjectNode> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException(file + " line " + n + ": not a JSON object");
                }
                out.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
