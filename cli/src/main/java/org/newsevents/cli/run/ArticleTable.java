package org.newsevents.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.common.json.AvroJson;

/** The table {@code run} prints: one row per article of the run, from the compacted articles.jsonl. */
public final class ArticleTable {
    private ArticleTable() {
    }

    public static void print(Path out, CompletionTracker tracker, PrintStream to) {
        Set<String> mine = tracker.expected();
        List<String[]> rows = new ArrayList<>();
        for (JsonNode a : read(out.resolve("articles.jsonl"))) {
            if (mine.contains(a.path("articleId").asText())) {
                rows.add(new String[] {a.path("source").asText(), text(a.path("published")),
                    a.path("statementCount").asText(), a.path("dateCount").asText(), a.path("sanctionsCount").asText()});
            }
        }
        rows.sort(Comparator.comparing(r -> r[0]));
        for (Map.Entry<String, String> rejected : tracker.deadLettered().entrySet()) {
            rows.add(new String[] {rejected.getKey().substring(0, 12) + "…", "rejected: " + rejected.getValue(), "-", "-", "-"});
        }
        render(List.of("source", "published", "statements", "dates", "sanctions"), rows, to);
    }

    static void render(List<String> header, List<String[]> rows, PrintStream to) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int w : width) {
            line.append('+').append("-".repeat(w + 2));
        }
        line.append('+');
        to.println(line);
        to.println(row(header.toArray(String[]::new), width));
        to.println(line);
        rows.forEach(r -> to.println(row(r, width)));
        to.println(line);
    }

    private static String row(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = i >= 2;
            String cell = cells[i];
            String pad = " ".repeat(width[i] - cell.length());
            b.append("| ").append(numeric ? pad + cell : cell + pad).append(' ');
        }
        return b.append('|').toString();
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "-" : n.asText();
    }

    private static List<JsonNode> read(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.exists(file)) {
            return nodes;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String l;
            while ((l = r.readLine()) != null) {
                if (!l.isBlank()) {
                    nodes.add(AvroJson.mapper().readTree(l));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }
}
