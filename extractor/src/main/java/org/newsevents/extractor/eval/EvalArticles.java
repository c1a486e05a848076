package org.newsevents.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where evaluation reads the articles the gold files name: a folder of {@code <article>} text files,
 * or a JSON Lines file of feed items ({@code source} = the gold's article name, {@code text},
 * optional {@code id}, {@code url}, {@code title}, {@code published}), so that the extractor is
 * judged on what a feed gives it, publication date included.
 */
public abstract sealed class EvalArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The article the gold names, or empty when this source does not hold it. */
    public abstract Optional<EvalArticle> find(String name) throws IOException;

    public abstract String describe();

    /** A folder of text files, or a {@code .jsonl} file of feed items. */
    public static EvalArticles at(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new Folder(path);
        }
        if (Files.isRegularFile(path)) {
            return FeedItems.read(path);
        }
        throw new IOException("articles " + path + " is neither a folder of articles nor a JSON Lines file of feed items");
    }

    private static final class Folder extends EvalArticles {
        private final Path dir;

        Folder(Path dir) {
            this.dir = dir;
        }

        @Override
        public Optional<EvalArticle> find(String name) throws IOException {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file)
                    ? Optional.of(EvalArticle.plainText(name, Files.readString(file, StandardCharsets.UTF_8)))
                    : Optional.empty();
        }

        @Override
        public String describe() {
            return dir.toString();
        }
    }

    private static final class FeedItems extends EvalArticles {
        private final Path file;
        private final Map<String, EvalArticle> bySource;

        private FeedItems(Path file, Map<String, EvalArticle> bySource) {
            this.file = file;
            this.bySource = bySource;
        }

        static FeedItems read(Path file) throws IOException {
            Map<String, EvalArticle> items = new HashMap<>();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNo = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item;
                    try {
                        item = JSON.readTree(line);
                    } catch (IOException e) {
                        throw new IOException(file + ":" + lineNo + ": not a JSON object: " + e.getMessage(), e);
                    }
                    String source = text(item, "source");
                    String text = text(item, "text");
                    if (source == null || text == null) {
                        throw new IOException(file + ":" + lineNo + ": a feed item needs \"source\" (the gold's article name) and \"text\"");
                    }
                    items.put(source, new EvalArticle(source, text, text(item, "id"), text(item, "url"), text(item, "title"),
                            text(item, "published")));
                }
            }
            return new FeedItems(file, items);
        }

        private static String text(JsonNode item, String field) {
            JsonNode v = item.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        @Override
        public Optional<EvalArticle> find(String name) {
            return Optional.ofNullable(bySource.get(name));
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }
}
